/**
 * The content store's read side on PostgreSQL (a server of this file's own, started on
 * TEST_PG_PORT or the next free port): the same checks as ./sqlite.test.ts, so no query grows
 * SQLite-only SQL or an order that differs between the two (slugs byte by byte on both).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { type PostgresServer, startPostgres } from '../../../e2e/support/postgres-server';
import { emptyContentStore } from '../../../test/content-store/archive';
import { equivalenceChecks } from '../../../test/content-store/equivalence-checks';
import { readerChecks } from '../../../test/content-store/reader-checks';
import { databaseLocation, openDatabase } from '../../db/connection';
import { migrate } from '../../db/migrate';
import { readEnv } from '../../env';
import { contentDatabase, resetContentDatabase, useContentDatabase } from './connection';

let server: PostgresServer;

beforeAll(() => {
  server = startPostgres(readEnv('TEST_PG_PORT'));
}, 60_000);
afterAll(() => server.stop());

/** A migrated database on the server with its content tables emptied. */
async function fresh(url = server.url) {
  const database = openDatabase(databaseLocation({ DATABASE_URL: url }));
  await migrate(database);
  await emptyContentStore(database);
  return { database, done: () => database.close() };
}

describe('the content store read on PostgreSQL', () => {
  readerChecks(() => fresh());
});

describe('the content store read on PostgreSQL answers as the in-memory indexes do', () => {
  // Its own database: the checks above empty the shared one between tests.
  let url: string | undefined;
  equivalenceChecks(() => fresh((url ??= server.freshDatabase('equivalence'))), 24);
});

describe('a PostgreSQL database the build never wrote', () => {
  it('says to run the build, naming the server but not the password', async () => {
    const url = server.freshDatabase('never_built').replace('dateline@', 'dateline:secret@');
    const database = openDatabase(databaseLocation({ DATABASE_URL: url }));
    try {
      await useContentDatabase(database, url.replace(':secret@', ':***@'));
      await expect(contentDatabase()).rejects.toThrow(
        /^postgres:\/\/dateline:\*\*\*@127\.0\.0\.1:\d+\/never_built: the content store is not in this database \(.*content_state.*\) — run npm run build$/,
      );
    } finally {
      await resetContentDatabase();
      await database.close();
    }
  });
});
