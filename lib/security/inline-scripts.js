// @ts-check
/**
 * The inline scripts of an HTML document and their CSP hash sources (docs/decisions/019).
 * Shared by the production server, which hashes every HTML response it sends (server/), and by
 * scripts/pipeline/security-headers.ts, which hashes the static export's files. Plain JavaScript because
 * the server runs without a TypeScript loader; types are in inline-scripts.d.ts.
 */
import { createHash } from 'node:crypto';

/** Script types a browser executes; anything else (application/ld+json, application/json) is a data block. */
const EXECUTABLE_TYPES = new Set(['', 'text/javascript', 'application/javascript', 'module']);

// HTML's own whitespace, not JavaScript's \s: \s also takes U+00A0, which is both wrong for HTML
// and, in a document decoded as latin1 (inlineScriptHashesOfBytes), a UTF-8 continuation byte.
const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script[\t\n\f\r ]*>/gi;
const SRC = /(?:^|[\t\n\f\r ])src[\t\n\f\r ]*=/i;
const TYPE = /(?:^|[\t\n\f\r ])type[\t\n\f\r ]*=[\t\n\f\r ]*(?:"([^"]*)"|'([^']*)'|([^\t\n\f\r >]+))/i;

/**
 * The text of every inline script in an HTML document that a browser would run.
 * @param {string} html
 * @returns {string[]}
 */
export function executableInlineScripts(html) {
  /** @type {string[]} */
  const scripts = [];
  for (const [, attributes = '', text = ''] of html.matchAll(SCRIPT)) {
    if (SRC.test(attributes)) continue;
    const type = TYPE.exec(attributes);
    const value = (type?.[1] ?? type?.[2] ?? type?.[3] ?? '').trim().toLowerCase();
    if (!EXECUTABLE_TYPES.has(value)) continue;
    scripts.push(text);
  }
  return scripts;
}

/**
 * The CSP source for one inline script: sha256 of its UTF-8 bytes, after the line-ending
 * normalisation the HTML parser applies before the browser hashes it.
 * @param {string} text
 * @param {'utf8' | 'latin1'} [encoding] latin1 when `text` holds one character per byte of UTF-8
 * @returns {string}
 */
export function scriptHashSource(text, encoding = 'utf8') {
  const normalised = text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
  return `'sha256-${createHash('sha256').update(normalised, encoding).digest('base64')}'`;
}

/**
 * The distinct hash sources for a document's inline scripts, in order of first appearance.
 * @param {string} html
 * @returns {string[]}
 */
export function inlineScriptHashes(html) {
  return [...new Set(executableInlineScripts(html).map((text) => scriptHashSource(text)))];
}

/**
 * The same, from a UTF-8 document's bytes, for the server, which hashes every HTML response.
 * Decoded as latin1 (one character per byte): the markup searched for is ASCII, no byte of a
 * multi-byte UTF-8 character is ASCII, and each script's characters turn back into its exact
 * bytes for hashing. On a 95 KB article that is about 0.17 ms against 0.4 ms decoding UTF-8.
 * @param {Buffer} bytes
 * @returns {string[]}
 */
export function inlineScriptHashesOfBytes(bytes) {
  const html = bytes.toString('latin1');
  return [...new Set(executableInlineScripts(html).map((text) => scriptHashSource(text, 'latin1')))];
}
