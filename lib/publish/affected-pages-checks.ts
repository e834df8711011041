/**
 * The pages a publish renders again, read from the database (./affected-pages-database.ts), must
 * be the pages the pure rules name over the whole archive before and after (./affected-pages.ts):
 * written once, run on SQLite (./affected-pages-database.test.ts) and PostgreSQL (….postgres.test.ts).
 */
import { afterEach, beforeEach, expect, it } from 'vitest';

import { applyChanges, bodiesOf, syncStore } from '../build/database-store';
import { emptyContentStore, story } from '../build/database-store/store-checks';
import type { StoredArticle } from '../content/store';
import type { Database } from '../db/connection';
import { routes } from '../routes';
import { affectedPages, withPaths } from './affected-pages';
import { pagesAfterChange, pagesBeforeChange } from './affected-pages-database';

export interface FreshDatabase {
  database: Database;
  done: () => Promise<void>;
}

const now = new Date('2026-11-28T12:00:00Z');
const options = { now, env: {} };

const blog = (posts: number): StoredArticle =>
  story('storm-live', 26, {
    sourceFilePath: 'live/2026/storm-live/index.mdx',
    live: {
      status: 'live',
      coverageStart: '2026-11-26T09:00:00.000Z',
      posts: Array.from({ length: posts }, (_, i) => ({
        id: `p${i}`,
        time: `2026-11-26T1${i}:00:00.000Z`,
        authors: [],
        keyEvent: false,
        pinned: false,
        codeKey: `post-${i}`,
        sourceFilePath: `live/2026/storm-live/p${i}.mdx`,
      })),
    },
  });

/** Three sections over November, ALSO READ between some, tags and authors, and a live blog. */
const archive: StoredArticle[] = [
  ...Array.from({ length: 24 }, (_, i) =>
    story(`story-${String(i).padStart(2, '0')}`, 1 + i, {
      section: ['uk', 'world', 'business'][i % 3] as string,
      tags: [`Topic ${i % 4}`],
      authors: [`author-${i % 3}`],
      alsoRead: i % 5 === 0 ? [`story-${String((i + 7) % 24).padStart(2, '0')}`] : [],
    }),
  ),
  // Two on the same day and time: the slug orders them.
  story('tied-a', 12, { section: 'uk' }),
  story('tied-b', 12, { section: 'uk', alsoRead: ['story-03'] }),
  // Readers never see a draft: it is nobody's neighbour, and its ALSO READ names nothing.
  story('draft-uk', 13, { section: 'uk', draft: true, alsoRead: ['story-07'] }),
  blog(2),
];

const bySlug = (slug: string) => archive.find((found) => found.slug === slug) as StoredArticle;

interface Change {
  removed: StoredArticle[];
  added: StoredArticle[];
}

const after = (change: Change) => {
  const leaving = new Set(change.removed.map((article) => article.sourceFilePath));
  return [...archive.filter((article) => !leaving.has(article.sourceFilePath)), ...change.added];
};

const CHANGES: [string, Change][] = [
  ['a new story', { removed: [], added: [story('harbour-crane', 14, { section: 'uk', tags: ['Topic 1'] })] }],
  [
    'an edit',
    { removed: [bySlug('story-09')], added: [{ ...bySlug('story-09'), title: 'Corrected', tags: ['Topic 9'] }] },
  ],
  ['an unpublish', { removed: [bySlug('story-13')], added: [] }],
  [
    'a story moving section',
    {
      removed: [bySlug('story-10')],
      added: [{ ...bySlug('story-10'), section: 'world', url: routes.article('world', 'story-10') }],
    },
  ],
  ['a story named by ALSO READ', { removed: [bySlug('story-07')], added: [{ ...bySlug('story-07'), dek: 'New' }] }],
  ['a live blog with a new post', { removed: [blog(2)], added: [blog(3)] }],
  ['a story tied on its date', { removed: [bySlug('tied-b')], added: [] }],
];

export function affectedPagesChecks(fresh: () => Promise<FreshDatabase>): void {
  let database: Database;
  let done: () => Promise<void>;
  beforeEach(async () => {
    ({ database, done } = await fresh());
    await syncStore(
      database,
      { articles: archive, authors: [], sections: [], pages: [] },
      { ...options, readBody: () => 'x' },
    );
  });
  afterEach(async () => {
    await emptyContentStore(database);
    await done();
  });

  for (const [name, change] of CHANGES) {
    it(`name the same pages as the rules over the whole archive, for ${name}`, async () => {
      const expected = affectedPages({ before: archive, after: after(change), ...change });
      const before = await pagesBeforeChange(database, change);
      await applyChanges(
        database,
        {
          remove: change.removed.map((article) => article.sourceFilePath),
          upsert: change.added,
          bodies: bodiesOf(change.added, () => 'x'),
        },
        options,
      );
      // Through JSON, as the journal keeps it between the two halves.
      const around = await pagesAfterChange(database, JSON.parse(JSON.stringify(before.after)) as typeof before.after);
      const actual = withPaths(before.revalidate, around);
      expect(actual).toEqual(expected);
      // The checks are not empty: each change names at least one story beside itself.
      const own = new Set([...change.removed, ...change.added].map((article) => article.url));
      const others = actual.paths.filter((url) => archive.some((article) => article.url === url) && !own.has(url));
      expect(others.length, name).toBeGreaterThan(0);
    });
  }

  it('name the stories whose ALSO READ names the change, and the neighbours either side before and after', async () => {
    const change = CHANGES[4]?.[1] as Change;
    const before = await pagesBeforeChange(database, change);
    await applyChanges(
      database,
      { remove: [bySlug('story-07').sourceFilePath], upsert: change.added, bodies: new Map([['code-story-07', 'x']]) },
      options,
    );
    const { paths } = withPaths(before.revalidate, await pagesAfterChange(database, before.after));
    // story-00 names story-07 in ALSO READ; story-04 and story-10 are its neighbours in 'world'.
    expect(paths).toEqual(expect.arrayContaining(['/uk/story-00', '/world/story-04', '/world/story-10']));
    expect(paths).not.toContain('/world/story-01');
  });
}
