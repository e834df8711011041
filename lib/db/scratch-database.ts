/**
 * A migrated SQLite database in a folder of its own, for tests of one store on SQLite (their
 * PostgreSQL twins use e2e/support/postgres-server.ts). done() closes it and removes the folder.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { type Database, type DatabaseLocation, openDatabase } from './connection';
import { migrate } from './migrate';

export async function scratchSqlite(
  prefix: string,
): Promise<{ database: Database; location: DatabaseLocation; done: () => Promise<void> }> {
  const dir = mkdtempSync(path.join(tmpdir(), `dateline-${prefix}-`));
  // Its location too, for code that opens the database itself (server/, the reader server's routes).
  const location: DatabaseLocation = { dialect: 'sqlite', target: path.join(dir, 'desk.sqlite') };
  const database = openDatabase(location);
  await migrate(database);
  return {
    database,
    location,
    async done() {
      await database.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
