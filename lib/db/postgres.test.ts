/**
 * The same migrations and queries on a real PostgreSQL (Debian's package, started by the test on a
 * port of its own), so the desk and the content store never grow SQLite-only SQL unnoticed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { type PostgresServer, startPostgres } from '../../e2e/support/postgres-server';
import { reviewStoreChecks } from '../desk/review/store-checks';
import { databaseLocation, openDatabase } from './connection';
import { migrate } from './migrate';

const PORT = Number(process.env.TEST_PG_PORT ?? 5491);
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
