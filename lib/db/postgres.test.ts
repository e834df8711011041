/**
 * The same migrations and queries on a real PostgreSQL (Debian's package, started by the test on a
 * port of its own), so the desk and the content store never grow SQLite-only SQL unnoticed.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

import { type PostgresServer, startPostgres } from '../../e2e/support/postgres-server';
import { storedPictures } from '../../server/stored-pictures.js';
import { PushResults } from '../desk/follow/results';
import { reviewStoreChecks } from '../desk/review/store-checks';
import { readEnv } from '../env';
import { pictureTableChecks } from '../publish/pictures-checks';
import { deltaStoreChecks } from '../search/delta-store-checks';
import { databaseLocation, openDatabase } from './connection';
import { migrate } from './migrate';

const PORT = readEnv('TEST_PG_PORT');
let server: PostgresServer;

beforeAll(() => {
  server = startPostgres(PORT);
}, 60_000);
afterAll(() => server.stop());

describe('the database layer on PostgreSQL', () => {
  it('migrates once, numbers rows itself and reads them back', async () => {
    const database = openDatabase(databaseLocation({ DATABASE_URL: server.url }));
    try {
      expect(database.dialect).toBe('postgres');
      expect(await migrate(database)).toContain('001-meta');
      expect(await migrate(database)).toEqual([]);
      await database.db.insertInto('dateline_meta').values({ note: 'first' }).execute();
      await database.db.insertInto('dateline_meta').values({ note: 'second' }).execute();
      const rows = await database.db.selectFrom('dateline_meta').selectAll().orderBy('id').execute();
      expect(rows).toEqual([
        { id: 1, note: 'first' },
        { id: 2, note: 'second' },
      ]);
    } finally {
      await database.close();
    }
  });

  it('keeps each push’s result (desk_pushes, migration 070)', async () => {
    const database = openDatabase(databaseLocation({ DATABASE_URL: server.url }));
    try {
      await migrate(database);
      const results = new PushResults(database, () => new Date('2026-12-07T06:00:00Z'));
      const file = {
        path: 'content/articles/2026/push-x.mdx',
        result: 'published' as const,
        url: 'https://example.org/uk/push-x',
      };
      const id = await results.start({
        jobId: 7,
        branch: 'main',
        localCommit: 'a'.repeat(40),
        pushedCommit: 'b'.repeat(40),
        authors: ['Lena Laptop <lena@example.test>'],
      });
      expect(await results.forJob(7)).toMatchObject({ id, state: 'running', files: [] });
      await results.finish(id, { state: 'published', mergedCommit: 'c'.repeat(40), files: [file] });
      expect(await results.latest(5)).toEqual([
        {
          id,
          jobId: 7,
          state: 'published',
          branch: 'main',
          localCommit: 'a'.repeat(40),
          pushedCommit: 'b'.repeat(40),
          mergedCommit: 'c'.repeat(40),
          authors: ['Lena Laptop <lena@example.test>'],
          files: [file],
          startedAt: '2026-12-07T06:00:00.000Z',
          finishedAt: '2026-12-07T06:00:00.000Z',
        },
      ]);
    } finally {
      await database.close();
    }
  });
});

describe('the review store on PostgreSQL', () => {
  reviewStoreChecks(async () => {
    const database = openDatabase(databaseLocation({ DATABASE_URL: server.url }));
    await migrate(database);
    await database.db.deleteFrom('desk_reviews').execute();
    await database.db.deleteFrom('desk_jobs').execute();
    return { database, done: () => database.close() };
  });
});

/** A migrated database on the test server with every row of `tables` gone, and its location. */
async function emptied(
  tables: ('content_pictures' | 'search_delta_files' | 'search_delta_pointer' | 'search_base_ids')[],
) {
  const location = databaseLocation({ DATABASE_URL: server.url });
  const database = openDatabase(location);
  await migrate(database);
  for (const table of tables) await database.db.deleteFrom(table).execute();
  return { database, location, done: () => database.close() };
}

describe('the picture table on PostgreSQL', () => {
  pictureTableChecks(() => emptied(['content_pictures']), storedPictures);

  it('has no stored pictures on a database the migrations have not reached', async () => {
    const reader = storedPictures(databaseLocation({ DATABASE_URL: server.freshDatabase('no_tables_yet') }));
    try {
      expect(await reader.find('/images/crane.jpg')).toBeUndefined();
    } finally {
      await reader.close();
    }
  });
});

describe('the search delta’s rows on PostgreSQL', () => {
  deltaStoreChecks(() => emptied(['search_delta_files', 'search_delta_pointer', 'search_base_ids']));
});

describe('a PostgreSQL server that ends the connections', () => {
  it('costs one line per lost connection, naming the server and not the password, and the next query answers', async () => {
    const url = server.freshDatabase('goes_away').replace('dateline@', 'dateline:s3cret@');
    const lines = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const database = openDatabase(databaseLocation({ DATABASE_URL: url }));
    const admin = openDatabase(databaseLocation({ DATABASE_URL: server.url }));
    try {
      // Two queries at once leave two idle connections in the pool.
      await Promise.all([sql`select pg_sleep(0.1)`.execute(database.db), sql`select 1`.execute(database.db)]);
      // What a restart or an operator does to them: a listener-less pool would throw here, out of
      // a socket event, and end the process (vitest reports the uncaught error and fails).
      const ended = await sql<{ ended: boolean }>`
        select pg_terminate_backend(pid) as ended from pg_stat_activity where datname = 'goes_away'
      `.execute(admin.db);
      expect(ended.rows).toEqual([{ ended: true }, { ended: true }]);
      await vi.waitFor(() => expect(lines).toHaveBeenCalledTimes(2));

      const answer = await sql<{ answer: number }>`select 41 + 1 as answer`.execute(database.db);
      expect(answer.rows).toEqual([{ answer: 42 }]);
      for (const [line] of lines.mock.calls) {
        expect(line).toMatch(
          /^database: lost an idle connection to 127\.0\.0\.1:\d+\/goes_away \(terminating connection due to administrator command\); the next query connects again$/,
        );
      }
      expect(lines).toHaveBeenCalledTimes(2);
    } finally {
      lines.mockRestore();
      await admin.close();
      await database.close();
    }
  });
});
