/**
 * FIXTURES for the content store's read side (lib/content/database/): stories as the build
 * stores them, a seeded random archive with the awkward cases (same dates, slugs that sort
 * differently byte-wise and by eye, tags spelt two ways, drafts, embargoes), and writeArchive(),
 * which puts them in a migrated database through lib/build/story-rows.ts.
 *
 * fixtureContentLists() counts the lists from the fixture itself with lib/content/indexes.ts.
 * It stands in for the store's writer, which keeps content_lists in a real build and publish;
 * tests of the read side must not depend on that writer.
 */
import type { Insertable } from 'kysely';

import { storyRows } from '../../lib/build/story-rows';
import { monthKey } from '../../lib/content/grouping';
import { buildIndex, tagKey } from '../../lib/content/indexes';
import type { StoredArticle } from '../../lib/content/store';
import type { Database } from '../../lib/db/connection';
import type { ContentListTable } from '../../lib/db/schema';
import { routes } from '../../lib/routes';
import { site } from '../../lib/site';
import { Random } from '../../scripts/bench/corpus/random';

/** `value`, which the test knows is there: a clear failure when it is not. */
export function present<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`the fixture has no ${what}`);
  return value;
}

/** The clock the fixtures are written and read at: stories dated after it are embargoed. */
export const NOW = new Date('2026-11-28T12:00:00Z');

/** A story as lib/build/store-writer.ts stores it; only what a test cares about needs saying. */
export function storedStory(slug: string, overrides: Partial<StoredArticle> = {}): StoredArticle {
  const section = overrides.section ?? 'world';
  return {
    _id: `articles/2026/${slug}.mdx`,
    type: 'Article',
    title: `Title of ${slug}`,
    dek: `Dek of ${slug}.`,
    excerpt: `Excerpt of ${slug}.`,
    date: '2026-10-01T09:00:00.000Z',
    readingTime: 2,
    wordCount: 400,
    imageWidth: 0,
    imageHeight: 0,
    tags: [],
    authors: [],
    alsoRead: [],
    sourceFilePath: `articles/2026/${slug}.mdx`,
    codeKey: `body-${slug}`,
    ...overrides,
    section,
    slug,
    url: routes.article(section, slug),
  };
}

/** 09:00 UTC on the given day of October 2026. */
export const october = (day: number) => `2026-10-${String(day).padStart(2, '0')}T09:00:00.000Z`;

export const SECTIONS = ['world', 'uk', 'business', 'sport', 'culture'] as const;
/** A section with stories but no section file: on no front, still in the lists. */
export const STRAY_SECTION = 'opinion';
export const AUTHORS = ['ana-lopez', 'ben-okafor', 'chen-wei', 'dara-byrne', 'eli-cohen', 'fay-ng'];

// A few topics everywhere, most rare (related.ts weighs rarity), and two spelt two ways.
const TAGS = [
  'Politics',
  'Economy',
  'Climate',
  'Brexit',
  'brexit',
  'São Paulo',
  'Sao Paulo',
  'Korean War',
  'Harbour',
  'Rail strikes',
  'Elections',
  'Football',
  'Cricket',
  'Energy',
  'Housing',
  'Health',
  'Schools',
  'Floods',
  'Courts',
  'Space',
  'Farming',
  'Theatre',
  'Music',
  'Art',
  'Tennis',
];
// Short pieces, so that "a-b", "ab", "a0" and "a-0" all turn up: hyphens and digits sort before letters.
const PIECES = ['a', 'b', 'ab', 'a0', 'b1', 'ba', 'c', '0', 'ca'];

/** A correction as Contentlayer types it (a nested document). */
export const correction = (date: string, text: string) =>
  ({ date, text }) as unknown as NonNullable<StoredArticle['corrections']>[number];

export interface RandomArchiveOptions {
  /** How many stories; default 300. */
  count?: number;
}

/**
 * A reproducible archive: dates over 2026 (some after NOW, so embargoed), a fifth of them
 * sharing another story's date exactly, drafts, live blogs, corrections, featured, picks,
 * breaking, authors and skewed tags. No story spells one tag two ways (its row keeps one
 * spelling; the display form is then the writer's to count).
 */
export function randomArchive(seed: number, { count = 300 }: RandomArchiveOptions = {}): StoredArticle[] {
  const random = new Random(seed);
  const start = Date.parse('2026-01-01T00:00:00Z');
  const span = Date.parse('2026-12-15T00:00:00Z') - start;
  const slugs = new Set<string>();
  const stories: StoredArticle[] = [];
  for (let n = 0; n < count; n++) {
    let slug = Array.from({ length: random.int(1, 3) }, () => random.pick(PIECES)).join(random.chance(0.5) ? '-' : '');
    while (slugs.has(slug)) slug = `${slug}-${random.pick(PIECES)}`;
    slugs.add(slug);
    const shared = stories.length > 0 && random.chance(0.2);
    const date = shared
      ? random.pick(stories).date
      : new Date(start + Math.floor(random.next() * (span / 60_000)) * 60_000).toISOString();
    const tags = new Map<string, string>();
    for (let t = random.int(0, 4); t > 0; t--) {
      const tag = random.skewed(TAGS);
      const key = tagKey(tag);
      if (!tags.has(key)) tags.set(key, tag);
    }
    const authors = new Set<string>();
    for (let a = random.int(0, 2); a > 0; a--) authors.add(random.pick(AUTHORS));
    const section = random.chance(0.04) ? STRAY_SECTION : random.pick(SECTIONS);
    stories.push(
      storedStory(slug, {
        section,
        date,
        tags: [...tags.values()],
        authors: [...authors],
        ...(random.chance(0.08) ? { featured: true } : {}),
        ...(random.chance(0.08) ? { pick: true } : {}),
        ...(random.chance(0.1) ? { breaking: true } : {}),
        ...(random.chance(0.04) ? { draft: true } : {}),
        ...(random.chance(0.05) ? { corrections: [correction(date, `Corrected ${slug}.`)] } : {}),
        ...(random.chance(0.03) ? { live: { status: 'live' as const, coverageStart: date, posts: [] } } : {}),
      }),
    );
  }
  return stories;
}

/** content_lists as the writer keeps it, counted from the fixture (see the header). */
export function fixtureContentLists(articles: readonly StoredArticle[], now: Date): Insertable<ContentListTable>[] {
  const index = buildIndex(articles, { now });
  const rows: Insertable<ContentListTable>[] = [];
  const add = (kind: ContentListTable['kind'], key: string, count: number, name = key) => {
    if (count > 0) rows.push({ kind, key, name, count });
  };
  add('all', '', index.all.length);
  for (const [section, list] of index.bySection) add('section', section, list.length);
  for (const [key, list] of index.byTag) add('tag', key, list.length, index.tagNames.get(key));
  for (const [author, list] of index.byAuthor) add('author', author, list.length);
  const months = new Map<string, number>();
  const years = new Map<string, number>();
  for (const article of index.all) {
    const month = monthKey(article.date, site.timeZone);
    months.set(month, (months.get(month) ?? 0) + 1);
    years.set(month.slice(0, 4), (years.get(month.slice(0, 4)) ?? 0) + 1);
  }
  for (const [month, count] of months) add('month', month, count);
  for (const [year, count] of years) add('year', year, count);
  add('featured', '', index.all.filter((article) => article.featured).length);
  add('pick', '', index.all.filter((article) => article.pick).length);
  add('corrected', '', index.all.filter((article) => (article.corrections?.length ?? 0) > 0).length);
  return rows;
}

const capital = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

export const fixtureSections = () =>
  SECTIONS.map((slug, order) => ({
    _id: `sections/${slug}.md`,
    type: 'Section' as const,
    slug,
    url: routes.section(slug),
    title: capital(slug),
    description: `News from ${slug}.`,
    // Not in alphabetical order: the front follows `order`.
    order: (order * 3) % SECTIONS.length,
    nav: order < 4,
  }));

export const fixtureAuthors = () =>
  AUTHORS.map((slug) => ({
    _id: `authors/${slug}.md`,
    type: 'Author' as const,
    slug,
    url: routes.author(slug),
    name: slug.split('-').map(capital).join(' '),
    role: 'Reporter',
    links: [],
    body: { raw: `Writes about things.` },
    bodyCode: `bio of ${slug}`,
  }));

export interface ArchiveOptions {
  now?: Date;
  version?: string;
  /** Sections, authors and a page; true by default. */
  documents?: boolean;
}

const BATCH = 200;
/** A story's rows as a production build writes them, whatever DATELINE_PREVIEW the test runner has. */
export const rowsAsBuilt = (article: StoredArticle, now = NOW) => storyRows(article, now, { NODE_ENV: 'test' });

async function insertAll<T>(rows: T[], insert: (batch: T[]) => Promise<unknown>): Promise<void> {
  for (let start = 0; start < rows.length; start += BATCH) await insert(rows.slice(start, start + BATCH));
}

/**
 * Writes `articles` into a migrated, empty content store as a build would: their rows (through
 * storyRows, with `now` as the build's clock), the fixture's content_lists, each body, the
 * documents and the version.
 */
export async function writeArchive(
  database: Database,
  articles: readonly StoredArticle[],
  { now = NOW, version = 'fixture-1', documents = true }: ArchiveOptions = {},
): Promise<void> {
  const rows = articles.map((article) => rowsAsBuilt(article, now));
  await database.db.transaction().execute(async (db) => {
    await insertAll(
      rows.map((row) => row.story),
      (batch) => db.insertInto('content_stories').values(batch).execute(),
    );
    await insertAll(
      rows.flatMap((row) => row.tags),
      (batch) => db.insertInto('content_story_tags').values(batch).execute(),
    );
    await insertAll(
      rows.flatMap((row) => row.authors),
      (batch) => db.insertInto('content_story_authors').values(batch).execute(),
    );
    await insertAll(
      rows.flatMap((row) => row.links),
      (batch) => db.insertInto('content_story_links').values(batch).execute(),
    );
    await insertAll(fixtureContentLists(articles, now), (batch) =>
      db.insertInto('content_lists').values(batch).execute(),
    );
    await insertAll(
      articles.map((article) => ({ key: article.codeKey, code: `compiled body of ${article.slug}` })),
      (batch) => db.insertInto('content_bodies').values(batch).execute(),
    );
    if (documents) {
      const records = [
        ...fixtureSections().map((record) => ({ kind: 'section' as const, record })),
        ...fixtureAuthors().map((record) => ({ kind: 'author' as const, record })),
        {
          kind: 'page' as const,
          record: {
            _id: 'pages/about.mdx',
            slug: 'about',
            url: routes.page('about'),
            title: 'About',
            description: 'Us.',
          },
        },
      ];
      await db
        .insertInto('content_documents')
        .values(
          records.map(({ kind, record }) => ({
            kind,
            slug: record.slug,
            source_path: record._id,
            record: JSON.stringify(record),
          })),
        )
        .execute();
    }
    await setVersion(db, version);
  });
}

/** Sets content_state's version, as every build and publish does in its transaction. */
export async function setVersion(db: Database['db'], version: string): Promise<void> {
  await db.deleteFrom('content_state').where('name', '=', 'version').execute();
  await db.insertInto('content_state').values({ name: 'version', value: version }).execute();
}

/** Empties every content table (a PostgreSQL database reused between tests): the writer's checks' own. */
export { emptyContentStore } from '../../lib/build/database-store/store-checks';
