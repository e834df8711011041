// @ts-check
/**
 * Files put under public/ after `npm start` started, served at once (docs/decisions/
 * 038-new-pictures-served-at-once.md): a picture placed under public/images (by an editor or the
 * desk) and then published is on the site, the original and every /_next/image size of it,
 * without a restart.
 *
 * Next (16.4) lists public/ once, when the server starts (setupFsCheck in
 * next/dist/server/lib/router-utils/filesystem.js), and answers 404 for any file not in that list,
 * remembering the miss. Its image optimizer fetches a local original through the same router
 * (fetchInternalImage → the server's routerServerHandler), so a new picture fails there too.
 *
 * So this module lists public/ itself just before Next does, and answers GET and HEAD for a file
 * that is under public/ now but was not then. It is hooked twice: in front of Next's request
 * handler (the original), and in front of the handler Next's image optimizer fetches originals
 * through (every size; Next still resizes, encodes and caches them). Files Next listed are left to
 * Next. A path is served only if it names a regular file inside public/ exactly as written: no
 * encoded slash or backslash, no dot segment or dot file, nothing normalisation would change, and
 * no symbolic link leading out.
 */
import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';

import { contentSecurityPolicy, staticSecurityHeaders } from '../lib/security/policy.js';

/** @typedef {import('node:http').IncomingMessage} Request */
/** @typedef {import('node:http').ServerResponse} Response */
/** @typedef {(req: Request, res: Response, ...rest: any[]) => unknown} Handler */

/** @type {Record<string, string>} */
const TYPES = {
  '.avif': 'image/avif',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.jpeg': 'image/jpeg',
  '.jpg': 'image/jpeg',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.webp': 'image/webp',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.pdf': 'application/pdf',
};

/**
 * @param {string} dir public/ (absolute)
 * @returns {Set<string>} its files as URL paths (/images/x.jpg), as Next lists them at start
 */
export function listPublicFiles(dir) {
  /** @type {Set<string>} */
  const files = new Set();
  try {
    for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
      if (statSync(path.join(dir, name)).isFile()) files.add(path.posix.join('/', ...name.split(path.sep)));
    }
  } catch (error) {
    if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'ENOENT') throw error;
  }
  return files;
}

/**
 * The file a request path names under public/, if it is one served here: added after the start,
 * a regular file, inside public/, and spelled plainly.
 * @param {string} dir public/ (absolute, real path)
 * @param {Set<string>} atStart what Next listed
 * @param {string | undefined} url the request's URL (path and query)
 * @returns {string | undefined} the file's absolute path
 */
export function newPublicFile(dir, atStart, url) {
  const pathname = (url ?? '').split('?')[0] ?? '';
  if (!pathname.startsWith('/') || pathname.startsWith('/_next/') || /%2f|%5c|\\|\0/i.test(pathname)) return undefined;
  let decoded;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  if (atStart.has(decoded) || decoded.split('/').some((part, i) => i > 0 && (part === '' || part.startsWith('.')))) {
    return undefined;
  }
  if (path.posix.normalize(decoded) !== decoded || !TYPES[path.extname(decoded).toLowerCase()]) return undefined;
  const file = path.join(dir, ...decoded.split('/'));
  try {
    const real = realpathSync(file);
    if (!real.startsWith(dir + path.sep) || !statSync(real).isFile()) return undefined;
    return real;
  } catch {
    return undefined;
  }
}

/**
 * @param {{ dir: string, https?: boolean }} options
 */
export function publicFiles(options) {
  const dir = realpathOr(options.dir);
  const atStart = listPublicFiles(dir);
  const headers = [
    ...staticSecurityHeaders({ https: options.https }),
    { key: 'Content-Security-Policy', value: contentSecurityPolicy([], { https: options.https }) },
  ];

  /**
   * Answers the request when it is for a new public file; false to leave it to Next.
   * @param {Request} req
   * @param {Response} res
   */
  function serve(req, res) {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    const file = newPublicFile(dir, atStart, req.url);
    if (!file) return false;
    let body;
    try {
      body = readFileSync(file);
    } catch {
      return false;
    }
    res.statusCode = 200;
    for (const { key, value } of headers) res.setHeader(key, value);
    res.setHeader('Content-Type', TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream');
    res.setHeader('Content-Length', String(body.length));
    // As Next sends public files: cached, but checked again each time.
    res.setHeader('Cache-Control', 'public, max-age=0');
    res.setHeader('Last-Modified', statSync(file).mtime.toUTCString());
    res.end(req.method === 'HEAD' ? undefined : body);
    return true;
  }

  return {
    /**
     * Next's request handler with new public files answered in front of it.
     * @template {Handler} T
     * @param {T} handle
     * @returns {T}
     */
    inFrontOf(handle) {
      return /** @type {T} */ ((req, res, ...rest) => (serve(req, res) ? undefined : handle(req, res, ...rest)));
    },
    /**
     * The same in front of the handler Next's image optimizer fetches local originals through.
     * Next keeps it on its server object as routerServerHandler (set from the router's
     * serverFields); without it (another Next version), originals are still served and the sizes
     * of new pictures wait for a restart, which the start-up log says.
     * @param {unknown} app what next() returned, prepared
     */
    async intoImageOptimizer(app) {
      const wrapper = /** @type {{ server?: { getServer?: () => Promise<{ routerServerHandler?: Handler }> } }} */ (
        app
      );
      const server = await wrapper.server?.getServer?.();
      const original = server?.routerServerHandler;
      if (!server || typeof original !== 'function') {
        console.error(
          'npm start: cannot reach the image optimizer of this Next.js version; new pictures get their /_next/image sizes after a restart',
        );
        return;
      }
      server.routerServerHandler = (req, res, ...rest) => (serve(req, res) ? undefined : original(req, res, ...rest));
    },
  };
}

/** @param {string} dir */
function realpathOr(dir) {
  try {
    return realpathSync(dir);
  } catch {
    return path.resolve(dir);
  }
}
