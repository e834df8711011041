/**
 * A publish's write into the database: it finds the database the build wrote (DATABASE_URL, else
 * .dateline/dateline.sqlite under the project root), and a database it cannot write stops it with
 * a message that names the database and says nothing was published.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { NEVER_BUILT, syncStore } from '../build/database-store';
import { story } from '../build/database-store/store-checks';
import { defaultSqliteFile, openDatabase } from '../db/connection';
import { migrate } from '../db/migrate';
import { writeToDatabase } from './database-write';

const now = new Date('2026-11-28T12:00:00Z');
let root: string;

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'dateline-publish-db-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

async function build(articles: ReturnType<typeof story>[]) {
  const database = openDatabase({ dialect: 'sqlite', target: defaultSqliteFile(root) });
  await migrate(database);
  await syncStore(
    database,
    { articles: articles, authors: [], sections: [], pages: [] },
    { now, env: {}, readBody: () => 'x' },
  );
  return database;
}

describe('a publish writing into the database', () => {
  it('replaces the stories in the database the build wrote, and answers with what it had', async () => {
    const pier = story('pier-reopens', 20, { tags: ['Piers'] });
    await (await build([pier, story('ferry-late', 21)])).close();
    const corrected = { ...pier, title: 'Pier reopens after repairs', tags: ['Piers', 'Repairs'] };
    const result = await writeToDatabase({
      root,
      now,
      leaving: [pier],
      incoming: [corrected],
      env: {},
      readBody: (key) => `compiled ${key}`,
    });
    expect(result.before).toEqual([pier]);
    expect(result.where).toBe(`SQLite ${path.join('.dateline', 'dateline.sqlite')}`);
    const database = openDatabase({ dialect: 'sqlite', target: defaultSqliteFile(root) });
    try {
      const row = await database.db
        .selectFrom('content_stories')
        .select('record')
        .where('slug', '=', 'pier-reopens')
        .executeTakeFirstOrThrow();
      expect((JSON.parse(row.record) as typeof pier).title).toBe('Pier reopens after repairs');
      const list = await database.db
        .selectFrom('content_lists')
        .select(['name', 'count'])
        .where('kind', '=', 'tag')
        .where('key', '=', 'repairs')
        .executeTakeFirst();
      expect(list).toEqual({ name: 'Repairs', count: 1 });
    } finally {
      await database.close();
    }
  });

  it('stops, naming the database, when it cannot reach it', async () => {
    await expect(
      writeToDatabase({
        root,
        now,
        leaving: [],
        incoming: [story('quay-flooded', 22)],
        env: { DATABASE_URL: 'postgres://dateline@127.0.0.1:1/newsroom' },
        readBody: () => 'x',
      }),
    ).rejects.toThrow(
      /^the content store in the database \(PostgreSQL 127\.0\.0\.1:1\/newsroom\) could not be written: .+\. Nothing was published; run npm run publish again once the database answers\.$/,
    );
  });

  it('stops when no build wrote the store into the database', async () => {
    await expect(
      writeToDatabase({ root, now, leaving: [], incoming: [story('quay-flooded', 22)], env: {}, readBody: () => 'x' }),
    ).rejects.toThrow(NEVER_BUILT);
  });
});
