// @ts-check
/**
 * Old addresses of an imported site (npm run import:wordpress) answered with a 301 to where the
 * story now lives. The table is content/.redirects/wordpress.json (CONTENT_DIR respected), written
 * by the importer and kept with the content, so builds and publishes never touch it; it is read
 * again whenever it changes (one stat per request). Only the exact paths in the table redirect:
 * WordPress's own query addresses (/?p=<id>, /?page_id=<id>) are matched on that one parameter;
 * any other address goes on to Next as before.
 *
 * Plain JavaScript, because `npm start` (server/request-listener.js) calls it before Next; the
 * static export's host files (scripts/pipeline/static-export) read the same table.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';

import { readEnv } from '../env.js';

/** The table of old addresses, inside the content folder. */
export const redirectTableFile = (contentDir = path.resolve(process.cwd(), readEnv('CONTENT_DIR'))) =>
  path.join(contentDir, '.redirects', 'wordpress.json');

/** @type {{ file: string, stamp: string, table: Map<string, string> } | undefined} */
let current;

/**
 * Old path → new path, as the importer wrote them; empty when there is no table.
 * @param {string} file
 * @returns {Map<string, string>}
 */
export function readRedirects(file) {
  const stat = statSync(file, { throwIfNoEntry: false });
  const stamp = stat ? `${stat.ino}:${stat.mtimeMs}:${stat.size}` : 'missing';
  if (current?.file === file && current.stamp === stamp) return current.table;
  /** @type {Map<string, string>} */
  let table = new Map();
  if (stat) {
    try {
      const data = /** @type {{ redirects?: Record<string, unknown> }} */ (JSON.parse(readFileSync(file, 'utf8')));
      table = new Map(
        Object.entries(data.redirects ?? {}).filter(
          /** @returns {entry is [string, string]} */
          (entry) => typeof entry[1] === 'string' && entry[1].startsWith('/') && !entry[1].startsWith('//'),
        ),
      );
    } catch {
      // A table being rewritten by hand: redirect nothing rather than fail every request.
    }
  }
  current = { file, stamp, table };
  return table;
}

/** WordPress's query addresses, the only ones whose query string matters. */
const QUERY_KEYS = ['p', 'page_id', 'feed'];
const ROOT_QUERY = '/?';

/**
 * Where an old address now lives, or undefined.
 * @param {string} requestUrl the request's path and query, as sent (req.url)
 * @param {Map<string, string>} table
 * @returns {string | undefined}
 */
export function newAddressOf(requestUrl, table) {
  if (table.size === 0) return undefined;
  const queryAt = requestUrl.indexOf('?');
  const pathname = queryAt === -1 ? requestUrl : requestUrl.slice(0, queryAt);
  if (pathname === '/' && queryAt !== -1) {
    const query = new URLSearchParams(requestUrl.slice(queryAt + 1));
    for (const key of QUERY_KEYS) {
      const value = query.get(key);
      // Old WordPress addresses, not the site's: the table names them as /?p=<id>.
      if (value !== null) return table.get(`${ROOT_QUERY}${key}=${value}`);
    }
    return undefined;
  }
  return table.get(pathname) ?? table.get(pathname.toLowerCase());
}

/**
 * Answers a GET or HEAD for an old address with a permanent redirect; true when it did.
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @returns {boolean}
 */
export function redirectOldAddress(req, res) {
  if ((req.method !== 'GET' && req.method !== 'HEAD') || !req.url) return false;
  const target = newAddressOf(req.url, readRedirects(redirectTableFile()));
  if (!target) return false;
  res.writeHead(301, { Location: target, 'Cache-Control': 'public, max-age=86400', 'Content-Length': '0' });
  res.end();
  return true;
}
