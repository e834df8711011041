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

import { readEnv } from '../env';
import type { DatabaseSchema } from './schema';

export type DialectName = 'sqlite' | 'postgres';

export interface DatabaseLocation {
  dialect: DialectName;
  /** The SQLite file, or the PostgreSQL connection string. */
  target: string;
}

export interface Database {
  db: Kysely<DatabaseSchema>;
  dialect: DialectName;
  /** The Kysely dialect itself, for libraries that take one (Better Auth). */
  kyselyDialect: SqliteDialect | PostgresDialect;
  close: () => Promise<void>;
}

/** The SQLite file used when DATABASE_URL is not set: `.dateline/dateline.sqlite` in the project root. */
export const defaultSqliteFile = (root = process.cwd()) => path.join(root, '.dateline', 'dateline.sqlite');

/**
 * Where the database is, from the environment: DATABASE_URL (postgres:// or postgresql://, or
 * file:<path> / a plain path for SQLite), else the default SQLite file.
 */
export function databaseLocation(
  env: Readonly<Record<string, string | undefined>> = process.env,
  root = process.cwd(),
): DatabaseLocation {
  const url = readEnv('DATABASE_URL', env)?.trim();
  if (!url) return { dialect: 'sqlite', target: defaultSqliteFile(root) };
  if (/^postgres(ql)?:\/\//i.test(url)) return { dialect: 'postgres', target: url };
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(url) && !url.startsWith('file:')) {
    throw new Error(
      `DATABASE_URL: "${url.split('://')[0]}://" is not a database Dateline speaks — use postgres://user:password@host:5432/name, or file:path/to/dateline.sqlite (or leave it unset for .dateline/dateline.sqlite)`,
    );
  }
  return { dialect: 'sqlite', target: path.resolve(root, url.replace(/^file:/, '')) };
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
