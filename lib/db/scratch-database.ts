/**
 * A migrated SQLite database in a folder of its own, for tests of one store on SQLite (their
 * PostgreSQL twins use e2e/support/postgres-server.ts). done() closes it and removes the folder.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { type Database, openDatabase } from './connection';
import { migrate } from './migrate';

export async function scratchSqlite(prefix: string): Promise<{ database: Database; done: () => Promise<void> }> {
  const dir = mkdtempSync(path.join(tmpdir(), `dateline-${prefix}-`));
  const database = openDatabase({ dialect: 'sqlite', target: path.join(dir, 'desk.sqlite') });
  await migrate(database);
  return {
    database,
    async done() {
      await database.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
