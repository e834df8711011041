/**
 * The accounts, sessions and API tokens on a real PostgreSQL (Debian's package, a cluster of the
 * test's own): Better Auth's tables (user, session, account, verification, rateLimit) and
 * desk_token are created by the same start-up as on SQLite and answer every case the same.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, describe } from 'vitest';

import { type PostgresServer, startPostgres } from '../../../e2e/support/postgres-server';
import { readEnv } from '../../env';
import { identifyCases } from './identify-cases';

const dir = mkdtempSync(path.join(tmpdir(), 'dateline-identify-pg-'));
let server: PostgresServer;

beforeAll(() => {
  server = startPostgres(readEnv('TEST_PG_PORT') + 1);
}, 60_000);
afterAll(() => {
  server.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('on PostgreSQL', () => {
  identifyCases(() => ({ databaseUrl: server.url, root: dir }));
});
