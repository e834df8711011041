/**
 * The database content store writer on a real PostgreSQL (Debian's package, a cluster of the
 * test's own on TEST_PG_PORT + 60, clear of the other PostgreSQL tests' ports): the same checks
 * as on SQLite.
 */
import { afterAll, beforeAll, describe } from 'vitest';

import { type PostgresServer, startPostgres } from '../../e2e/support/postgres-server';
import { databaseLocation, openDatabase } from '../db/connection';
import { migrate } from '../db/migrate';
import { readEnv } from '../env';
import { fileRowChecks } from './database-store/file-checks';
import { databaseStoreChecks, emptyContentStore } from './database-store/store-checks';

let server: PostgresServer;

beforeAll(() => {
  server = startPostgres(readEnv('TEST_PG_PORT') + 60);
}, 60_000);
afterAll(() => server.stop());

const fresh = async () => {
  const database = openDatabase(databaseLocation({ DATABASE_URL: server.url }));
  await migrate(database);
  await emptyContentStore(database);
  return { database, done: () => database.close() };
};

describe('the content store in the database, on PostgreSQL', () => {
  databaseStoreChecks(fresh);
});

describe('the publish manifest’s rows in the database, on PostgreSQL', () => {
  fileRowChecks(fresh);
});
