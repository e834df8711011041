// @ts-check
/**
 * What the production server does with each request, in order:
 * 1. TRACE is refused (refuse-trace.js); an old address of an imported site gets its 301
 *    (lib/redirects/old-addresses.js: the importer's table, before any page is looked up);
 * 2. compression: the `compression` middleware (the same package Next uses inside `next start`)
 *    negotiates br or gzip from Accept-Encoding for compressible types (HTML, JS, CSS, JSON,
 *    XML feeds, SVG, text, the web manifest, Next's RSC payloads) of 1 KB or more, and sets
 *    Vary and Content-Encoding and drops Content-Length. next.config.js sets `compress: false`,
 *    because Next's own compression would hand step 3 gzip bytes instead of HTML;
 * 3. pages, feeds and sitemaps get a Cache-Control that caches in front can honour without
 *    serving a correction late (cache-policy.js);
 * 4. every HTML response gets the policy of the bytes it sends (html-policy.js);
 * 5. a response with its own ETag that the request already has becomes an empty 304
 *    (not-modified.js: route handlers such as a live blog's posts.json; Next does pages itself);
 * 6. Next answers (proxy.ts, the routes, the headers of next.config.js).
 * Steps 2 to 5 wrap the response's write methods; each wraps the one before, so compression sees
 * the finished HTML and its final headers.
 */
// Typed by ./compression.d.ts.
import compression from 'compression';

import { redirectOldAddress } from '../lib/redirects/old-addresses.js';
import { withSharedCachePolicy } from './cache-policy.js';
import { sendWithPagePolicy } from './html-policy.js';
import { answerNotModified } from './not-modified.js';
import { refuseTrace } from './refuse-trace.js';

/** @typedef {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => unknown} Handler */

/**
 * @param {Handler} handle Next's request handler (app.getRequestHandler()), or a stand-in in tests
 * @param {{ https?: boolean, transform?: (html: Buffer) => Buffer }} options https adds upgrade-insecure-requests to the policy; transform rewrites HTML bodies (html-policy.js)
 * @returns {Handler}
 */
export function requestListener(handle, options) {
  const compress = compression();
  return (req, res) => {
    if (refuseTrace(req, res)) return;
    if (redirectOldAddress(req, res)) return;
    compress(req, res, () => undefined);
    withSharedCachePolicy(req, res);
    sendWithPagePolicy(req, res, options);
    answerNotModified(req, res);
    return handle(req, res);
  };
}
