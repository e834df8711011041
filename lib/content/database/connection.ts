/**
 * The content store's database as request code reads it: the process's one database
 * (lib/db/holder.js, migrated once by lib/db/process-database.ts), opened on the first question
 * from DATABASE_URL, else .dateline/dateline.sqlite. The build fills the store; until it has
 * (no version in content_state), every question says to run it.
 */
import { type Database, isMissingTable } from '../../db/connection';
import { lendDatabase, releaseHeldDatabase } from '../../db/holder';
import { processDatabase, processDatabaseWhere } from '../../db/process-database';

export { describeLocation } from '../../db/connection';

const forgetters = new Set<() => void>();

/** Registers what a module caches from the database (version, documents, bodies): forgotten when it changes. */
export function forgetOnReset(forget: () => void): void {
  forgetters.add(forget);
}

/** The error a request gets when the build has not written the content store to this database. */
export function notBuiltError(where: string, detail: string): Error {
  return new Error(`${where}: the content store is not in this database (${detail}) — run npm run build`);
}

const cannotRead = (where: string, error: unknown) =>
  new Error(`${where}: cannot read the content store (${(error as Error).message})`, { cause: error });

async function checkBuilt(database: Database, where: string): Promise<void> {
  let version: unknown;
  try {
    version = await database.db
      .selectFrom('content_state')
      .select('name')
      .where('name', '=', 'version')
      .executeTakeFirst();
  } catch (error) {
    // A lent database the migrations never reached.
    if (isMissingTable(error)) throw notBuiltError(where, (error as Error).message);
    throw cannotRead(where, error);
  }
  if (!version) throw notBuiltError(where, 'content_state has no version');
}

// One check per database that the build wrote the store, shared by the requests that wait for
// it; a failed check is not kept (the build may run while the server is up).
const checks = new WeakMap<Database, Promise<void>>();

/** The process's database, once the build is known to have written the store there. */
export async function contentDatabase(): Promise<Database> {
  let database: Database;
  try {
    database = await processDatabase();
  } catch (error) {
    throw cannotRead(processDatabaseWhere(), error);
  }
  let checked = checks.get(database);
  if (!checked) {
    checked = checkBuilt(database, processDatabaseWhere()).catch((error: unknown) => {
      checks.delete(database);
      throw error;
    });
    checks.set(database, checked);
  }
  await checked;
  return database;
}

/** Where the process's database is, for messages. */
export const contentDatabaseWhere = processDatabaseWhere;

/**
 * Points the process's queries at `database` (a test's scratch database, migrated by the test),
 * forgetting every cache of the one before. The caller keeps ownership: resetContentDatabase()
 * does not close it.
 */
export async function useContentDatabase(
  database: Database,
  where = `a ${database.dialect} test database`,
): Promise<void> {
  await resetContentDatabase();
  await lendDatabase(database, where);
}

/** Forgets the process's database and every cache taken from it; closes it if the holder opened it. */
export async function resetContentDatabase(): Promise<void> {
  for (const forget of forgetters) forget();
  await releaseHeldDatabase();
}
