// @ts-check
/**
 * 304 Not Modified for responses that carry their own ETag. Next answers conditional requests
 * for pages itself, but a route handler's response (a live blog's posts.json, which an open page
 * polls every 20 seconds) goes out in full every time. When the request's If-None-Match names
 * the response's ETag, the status becomes 304 and the body is dropped, so an unchanged live blog
 * costs a poll a few hundred bytes of headers (docs/decisions/029).
 */

/**
 * Whether an If-None-Match header value names `etag` (weak or strong; "*" matches any).
 * @param {string} header
 * @param {string} etag
 */
export function matchesEtag(header, etag) {
  const bare = (/** @type {string} */ tag) => tag.trim().replace(/^W\//, '');
  return header
    .split(',')
    .map(bare)
    .some((tag) => tag === '*' || tag === bare(etag));
}

/**
 * Wraps `res` so that a 200 answer whose ETag the request already has becomes an empty 304.
 * Install after the other wrappers (request-listener.js), so it sees the head first.
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 */
export function answerNotModified(req, res) {
  const header = req.headers['if-none-match'];
  if (typeof header !== 'string' || (req.method !== 'GET' && req.method !== 'HEAD')) return;
  const original = { writeHead: res.writeHead, write: res.write, end: res.end, flushHeaders: res.flushHeaders };
  /** @type {boolean | undefined} */
  let matched;
  const decide = () => {
    if (matched !== undefined) return matched;
    const etag = res.getHeader('etag');
    matched = res.statusCode === 200 && typeof etag === 'string' && matchesEtag(header, etag);
    Object.assign(res, original);
    if (matched) {
      res.statusCode = 304;
      for (const name of ['content-type', 'content-length', 'content-encoding']) res.removeHeader(name);
    }
    return matched;
  };
  /** @type {any} */
  const wrapped = res;
  wrapped.writeHead = function writeHead(/** @type {unknown[]} */ ...args) {
    if (typeof args[0] === 'number') res.statusCode = args[0];
    return decide() ? res.writeHead(304) : /** @type {any} */ (res.writeHead)(...args);
  };
  wrapped.flushHeaders = function flushHeaders() {
    decide();
    res.flushHeaders();
  };
  wrapped.write = function write(/** @type {unknown[]} */ ...args) {
    if (!decide()) return /** @type {any} */ (res.write)(...args);
    const done = args.find((arg) => typeof arg === 'function');
    if (typeof done === 'function') process.nextTick(done);
    return true;
  };
  wrapped.end = function end(/** @type {unknown[]} */ ...args) {
    if (!decide()) return /** @type {any} */ (res.end)(...args);
    const done = args.find((arg) => typeof arg === 'function');
    return res.end(typeof done === 'function' ? done : undefined);
  };
}
