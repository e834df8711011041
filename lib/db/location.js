// @ts-check
/**
 * Where the database is, from the environment (docs/decisions/034): DATABASE_URL (postgres:// or
 * postgresql://, or file:<path> / a plain path for SQLite), else `.dateline/dateline.sqlite` in
 * the project root. Plain JavaScript so that server/ (node alone, no build step) finds the same
 * database as everything that opens it through ./connection.ts, which re-exports these.
 */
import path from 'node:path';

import { readEnv } from '../env.js';

/**
 * @typedef {'sqlite' | 'postgres'} DialectName
 * @typedef {object} DatabaseLocation
 * @property {DialectName} dialect
 * @property {string} target the SQLite file, or the PostgreSQL connection string
 */

/** The SQLite file used when DATABASE_URL is not set: `.dateline/dateline.sqlite` in the project root. */
export const defaultSqliteFile = (root = process.cwd()) =>
  // The ignore comments keep Next's file tracing from copying the project into a route's trace.
  path.join(/* turbopackIgnore: true */ root, '.dateline', 'dateline.sqlite');

/**
 * @param {Readonly<Record<string, string | undefined>>} [env]
 * @param {string} [root]
 * @returns {DatabaseLocation}
 */
export function databaseLocation(env = process.env, root = process.cwd()) {
  const url = readEnv('DATABASE_URL', env)?.trim();
  if (!url) return { dialect: 'sqlite', target: defaultSqliteFile(root) };
  if (/^postgres(ql)?:\/\//i.test(url)) return { dialect: 'postgres', target: url };
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(url) && !url.startsWith('file:')) {
    throw new Error(
      `DATABASE_URL: "${url.split('://')[0]}://" is not a database Dateline speaks — use postgres://user:password@host:5432/name, or file:path/to/dateline.sqlite (or leave it unset for .dateline/dateline.sqlite)`,
    );
  }
  return { dialect: 'sqlite', target: path.resolve(/* turbopackIgnore: true */ root, url.replace(/^file:/, '')) };
}

/**
 * The SQLite file, or the PostgreSQL address without its password: what messages and logs name.
 * @param {DatabaseLocation} location
 */
export function describeLocation(location) {
  if (location.dialect === 'sqlite') return location.target;
  return location.target.replace(/^(postgres(?:ql)?:\/\/[^:/@]*):[^@/]*@/i, '$1:***@');
}

/**
 * The PostgreSQL server and database an address names (host:port/name), for a log line that
 * must say which server went away and never carries the user or password.
 * @param {string} url
 */
export function postgresServerOf(url) {
  try {
    const parsed = new URL(url);
    // A socket folder given as ?host=/run/postgresql, or nothing: libpq's default, localhost.
    const host = parsed.host || parsed.searchParams.get('host') || 'localhost';
    return `${host}${parsed.pathname}`;
  } catch {
    return 'the PostgreSQL server (DATABASE_URL is not a URL this log can read)';
  }
}
