/**
 * The two ways code outside the desk gets at the database (docs/decisions/034), both from
 * DATABASE_URL as lib/db/location.js reads it, and both migrated first:
 *
 * - processDatabase(): for a process that lives long and asks often (the reader server's routes,
 *   its proxy): the one database ./holder.js keeps for the process, migrated once;
 * - withDatabase(work): for one piece of work in a command that then exits (a publish, a build
 *   step): opened, used and closed, so no idle PostgreSQL connection keeps the command alive.
 */
import { type Database, type DatabaseLocation, databaseLocation, openDatabase } from './connection';
import { heldDatabase, releaseHeldDatabase } from './holder';
import { migrate } from './migrate';

/**
 * The process's database, migrated. A migration that failed (a database that was down) is not
 * remembered: the next caller tries again.
 */
export async function processDatabase(): Promise<Database> {
  const held = heldDatabase();
  held.migrated ??= migrate(held.database).then(
    () => undefined,
    (error: unknown) => {
      held.migrated = undefined;
      throw error;
    },
  );
  await held.migrated;
  return held.database;
}

/** Where the process's database is, for messages (a PostgreSQL password left out). */
export const processDatabaseWhere = (): string => heldDatabase().where;

/** Closes the process's database (tests; a server closes with its process). */
export const closeProcessDatabases = (): Promise<void> => releaseHeldDatabase();

export async function withDatabase<T>(
  work: (database: Database) => Promise<T>,
  location: DatabaseLocation = databaseLocation(),
): Promise<T> {
  const database = openDatabase(location);
  try {
    await migrate(database);
    return await work(database);
  } finally {
    await database.close();
  }
}
