/**
 * The content store's database as request code reads it: one connection per process, opened on
 * the first question from lib/db/connection.ts's databaseLocation() (DATABASE_URL, else
 * .dateline/dateline.sqlite). Requests never migrate: the build creates and fills the tables, so
 * a missing table means it did not run, and the first query says so.
 */
import { type Database, type DatabaseLocation, databaseLocation, openDatabase } from '../../db/connection';

interface Held {
  database: Database;
  /** Where it is, for error messages (a PostgreSQL password left out). */
  where: string;
  /** Closed by resetContentDatabase() only when this module opened it. */
  opened: boolean;
  /** The one check that the build wrote the store, shared by the requests that wait for it. */
  checked?: Promise<void>;
}

// Kept on globalThis, not in a module variable: `next dev` evaluates a changed module again,
// and each evaluation would otherwise open a connection (a PostgreSQL pool) of its own.
const slot = Symbol.for('dateline.contentDatabase');
const holder = globalThis as { [slot]?: Held };

const forgetters = new Set<() => void>();

/** Registers what a module caches from the database (version, documents, bodies): forgotten when it changes. */
export function forgetOnReset(forget: () => void): void {
  forgetters.add(forget);
}

/** The SQLite file, or the PostgreSQL address without its password. */
export function describeLocation(location: DatabaseLocation): string {
  if (location.dialect === 'sqlite') return location.target;
  return location.target.replace(/^(postgres(?:ql)?:\/\/[^:/@]*):[^@/]*@/i, '$1:***@');
}

function storeMissing(error: unknown): boolean {
  const { code, message } = error as { code?: string; message?: string };
  // SQLite: "no such table: content_state"; PostgreSQL: undefined_table (42P01).
  return code === '42P01' || /no such table/i.test(message ?? '');
}

/** The error a request gets when the build has not written the content store to this database. */
export function notBuiltError(where: string, detail: string): Error {
  return new Error(`${where}: the content store is not in this database (${detail}) — run npm run build`);
}

async function checkBuilt(held: Held): Promise<void> {
  try {
    await held.database.db.selectFrom('content_state').select('name').limit(1).execute();
  } catch (error) {
    if (storeMissing(error)) throw notBuiltError(held.where, (error as Error).message);
    throw new Error(`${held.where}: cannot read the content store (${(error as Error).message})`, { cause: error });
  }
}

function held(): Held {
  if (!holder[slot]) {
    const location = databaseLocation();
    holder[slot] = { database: openDatabase(location), where: describeLocation(location), opened: true };
  }
  return holder[slot];
}

/**
 * The process's database, once the build is known to have written the store there. A failed
 * check is not kept: the next request checks again (the build may have run since).
 */
export async function contentDatabase(): Promise<Database> {
  const current = held();
  current.checked ??= checkBuilt(current).catch((error: unknown) => {
    if (holder[slot] === current) current.checked = undefined;
    throw error;
  });
  await current.checked;
  return current.database;
}

/** Where the process's database is, for messages. */
export const contentDatabaseWhere = (): string => held().where;

/**
 * Points the queries at `database` (a test's scratch database), forgetting every cache of the
 * one before. The caller keeps ownership: resetContentDatabase() does not close it.
 */
export async function useContentDatabase(
  database: Database,
  where = `a ${database.dialect} test database`,
): Promise<void> {
  await resetContentDatabase();
  holder[slot] = { database, where, opened: false };
}

/** Forgets the database and every cache taken from it; closes it if this module opened it. */
export async function resetContentDatabase(): Promise<void> {
  const current = holder[slot];
  holder[slot] = undefined;
  for (const forget of forgetters) forget();
  if (current?.opened) await current.database.close();
}
