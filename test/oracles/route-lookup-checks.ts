/**
 * The route guard over the database must give, for every address, the verdict it gives over the
 * route table the build wrote before (./route-table-of.ts): written once, run
 * on SQLite (lib/route-guard/database-lookup.test.ts) and PostgreSQL (….postgres.test.ts).
 */
import { afterAll, beforeAll, expect, it, vi } from 'vitest';

import type { StoredArticle } from '../../lib/content/store';
import type { Database } from '../../lib/db/connection';
import { buildNow } from '../../lib/now';
import { databaseLookup, type LookupScope } from '../../lib/route-guard/database-lookup';
import { judge, type RouteLookup, type Verdict } from '../../lib/route-guard/guard';
import { lookupOf, sitemapUrls } from '../../lib/route-guard/table-lookup';
import { fillContentStore, type FixtureStore, setStoreVersion } from '../fixtures/content-database';
import { addressesOf, ARCHIVE_NOW, routeArchive } from '../fixtures/route-archive';
import { routeTableOf } from './route-table-of';

/** Thousands of verdicts, two queries each: a few seconds on PostgreSQL, more on a busy machine. */
const SLOW = 120_000;

export interface FreshDatabase {
  database: Database;
  done: () => Promise<void>;
}

const tableOf = (store: FixtureStore, version: string) => routeTableOf(version, store);

/** Every address on which the two lookups disagree, with both verdicts. */
async function disagreements(
  addresses: string[],
  table: RouteLookup,
  database: RouteLookup,
): Promise<{ counts: Record<Verdict, number>; differ: string[] }> {
  const counts: Record<Verdict, number> = { pass: 0, unknown: 0 };
  const differ: string[] = [];
  for (const address of addresses) {
    const expected = await judge(table, address);
    const actual = await judge(database, address);
    counts[expected] += 1;
    if (actual !== expected) differ.push(`${address}: table ${expected}, database ${actual}`);
  }
  return { counts, differ };
}

/** Registers the checks; `fresh` gives a migrated database (its content tables are replaced here). */
export function routeLookupChecks(fresh: () => Promise<FreshDatabase>): void {
  let opened: FreshDatabase;
  const now = new Date(ARCHIVE_NOW);

  beforeAll(async () => {
    vi.stubEnv('DATELINE_NOW', ARCHIVE_NOW);
    vi.stubEnv('DATELINE_PREVIEW', '');
    opened = await fresh();
  }, 60_000);
  afterAll(async () => {
    vi.unstubAllEnvs();
    await opened.done();
  });

  const db = () => opened.database.db;

  async function expectSameVerdicts(store: FixtureStore, lookup: RouteLookup, version = 'v1') {
    const table = tableOf(store, version);
    const { counts, differ } = await disagreements(addressesOf(store, table), lookupOf(table), lookup);
    expect(differ).toEqual([]);
    return counts;
  }

  it(
    "judges every address as the build's route table does: stories, lists, pages, cards, live posts",
    async () => {
      expect(buildNow().toISOString()).toBe(now.toISOString()); // the table's clock is the rows' clock
      const store = routeArchive();
      await fillContentStore(db(), store, { now, version: 'v1' });
      const lookup = databaseLookup(db(), 'published');
      const counts = await expectSameVerdicts(store, lookup);
      // Both kinds in number: a lookup that let everything through, or nothing, would differ above.
      expect(counts.pass).toBeGreaterThan(1_400);
      expect(counts.unknown).toBeGreaterThan(4_000);
      const verdict = (address: string) => judge(lookup, address);
      expect(await verdict('/uk/story-0')).toBe('pass');
      expect(await verdict('/world/story-0')).toBe('unknown');
      expect(await verdict('/uk/draft-story')).toBe('unknown');
      expect(await verdict('/world/embargoed-story')).toBe('unknown');
      expect(await verdict('/uk/story-0/card.png')).toBe('pass');
      expect(await verdict('/uk/tie-a/card.png')).toBe('pass');
      expect(await verdict('/uk/tie-c/card.png')).toBe('unknown'); // the 501st newest
      expect(await verdict('/uk/story-680/card.png')).toBe('unknown');
      expect(await verdict('/world/storm-live/page/p2')).toBe('pass');
      expect(await verdict('/world/storm-live/page/p4')).toBe('unknown');
      expect(await verdict('/tag/brexit/page/2')).toBe('unknown'); // 20 stories: one page
      expect(await verdict('/tag/budget/page/2')).toBe('pass'); // 21: two
      expect(await verdict('/author/no-stories-yet')).toBe('pass');
      expect(await verdict('/archive/2026/07')).toBe('pass'); // 23:30 UTC on 30 June is July in London
      expect(await verdict('/culture/page/1')).toBe('pass');
      expect(await verdict('/culture/page/2')).toBe('unknown');
    },
    SLOW,
  );

  it(
    'judges as the preview build does: drafts and embargoed stories listed, or counted in the everything scope',
    async () => {
      const store = routeArchive();
      vi.stubEnv('DATELINE_PREVIEW', '1');
      try {
        await fillContentStore(db(), store, { now, version: 'preview', preview: true });
        await expectSameVerdicts(store, databaseLookup(db(), 'published'));
        await fillContentStore(db(), store, { now, version: 'v2' });
        const everything = databaseLookup(db(), 'everything');
        await expectSameVerdicts(store, everything);
        expect(await judge(everything, '/uk/draft-story')).toBe('pass');
        expect(await judge(everything, '/tag/embargo-only')).toBe('pass');
        expect(await judge(everything, '/archive/2026/12')).toBe('pass');
      } finally {
        vi.stubEnv('DATELINE_PREVIEW', '');
      }
    },
    SLOW,
  );

  it(
    'knows nothing of an empty archive but its sections, authors and pages, each with page 1',
    async () => {
      const store = { ...routeArchive(), articles: [] };
      await fillContentStore(db(), store, { now, version: 'empty' });
      const lookup = databaseLookup(db(), 'published');
      await expectSameVerdicts(store, lookup, 'empty');
      expect(await judge(lookup, '/uk')).toBe('pass');
      expect(await judge(lookup, '/uk/page/2')).toBe('unknown');
      expect(await judge(lookup, '/author/grace-whitfield')).toBe('pass');
      expect(await judge(lookup, '/archive/2026/11')).toBe('unknown');
    },
    SLOW,
  );

  it(
    "sees a publish at the store's next version: the new story, its card, and the card it displaces",
    async () => {
      const store = routeArchive();
      await fillContentStore(db(), store, { now, version: 'before' });
      const lookup = databaseLookup(db(), 'published');
      expect(await judge(lookup, '/uk/tie-b/card.png')).toBe('pass'); // the 500th newest
      const newest = routeArchive().articles[0] as StoredArticle;
      const justIn = {
        ...newest,
        slug: 'just-in',
        date: now.toISOString(),
        sourceFilePath: 'articles/2026/just-in.mdx',
      };
      const published = { ...store, articles: [...store.articles, justIn] };
      await fillContentStore(db(), published, { now, version: 'after' });
      expect(await judge(lookup, '/uk/just-in')).toBe('pass');
      expect(await judge(lookup, '/uk/just-in/card.png')).toBe('pass');
      expect(await judge(lookup, '/uk/tie-b/card.png')).toBe('unknown');
      await expectSameVerdicts(published, lookup, 'after');
    },
    SLOW,
  );

  it(
    'counts the sitemap as the table does, across the 50,000 URLs of one part',
    async () => {
      const base = sitemapUrls(tableOf(routeArchive(), 'v'));
      // Each author without stories is one URL: one more than a sitemap holds.
      const store = routeArchive(50_001 - base);
      expect(sitemapUrls(tableOf(store, 'big'))).toBe(50_001);
      await fillContentStore(db(), store, { now, version: 'big' });
      const lookup = databaseLookup(db(), 'published');
      const parts = (scope: LookupScope) => databaseLookup(db(), scope).sitemapParts();
      expect(await parts('published')).toBe(2);
      expect(await parts('everything')).toBe(2);
      expect(await judge(lookup, '/sitemaps/1.xml')).toBe('pass');
      expect(await judge(lookup, '/sitemaps/2.xml')).toBe('pass');
      expect(await judge(lookup, '/sitemaps/3.xml')).toBe('unknown');
      // A publish that removes one author: the sitemap is one file again, once the version says so.
      await db()
        .deleteFrom('content_documents')
        .where('kind', '=', 'author')
        .where('slug', '=', 'contributor-0')
        .execute();
      await setStoreVersion(db(), 'smaller');
      expect(await judge(lookup, '/sitemaps/1.xml')).toBe('unknown');
      expect(await judge(lookup, '/sitemaps/2.xml')).toBe('unknown');
      expect(await judge(lookup, '/author/contributor-0')).toBe('unknown');
      expect(await judge(lookup, '/author/contributor-1')).toBe('pass');
    },
    SLOW,
  );
}
