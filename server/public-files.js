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
 *
 * A picture that is on neither list nor this host's disk is looked for, under the same rules, among
 * the pictures publishes stored in the database (./stored-pictures.js,
 * docs/decisions/053-pictures-and-search-in-the-database.md): on several hosts sharing only the
 * database, a picture put on the publishing host reaches every instance, original and sizes.
 * Served with a strong ETag (the bytes' SHA-256), and cached for a year as immutable only when
 * its address carries that hash (crane.3f9a1c2b.jpg): any other address may get new bytes from a
 * later publish, so it is checked again each time, as public files are.
 */
import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';

import { contentSecurityPolicy, staticSecurityHeaders } from '../lib/security/policy.js';
import { matchesEtag } from './not-modified.js';

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
 * The picture types the database holds (lib/publish/pictures.ts PICTURE_TYPES; a test checks they
 * agree): only these are looked up there.
 */
export const STORED_PICTURE_TYPES = ['.avif', '.gif', '.jpeg', '.jpg', '.png', '.svg', '.webp'];

/** As public files are served: cached, but checked again each time. */
const PUBLIC_FILE_CACHE = 'public, max-age=0';
/** An address that names its bytes' hash never gets other bytes. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * Whether an address carries a prefix (8 hex digits or more) of its bytes' SHA-256 at the end of
 * its name, after a dot, hyphen or underscore: /images/crane.3f9a1c2b.jpg.
 * @param {string} address
 * @param {string} sha256 hex
 */
export function isContentHashed(address, sha256) {
  const name = path.posix.basename(address, path.posix.extname(address));
  const hash = /[._-]([0-9a-f]{8,64})$/i.exec(name)?.[1]?.toLowerCase();
  return hash !== undefined && sha256.toLowerCase().startsWith(hash);
}

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
 * The address a request names, decoded, if it is one served here: spelled plainly (no encoded
 * slash or backslash, no empty, dot or dot-file segment, nothing normalisation would change), of
 * a known type, and not a file Next listed at start.
 * @param {Set<string>} atStart what Next listed
 * @param {string | undefined} url the request's URL (path and query)
 * @returns {string | undefined}
 */
export function plainAddress(atStart, url) {
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
  return decoded;
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
  return fileOnDisk(dir, plainAddress(atStart, url));
}

/**
 * @param {string} dir public/ (absolute, real path)
 * @param {string | undefined} address a plain address (plainAddress)
 * @returns {string | undefined} the regular file inside public/ it names, no symbolic link leading out
 */
function fileOnDisk(dir, address) {
  if (address === undefined) return undefined;
  const file = path.join(dir, ...address.split('/'));
  try {
    const real = realpathSync(file);
    if (!real.startsWith(dir + path.sep) || !statSync(real).isFile()) return undefined;
    return real;
  } catch {
    return undefined;
  }
}

/**
 * @param {{ dir: string, https?: boolean, pictures?: import('./stored-pictures.js').PictureStore }} options
 *   pictures: the pictures publishes stored in the database, for those this host's disk lacks
 */
export function publicFiles(options) {
  const dir = realpathOr(options.dir);
  const atStart = listPublicFiles(dir);
  const headers = [
    ...staticSecurityHeaders({ https: options.https }),
    { key: 'Content-Security-Policy', value: contentSecurityPolicy([], { https: options.https }) },
  ];

  /**
   * @param {Response} res
   * @param {string} type
   * @param {number} length
   */
  function head(res, type, length) {
    res.statusCode = 200;
    for (const { key, value } of headers) res.setHeader(key, value);
    res.setHeader('Content-Type', type);
    res.setHeader('Content-Length', String(length));
  }

  /**
   * A new file on this host's disk.
   * @param {Request} req
   * @param {Response} res
   * @param {string} file
   */
  function sendFile(req, res, file) {
    let body;
    try {
      body = readFileSync(file);
    } catch {
      return false;
    }
    head(res, TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream', body.length);
    // As Next sends public files: cached, but checked again each time.
    res.setHeader('Cache-Control', PUBLIC_FILE_CACHE);
    res.setHeader('Last-Modified', statSync(file).mtime.toUTCString());
    res.end(req.method === 'HEAD' ? undefined : body);
    return true;
  }

  /**
   * A picture from the database.
   * @param {Request} req
   * @param {Response} res
   * @param {import('./stored-pictures.js').StoredPicture} picture
   */
  function sendStored(req, res, picture) {
    const etag = `"${picture.sha256}"`;
    head(res, picture.contentType, picture.bytes.length);
    res.setHeader('ETag', etag);
    res.setHeader('Cache-Control', isContentHashed(picture.path, picture.sha256) ? IMMUTABLE : PUBLIC_FILE_CACHE);
    res.setHeader('Last-Modified', new Date(picture.addedAt).toUTCString());
    const known = req.headers['if-none-match'];
    if (typeof known === 'string' && matchesEtag(known, etag)) {
      res.statusCode = 304;
      for (const name of ['Content-Type', 'Content-Length']) res.removeHeader(name);
      res.end();
      return;
    }
    res.end(req.method === 'HEAD' ? undefined : picture.bytes);
  }

  /**
   * Answers the request when it is for a new public file or a stored picture; false to leave it
   * to Next.
   * @param {Request} req
   * @param {Response} res
   * @returns {Promise<boolean>}
   */
  async function serve(req, res) {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    const address = plainAddress(atStart, req.url);
    if (address === undefined) return false;
    const file = fileOnDisk(dir, address);
    if (file) return sendFile(req, res, file);
    if (!options.pictures || !STORED_PICTURE_TYPES.includes(path.posix.extname(address).toLowerCase())) return false;
    let picture;
    try {
      picture = await options.pictures.find(address);
    } catch (error) {
      // Not a 404 a cache in front would keep: the picture may well exist once the database answers.
      console.error(`npm start: cannot read ${address} from the database: ${/** @type {Error} */ (error).message}`);
      res.statusCode = 503;
      for (const { key, value } of headers) res.setHeader(key, value);
      res.setHeader('Cache-Control', 'no-store');
      res.setHeader('Retry-After', '5');
      res.setHeader('Content-Type', 'text/plain; charset=utf-8');
      res.end('The picture store is not answering; try again shortly.');
      return true;
    }
    if (!picture) return false;
    sendStored(req, res, picture);
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
      return /** @type {T} */ (
        async (req, res, ...rest) => ((await serve(req, res)) ? undefined : handle(req, res, ...rest))
      );
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
      server.routerServerHandler = async (req, res, ...rest) =>
        (await serve(req, res)) ? undefined : original(req, res, ...rest);
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
