/**
 * The two ways code outside the desk gets at the database (docs/decisions/034), both from
 * DATABASE_URL as lib/db/connection.ts reads it, and both migrated first:
 *
 * - processDatabase(): for a process that lives long and asks often (the reader server's routes):
 *   opened on first use and kept, one per location, so a request costs a query and not a
 *   connection;
 * - withDatabase(work): for one piece of work in a command that then exits (a publish, a build
 *   step): opened, used and closed, so no idle PostgreSQL connection keeps the command alive.
 */
import { type Database, type DatabaseLocation, databaseLocation, openDatabase } from './connection';
import { migrate } from './migrate';

const opened = new Map<string, Promise<Database>>();

async function openMigrated(location: DatabaseLocation): Promise<Database> {
  const database = openDatabase(location);
  try {
    await migrate(database);
    return database;
  } catch (error) {
    await database.close();
    throw error;
  }
}

export function processDatabase(location: DatabaseLocation = databaseLocation()): Promise<Database> {
  const key = `${location.dialect} ${location.target}`;
  let database = opened.get(key);
  if (!database) {
    database = openMigrated(location);
    // A database that was down is tried again by the next request, not remembered as failed.
    database.catch(() => opened.delete(key));
    opened.set(key, database);
  }
  return database;
}

/** Closes what processDatabase opened (tests; a server closes with its process). */
export async function closeProcessDatabases(): Promise<void> {
  const all = [...opened.values()];
  opened.clear();
  await Promise.all(all.map(async (database) => (await database.catch(() => undefined))?.close()));
}

export async function withDatabase<T>(
  work: (database: Database) => Promise<T>,
  location: DatabaseLocation = databaseLocation(),
): Promise<T> {
  const database = await openMigrated(location);
  try {
    return await work(database);
  } finally {
    await database.close();
  }
}
