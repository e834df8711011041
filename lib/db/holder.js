// @ts-check
/**
 * The database a long-lived process shares (the reader server: lib/content, the route guard,
 * the search delta's route, server/'s picture lookup): opened once, on the first question, at
 * the location DATABASE_URL names (./location.js), and kept until the process ends, so a
 * request costs a query and not a connection (on PostgreSQL, one pool for the whole process).
 *
 * Kept on globalThis, not in a module variable: `npm start` loads this file twice, once as
 * server/ imports it and once inside Next's bundle of the routes and the proxy, and `next dev`
 * evaluates a changed module again; each copy would otherwise open a database (a pool) of its own.
 *
 * Plain JavaScript so that server/ (node alone) shares it. It does not migrate: the migrations
 * are TypeScript, run once per process by ./process-database.ts for the code that needs the
 * schema; the picture lookup, which alone may come first, reads a missing table as "no pictures".
 */
import { databaseLocation, describeLocation } from './location.js';
import { openDatabase } from './open-database.js';

/**
 * @typedef {object} Held
 * @property {import('./open-database.js').Database} database
 * @property {string} key the dialect and target it was opened at, to tell another location from it
 * @property {string} where where it is, for messages (a PostgreSQL password left out)
 * @property {boolean} owned closed by releaseHeldDatabase() only when this module opened it
 * @property {Promise<void>} [migrated] the process's one migration (./process-database.ts)
 */

const slot = Symbol.for('dateline.processDatabase');
const holder = /** @type {{ [slot]?: Held }} */ (globalThis);

/** @param {import('./location.js').DatabaseLocation} location */
const keyOf = (location) => `${location.dialect} ${location.target}`;

/**
 * The process's database: the one held, else opened at `location` (DATABASE_URL by default).
 * Asking for another location than the one held is a mistake in the caller, said at once.
 * @param {import('./location.js').DatabaseLocation} [location]
 * @returns {Held}
 */
export function heldDatabase(location) {
  const current = holder[slot];
  if (current) {
    if (location && keyOf(location) !== current.key) {
      throw new Error(
        `lib/db/holder.js: this process already holds ${current.where}; release it before opening ${describeLocation(location)}`,
      );
    }
    return current;
  }
  const at = location ?? databaseLocation();
  const opened = { database: openDatabase(at), key: keyOf(at), where: describeLocation(at), owned: true };
  holder[slot] = opened;
  return opened;
}

/** Whether a database is held (the picture lookup opens none where no SQLite file exists yet). */
export const holdsDatabase = () => holder[slot] !== undefined;

/**
 * Makes `database` the process's (a test's scratch database, already migrated by the test). The
 * caller keeps ownership: releaseHeldDatabase() does not close it.
 * @param {import('./open-database.js').Database} database
 * @param {string} where
 */
export async function lendDatabase(database, where) {
  await releaseHeldDatabase();
  holder[slot] = { database, key: `lent ${where}`, where, owned: false, migrated: Promise.resolve() };
}

/** Forgets the held database, closing it if this module opened it (tests; a server at shutdown). */
export async function releaseHeldDatabase() {
  const current = holder[slot];
  holder[slot] = undefined;
  if (current?.owned) await current.database.close();
}
