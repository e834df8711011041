/** Names the database for a person reading a log or an error: never with a password. */
import path from 'node:path';

import type { DatabaseLocation } from '../../db/connection';

export function describeDatabase(location: DatabaseLocation, root = process.cwd()): string {
  if (location.dialect === 'sqlite') return `SQLite ${path.relative(root, location.target) || location.target}`;
  try {
    const url = new URL(location.target);
    return `PostgreSQL ${url.hostname}${url.port ? `:${url.port}` : ''}${url.pathname}`;
  } catch {
    return 'PostgreSQL (DATABASE_URL)';
  }
}
