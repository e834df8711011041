/**
 * What a publish reads from the database instead of the store file: the version it replaces, the
 * clock every build and publish leave, the rows of the stories it touches, and the stories whose
 * embargo ended since that clock, found from the manifest's rows by their index on the date.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { applyChanges, syncStore } from '../build/database-store';
import { story } from '../build/database-store/store-checks';
import type { Database } from '../db/connection';
import { scratchSqlite } from '../db/scratch-database';
import type { FileRecord } from '../validation/model';
import { fileRows } from './file-rows';
import { datedBetween, listedCount, storedClock, storedDocuments, storedStories, storedVersion } from './store-reads';

const built = new Date('2026-11-28T12:00:00Z');
const later = new Date('2026-11-28T15:00:00Z');

const record = (path: string, date: string | undefined, fields: Partial<FileRecord> = {}): FileRecord => ({
  path,
  kind: 'article',
  slug: path.split('/').pop()?.replace('.mdx', '') ?? '',
  size: 1,
  mtimeMs: 1,
  hash: 'h',
  ...(date ? { date } : {}),
  ...fields,
});

describe('the stories whose visibility changed since the store’s clock', () => {
  const manifest = [
    record('articles/2026/old.mdx', '2026-11-20T09:00:00Z'),
    record('articles/2026/at-the-clock.mdx', '2026-11-28T12:00:00Z'),
    record('articles/2026/lifted.mdx', '2026-11-28T13:00:00Z'),
    record('articles/2026/at-now.mdx', '2026-11-28T15:00:00Z'),
    record('articles/2026/still-held.mdx', '2026-11-28T15:00:01Z'),
    record('articles/2026/draft.mdx', '2026-11-28T13:00:00Z', { draft: true }),
    record('live/2026/storm/index.mdx', '2026-11-28T14:00:00Z', { kind: 'live' }),
    record('live/2026/storm/post.mdx', undefined, { kind: 'post' }),
    record('authors/ana.mdx', undefined, { kind: 'author' }),
  ];
  let database: Database;
  let done: () => Promise<void>;
  beforeEach(async () => {
    ({ database, done } = await scratchSqlite('dated-between'));
    // The manifest's rows as a build writes them (content_files, by their index on the date).
    await syncStore(
      database,
      { articles: [], authors: [], sections: [], pages: [], manifest: { contentDir: '/content', files: manifest } },
      { now: built, env: {} },
    );
  });
  afterEach(() => done());
  const dated = async (clock: Date | undefined, now: Date) =>
    (await datedBetween(fileRows(database), clock, now)).map((found) => found.path).sort();

  it('are those dated after the clock and not after now, drafts left out', async () => {
    expect(await dated(built, later)).toEqual([
      'articles/2026/at-now.mdx',
      'articles/2026/lifted.mdx',
      'live/2026/storm/index.mdx',
    ]);
  });

  it('are those between now and the clock when the clock was set back (their embargo begins again)', async () => {
    expect(await dated(later, built)).toEqual(await dated(built, later));
  });

  it('are none when nothing was written since this moment, and every story up to now without a clock', async () => {
    expect(await dated(later, later)).toEqual([]);
    expect(await dated(undefined, later)).toEqual([
      'articles/2026/at-now.mdx',
      'articles/2026/at-the-clock.mdx',
      'articles/2026/lifted.mdx',
      'articles/2026/old.mdx',
      'live/2026/storm/index.mdx',
    ]);
  });
});

describe('a publish’s reads of the database', () => {
  let database: Database;
  let done: () => Promise<void>;
  beforeEach(async () => {
    ({ database, done } = await scratchSqlite('store-reads'));
  });
  afterEach(() => done());

  const pier = story('pier-reopens', 20, { tags: ['Piers'] });
  const ferry = story('ferry-late', 21);
  const documents = {
    authors: [{ slug: 'ana-bell', name: 'Ana Bell', _raw: { sourceFilePath: 'authors/ana-bell.mdx' } }],
    sections: [{ slug: 'uk', title: 'UK', _raw: { sourceFilePath: 'sections/uk.yaml' } }],
    pages: [],
  };

  it('find nothing in a database no build wrote', async () => {
    expect(await storedVersion(database)).toBeUndefined();
    expect(await storedClock(database)).toBeUndefined();
    expect(await listedCount(database)).toBe(0);
  });

  it('find the version and the clock the build wrote, then those of the publish', async () => {
    const build = await syncStore(
      database,
      { articles: [pier, ferry], ...documents },
      { now: built, env: {}, readBody: () => 'x' },
    );
    expect(await storedVersion(database)).toBe(build.version);
    expect(await storedClock(database)).toEqual(built);
    // A warm build writes nothing, the clock included.
    const warm = await syncStore(
      database,
      { articles: [pier, ferry], ...documents },
      { now: later, env: {}, readBody: () => 'x' },
    );
    expect(warm.changed).toBe(false);
    expect(await storedClock(database)).toEqual(built);

    const published = await applyChanges(
      database,
      { remove: [ferry.sourceFilePath], upsert: [], bodies: new Map() },
      { now: later, env: {} },
    );
    expect(await storedVersion(database)).toBe(published.version);
    expect(published.version).not.toBe(build.version);
    expect(await storedClock(database)).toEqual(later);
    expect(await listedCount(database)).toBe(1);
  });

  it('find the touched stories by path, leaving out paths the store lacks, and the documents whole', async () => {
    await syncStore(database, { articles: [pier, ferry], ...documents }, { now: built, env: {}, readBody: () => 'x' });
    const found = await storedStories(database, [pier.sourceFilePath, 'articles/2026/never-built.mdx']);
    expect([...found.keys()]).toEqual([pier.sourceFilePath]);
    expect(found.get(pier.sourceFilePath)).toEqual({ record: pier, listed: true });
    expect(await storedDocuments(database)).toEqual(documents);
  });
});
