// @ts-check
/**
 * Gives every HTML page a Content-Security-Policy that allows exactly the inline scripts of the
 * site's own shapes in the bytes it sends (docs/decisions/019; lib/security/inline-scripts.js
 * isSiteScript): any other inline script is refused by the browser. Files served as they are
 * (public/, build assets) keep next.config.js's base policy, which allows no inline script.
 *
 * Why here and not at build time: pages rendered or re-rendered while the server runs (ISR,
 * on-demand revalidation) carry inline scripts no build has seen (Next's RSC payload differs on
 * every render), and cached pages are shared between readers, so a nonce cannot be used either.
 *
 * How: the response's write methods are wrapped. Once the status and Content-Type are known,
 * - 304: the CSP header is removed; the browser keeps the policy of the copy it revalidated;
 * - HTML for HEAD: the policy without hashes (there is no body to hash);
 * - HTML with a body: the body is held until the end, hashed, given its policy and
 *   Content-Length, and sent in one piece. HTML is therefore no longer streamed;
 * - anything else: the original methods are put back and the response streams untouched.
 */
import { readEnv } from '../lib/env.js';
import { embedFrameOrigins } from '../lib/security/embed-frames.js';
import { inlineScriptHashesOfBytes } from '../lib/security/inline-scripts.js';
import { contentSecurityPolicy } from '../lib/security/policy.js';

const CSP = 'Content-Security-Policy';

/**
 * The folders Next serves as files (lib/route-manifest.ts FILE_FOLDERS and PUBLIC_ROOT_FILES; a
 * test checks they agree): an HTML file there is a file, not a page, and gets no hash.
 */
export const FILE_FOLDER = /^\/(?:_next|images|js)\/|^\/favicon\.ico(?:[?#]|$)/;
/** @param {string} url */
const isFileFolder = (url) => FILE_FOLDER.test(url);

/**
 * The policy for an HTML document's bytes: its inline scripts, and the frames of its embeds.
 * @param {Buffer} body
 * @param {{ https?: boolean, inlineStyles?: boolean }} options
 */
export function policyForHtml(body, options) {
  const frameOrigins = embedFrameOrigins(body.toString('latin1'));
  const hashes = inlineScriptHashesOfBytes(body, { anyScript: options.inlineStyles === true });
  return contentSecurityPolicy(hashes, { ...options, frameOrigins });
}

/**
 * What to do with a response, decided when its head is known.
 * @param {{ method?: string, url?: string, status: number, contentType: string }} head
 * @returns {'not-modified' | 'html-head' | 'html' | 'other'}
 */
export function classify({ method, url, status, contentType }) {
  if (status === 304) return 'not-modified';
  if (!/^\s*text\/html\b/i.test(contentType) || (url !== undefined && isFileFolder(url))) return 'other';
  return method === 'HEAD' ? 'html-head' : 'html';
}

/**
 * writeHead(status, [message], [headers]) applied to the response's own header list, the way
 * Node merges them, so that the head can be decided on (and sent) later.
 * @param {import('node:http').ServerResponse} res
 * @param {unknown[]} args
 */
function applyWriteHead(res, args) {
  const [status, second, third] = args;
  res.statusCode = Number(status);
  const headers = typeof second === 'string' ? third : second;
  if (typeof second === 'string') res.statusMessage = second;
  if (Array.isArray(headers)) {
    // A flat [name, value, name, value] list may repeat a name: replace, then append, as Node does.
    for (let i = 0; i < headers.length; i += 2) res.removeHeader(String(headers[i]));
    for (let i = 0; i < headers.length; i += 2) res.appendHeader(String(headers[i]), headers[i + 1]);
  } else if (headers && typeof headers === 'object') {
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  }
}

/**
 * @param {unknown} chunk
 * @param {unknown} encoding
 * @returns {Buffer}
 */
function toBuffer(chunk, encoding) {
  if (Buffer.isBuffer(chunk)) return chunk;
  if (chunk instanceof Uint8Array) return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  return Buffer.from(String(chunk), /** @type {BufferEncoding} */ (typeof encoding === 'string' ? encoding : 'utf8'));
}

/**
 * The newsroom editor's pages (/keystatic, only in a DATELINE_EDITOR=1 build, next.config.js):
 * Keystatic styles itself with <style> elements made in the browser, which need 'unsafe-inline'
 * in style-src; without it an operator's admin is unstyled. Reader pages keep style-src 'self'.
 * @param {string | undefined} url
 * @param {import('../lib/env.js').Env} [env]
 */
export const isEditorPage = (url, env = process.env) =>
  readEnv('DATELINE_EDITOR', env) && /^\/keystatic(?:[/?#]|$)/.test(url ?? '');

/**
 * Wraps `res` so that the response Next writes to it gets its page's policy. Call before handing
 * `res` to Next, after any compression middleware (which must see the final bytes and headers).
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {{ https?: boolean, transform?: (html: Buffer) => Buffer }} options https adds
 *   upgrade-insecure-requests (lib/security/policy.js); transform rewrites each HTML body before
 *   it is hashed and sent (server/start.js takes the Next.js runtime out of reader pages)
 */
export function sendWithPagePolicy(req, res, options) {
  const pageOptions = { ...options, inlineStyles: isEditorPage(req.url) };
  const original = { writeHead: res.writeHead, write: res.write, end: res.end, flushHeaders: res.flushHeaders };
  /** @type {Buffer[]} */
  const chunks = [];
  /** @type {ReturnType<typeof classify> | undefined} */
  let kind;

  const restore = () => Object.assign(res, original);

  /** Decides once, from the head as it stands; every path but buffered HTML gets the original methods back. */
  function decide() {
    if (kind) return kind;
    const contentType = String(res.getHeader('content-type') ?? '');
    kind = classify({ method: req.method, url: req.url, status: res.statusCode, contentType });
    if (kind === 'not-modified') res.removeHeader(CSP);
    if (kind === 'html-head') res.setHeader(CSP, contentSecurityPolicy([], pageOptions));
    if (kind !== 'html') restore();
    return kind;
  }

  /** @type {any} */
  const wrapped = res;
  wrapped.writeHead = function writeHead(/** @type {unknown[]} */ ...args) {
    applyWriteHead(res, args);
    if (decide() !== 'html') original.writeHead.call(res, res.statusCode);
    return res;
  };
  wrapped.flushHeaders = function flushHeaders() {
    // Next flushes the head before its first chunk; buffered HTML has no head to send yet.
    if (decide() !== 'html') original.flushHeaders.call(res);
  };
  wrapped.write = function write(
    /** @type {unknown} */ chunk,
    /** @type {unknown} */ encoding,
    /** @type {unknown} */ callback,
  ) {
    if (decide() !== 'html') return /** @type {any} */ (original.write).call(res, chunk, encoding, callback);
    chunks.push(toBuffer(chunk, encoding));
    const done = typeof encoding === 'function' ? encoding : callback;
    if (typeof done === 'function') process.nextTick(done);
    // Always "keep writing": the body is in memory, so there is no back-pressure to signal.
    return true;
  };
  wrapped.end = function end(
    /** @type {unknown} */ chunk,
    /** @type {unknown} */ encoding,
    /** @type {unknown} */ callback,
  ) {
    if (typeof chunk === 'function') [chunk, encoding, callback] = [undefined, undefined, chunk];
    if (typeof encoding === 'function') [encoding, callback] = [undefined, encoding];
    if (decide() !== 'html') return /** @type {any} */ (original.end).call(res, chunk, encoding, callback);
    if (chunk !== undefined && chunk !== null) chunks.push(toBuffer(chunk, encoding));
    const rendered = Buffer.concat(chunks);
    const body = options.transform ? options.transform(rendered) : rendered;
    chunks.length = 0;
    restore();
    res.setHeader(CSP, policyForHtml(body, pageOptions));
    res.setHeader('Content-Length', body.length);
    return /** @type {any} */ (original.end).call(res, body, callback);
  };
}
