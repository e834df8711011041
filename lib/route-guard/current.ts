/**
 * What the running server's guard asks, for proxy.ts: the content store in the database
 * (./database-lookup.ts, docs/decisions/052), which the build and `npm run publish` fill. With a
 * database the build has not filled (a build whose content step did not run), nothing is
 * refused here and the routes decide as before.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { showsUnpublished } from '../content/published';
import type { Database } from '../db/connection';
import { processDatabase } from '../db/process-database';
import { databaseLookup } from './database-lookup';
import { judge, type RouteLookup, type Verdict } from './guard';
import { canonicalFilePath } from './static-files';

/** Each database's lookup (its per-version caches), and whether the build has filled its store yet. */
const lookups = new WeakMap<Database, { lookup: RouteLookup; filled: boolean }>();

/**
 * The content store in the process's database (lib/db/process-database.ts: DATABASE_URL, else
 * .dateline/dateline.sqlite, opened once per server process and shared with the routes). Until
 * the store has a version (nothing written yet) it refuses nothing; once it has one, it always
 * will have. proxy.ts runs on Node in Next 16, and `next build` leaves better-sqlite3 and pg
 * external (both are on Next's own serverExternalPackages list), so the proxy loads the drivers
 * from node_modules: tried with `npm start` on SQLite and PostgreSQL.
 */
async function databaseRoutes(): Promise<RouteLookup | null> {
  const database = await processDatabase();
  let known = lookups.get(database);
  if (!known) {
    const scope = showsUnpublished() ? 'everything' : 'published';
    known = { lookup: databaseLookup(database.db, scope), filled: false };
    lookups.set(database, known);
  }
  if (!known.filled) {
    const version = await database.db
      .selectFrom('content_state')
      .select('value')
      .where('name', '=', 'version')
      .executeTakeFirst();
    if (!version) return null;
    known.filled = true;
  }
  return known.lookup;
}

let reported: string | undefined;

export async function verdictFor(pathname: string): Promise<Verdict> {
  try {
    const known = await databaseRoutes();
    return known ? await judge(known, pathname) : 'pass';
  } catch (error) {
    // A database that is down or not migrated: the routes decide, as without a table; said once per cause.
    const message = (error as Error).message;
    if (message !== reported)
      console.error(`Route guard: refusing nothing, the content store cannot be read (${message})`);
    reported = message;
    return 'pass';
  }
}

let notFoundPage: string | null | undefined;

/** The prerendered 404 page, byte for byte what Next would send for an unknown address. */
export function notFoundHtml(): string | null {
  if (notFoundPage === undefined) {
    try {
      const file = path.join(/* turbopackIgnore: true */ process.cwd(), '.next', 'server', 'app', '_not-found.html');
      notFoundPage = readFileSync(file, 'utf8');
    } catch {
      notFoundPage = null;
    }
  }
  return notFoundPage;
}

/**
 * Whether a path under /images/, /js/, /pagefind/ or /favicon.ico names a file Next will serve:
 * one in public/ at build time, spelled as Next serves it (./static-files.ts), or one of Next's
 * build assets (/_next/static, left to Next).
 */
export function isPublicFile(pathname: string): boolean {
  const relative = canonicalFilePath(pathname);
  if (relative === null) return false;
  if (relative.startsWith('/_next/static/')) return true; // Next's build assets: Next checks those itself.
  const root = path.join(/* turbopackIgnore: true */ process.cwd(), 'public');
  const file = path.join(root, relative);
  return file.startsWith(`${root}${path.sep}`) && existsSync(file);
}
