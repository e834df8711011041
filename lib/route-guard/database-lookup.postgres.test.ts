/**
 * The route guard over the content store on a real PostgreSQL (Debian's package, a cluster of the
 * test's own on TEST_PG_PORT + 60, clear of the other PostgreSQL tests' ports): the same checks as
 * on SQLite (./database-lookup.test.ts).
 */
import { afterAll, beforeAll, describe } from 'vitest';

import { type PostgresServer, startPostgres } from '../../e2e/support/postgres-server';
import { routeLookupChecks } from '../../test/oracles/route-lookup-checks';
import { databaseLocation, openDatabase } from '../db/connection';
import { migrate } from '../db/migrate';
import { readEnv } from '../env';

let server: PostgresServer;

beforeAll(() => {
  server = startPostgres(readEnv('TEST_PG_PORT') + 60);
}, 60_000);
afterAll(() => server.stop());

describe('the route guard over the content store on PostgreSQL', () => {
  routeLookupChecks(async () => {
    const database = openDatabase(databaseLocation({ DATABASE_URL: server.url }));
    await migrate(database);
    return { database, done: () => database.close() };
  });
});
