// @ts-check
/**
 * Opens the one database Dateline keeps (docs/decisions/034): an embedded SQLite file by default,
 * PostgreSQL when DATABASE_URL says so. Plain JavaScript so that server/ (node alone, no build
 * step) opens it the same way as everything that imports ./connection.ts, which re-exports it
 * with its types.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';

import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';

import { databaseLocation, postgresServerOf } from './location.js';

/**
 * @typedef {object} Database
 * @property {Kysely<import('./schema').DatabaseSchema>} db
 * @property {import('./location.js').DialectName} dialect
 * @property {SqliteDialect | PostgresDialect} kyselyDialect the Kysely dialect itself, for libraries that take one (Better Auth)
 * @property {() => Promise<void>} close
 */

/**
 * A pool whose idle connection breaks (the server restarted, an operator ended the session) says
 * so in one line and carries on: pg drops that connection and the next query opens another.
 * Without a listener the 'error' event would throw and end the process.
 * @param {string} url
 */
function postgresPool(url) {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  const server = postgresServerOf(url);
  pool.on('error', (error) =>
    console.error(`database: lost an idle connection to ${server} (${error.message}); the next query connects again`),
  );
  return pool;
}

/**
 * Whether a query failed on a table the migrations have not created (yet) in this database.
 * SQLite: "no such table: …"; PostgreSQL: undefined_table (42P01).
 * @param {unknown} error
 */
export function isMissingTable(error) {
  const { code, message } = /** @type {{ code?: string, message?: string }} */ (error);
  return code === '42P01' || /no such table/i.test(message ?? '');
}

/**
 * @param {import('./location.js').DatabaseLocation} [location]
 * @returns {Database}
 */
export function openDatabase(location = databaseLocation()) {
  if (location.dialect === 'postgres') {
    const kyselyDialect = new PostgresDialect({ pool: postgresPool(location.target) });
    /** @type {Kysely<import('./schema').DatabaseSchema>} */
    const db = new Kysely({ dialect: kyselyDialect });
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
  /** @type {Kysely<import('./schema').DatabaseSchema>} */
  const db = new Kysely({ dialect: kyselyDialect });
  return { db, dialect: 'sqlite', kyselyDialect, close: () => db.destroy() };
}
