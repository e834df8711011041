// @ts-check
/**
 * The Cache-Control that pages, feeds and sitemaps leave the server with, for the caches in front
 * of it (a CDN, or nginx as in docs/nginx/proxy-cache.conf).
 *
 * Next sends `s-maxage=300, stale-while-revalidate=31535700` for every page it may render again
 * (and `s-maxage=31536000` for pages it never renders again): a shared cache may then keep serving
 * a story for a year after a correction or an unpublish. Here every such answer gets instead:
 *   public, max-age=0, s-maxage=5, stale-while-revalidate=60, stale-if-error=86400
 * - a shared cache serves its copy for 5 s, then keeps serving it for at most a minute while it
 *   fetches a new one, so a published change is through it within seconds of `npm run publish`,
 *   while the server sees about one request per page every 5 s, however many readers there are;
 * - browsers check every time (max-age=0; the answer is a small 304 when nothing changed);
 * - when the server is down or failing, the cache may keep serving its copy for a day.
 * A 404 gets the same, unless the request carries cookies (a preview): without it a cache in front
 * kept serving an unpublished story's last copy, because it never replaces a copy with an answer it
 * may not store (measured with bench:publish --cluster: the 404 was not through nginx 60 s after the
 * unpublish). Every other answer Next marks (no-store on previews and the revalidation endpoint,
 * immutable assets under /_next/static) keeps its own.
 */

export const SHARED_FRESH_SECONDS = 5;
export const SHARED_STALE_SECONDS = 60;
export const STALE_IF_ERROR_SECONDS = 24 * 60 * 60;

export const SHARED_CACHE_CONTROL =
  `public, max-age=0, s-maxage=${SHARED_FRESH_SECONDS}, stale-while-revalidate=${SHARED_STALE_SECONDS}, ` +
  `stale-if-error=${STALE_IF_ERROR_SECONDS}`;

/** Next's own policies for what it renders and may render again. */
const NEXT_RENDER_POLICY = /^\s*s-maxage=\d+(\s*,\s*stale-while-revalidate=\d+)?\s*$/i;

/**
 * The Cache-Control to send instead of `value`.
 * @param {unknown} value
 * @param {{ status?: number, hasCookies?: boolean }} [response]
 */
export function sharedCacheControl(value, response = {}) {
  if (typeof value !== 'string') return value;
  if (NEXT_RENDER_POLICY.test(value)) return SHARED_CACHE_CONTROL;
  if (response.status === 404 && !response.hasCookies) return SHARED_CACHE_CONTROL;
  return value;
}

/**
 * Rewrites the response's Cache-Control as its head is sent. Install before any other wrapper of
 * `writeHead` that may send the head later (html-policy.js), so every path to the head passes here:
 * Node sends an implicit head through `this.writeHead` too.
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 */
export function withSharedCachePolicy(req, res) {
  const writeHead = res.writeHead;
  const hasCookies = Boolean(req.headers.cookie);
  /** @type {any} */ (res).writeHead = function writeHeadWithPolicy(/** @type {any[]} */ ...args) {
    const status = Number(args[0] ?? res.statusCode);
    const current = res.getHeader('cache-control');
    if (current !== undefined) {
      res.setHeader('Cache-Control', /** @type {string} */ (sharedCacheControl(current, { status, hasCookies })));
    }
    const headers = typeof args[1] === 'string' ? args[2] : args[1];
    if (headers && typeof headers === 'object' && !Array.isArray(headers)) {
      for (const name of Object.keys(headers)) {
        if (name.toLowerCase() === 'cache-control') {
          headers[name] = sharedCacheControl(headers[name], { status, hasCookies });
        }
      }
    }
    return /** @type {any} */ (writeHead).apply(res, args);
  };
}
