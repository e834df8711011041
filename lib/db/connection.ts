/**
 * The one database Dateline keeps (docs/decisions/034): an embedded SQLite file by
 * default, PostgreSQL when DATABASE_URL says so. Everything that stores rows (the desk's
 * accounts and publish queue now; the content store in the archive-scale issue) goes through the
 * Kysely instance opened here, so the same queries run on both.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';

import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';

import type { DatabaseLocation, DialectName } from './location';
import { databaseLocation } from './location';
import type { DatabaseSchema } from './schema';

export type { DatabaseLocation, DialectName } from './location';
export { databaseLocation, defaultSqliteFile } from './location';

export interface Database {
  db: Kysely<DatabaseSchema>;
  dialect: DialectName;
  /** The Kysely dialect itself, for libraries that take one (Better Auth). */
  kyselyDialect: SqliteDialect | PostgresDialect;
  close: () => Promise<void>;
}

export function openDatabase(location: DatabaseLocation = databaseLocation()): Database {
  if (location.dialect === 'postgres') {
    const pool = new pg.Pool({ connectionString: location.target, max: 10 });
    const kyselyDialect = new PostgresDialect({ pool });
    const db = new Kysely<DatabaseSchema>({ dialect: kyselyDialect });
    return { db, dialect: 'postgres', kyselyDialect, close: () => db.destroy() };
  }
  mkdirSync(path.dirname(location.target), { recursive: true });
  const file = new SQLite(location.target);
  // Readers (the site, the desk's pages) never wait for a writer (a publish) and vice versa;
  // a second process that finds the file locked waits up to 5 s instead of failing at once.
  file.pragma('journal_mode = WAL');
  file.pragma('busy_timeout = 5000');
  file.pragma('foreign_keys = ON');
  const kyselyDialect = new SqliteDialect({ database: file });
  const db = new Kysely<DatabaseSchema>({ dialect: kyselyDialect });
  return { db, dialect: 'sqlite', kyselyDialect, close: () => db.destroy() };
}
