/**
 * The route table of the running server, for proxy.ts: read from disk on first use and again
 * whenever `npm run publish` has replaced it (one stat per request; the file is renamed into
 * place, so it is read whole or not at all). Without a table (`next dev`, or a build whose
 * content step did not run) nothing is refused here and the routes decide as before.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { fileStamp, routesFile } from '../paths';
import { judge, lookupOf, type Verdict } from './guard';
import { canonicalFilePath } from './static-files';
import type { RouteTable } from './table';

let current: { stamp: string; lookup: ReturnType<typeof lookupOf> | null } | undefined;

function lookup(): ReturnType<typeof lookupOf> | null {
  const stamp = fileStamp(routesFile());
  if (current?.stamp !== stamp) {
    let table: RouteTable | null = null;
    try {
      table = JSON.parse(readFileSync(routesFile(), 'utf8')) as RouteTable;
    } catch {
      // Missing or unreadable: refuse nothing rather than everything.
    }
    current = { stamp, lookup: table && lookupOf(table) };
  }
  return current.lookup;
}

export function verdictFor(pathname: string): Verdict {
  const known = lookup();
  return known ? judge(known, pathname) : 'pass';
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
