/**
 * A publish's check of its neighbourhood, read from a real PostgreSQL (a cluster of the test's
 * own on TEST_PG_PORT + 80, clear of the other PostgreSQL tests' ports): the same checks as on SQLite.
 */
import { afterAll, beforeAll, describe } from 'vitest';

import { type PostgresServer, startPostgres } from '../../e2e/support/postgres-server';
import { emptyContentStore } from '../build/database-store/store-checks';
import { databaseLocation, openDatabase } from '../db/connection';
import { migrate } from '../db/migrate';
import { readEnv } from '../env';
import { neighbourhoodChecks } from './neighbourhood-checks';

let server: PostgresServer;

beforeAll(() => {
  server = startPostgres(readEnv('TEST_PG_PORT') + 80);
}, 60_000);
afterAll(() => server.stop());

describe('a publish’s check of its neighbourhood, read from PostgreSQL', () => {
  neighbourhoodChecks(async () => {
    const database = openDatabase(databaseLocation({ DATABASE_URL: server.url }));
    await migrate(database);
    await emptyContentStore(database);
    return { database, done: () => database.close() };
  });
});
