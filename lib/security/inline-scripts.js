// @ts-check
/**
 * The inline scripts of an HTML document and their CSP hash sources (docs/decisions/019).
 * Shared by the production server, which hashes every HTML response it sends (server/), and by
 * scripts/pipeline/security-headers.ts, which hashes the static export's files. Plain JavaScript because
 * the server runs without a TypeScript loader; its JSDoc types are checked by `npm run typecheck`.
 */
import { createHash } from 'node:crypto';

import { INLINE_SCRIPTS } from '../runtime/next-internals.js';
import { themeScript } from './theme-script.js';

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

// Next's own shapes, read in one place (lib/runtime/next-internals.js).
const {
  payloadStart: FLIGHT_START,
  payloadPush: FLIGHT_DATA,
  bootstrap: TURBOPACK_BOOTSTRAP,
  chunkPath: CHUNK,
} = INLINE_SCRIPTS;

/** `text` as JSON, or undefined when it is not JSON (then it is code, or not ours). @param {string} text */
function jsonOf(text) {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * Whether an inline script is one the site itself emits, recognised by its shape (issue 22):
 * - the theme script (./theme-script.js), byte for byte;
 * - Next's flight data: `(self.__next_f=self.__next_f||[]).push([0])`, then
 *   `self.__next_f.push(<JSON array of a number 1–3 and a string>)`. The payload is JSON, which
 *   runs no code whatever text a story puts in it; a `</script>` in it would end the script
 *   there, and what follows would be a script of no known shape;
 * - Turbopack's bootstrap: `(globalThis["TURBOPACK"] || …).push(<JSON of chunk paths and module ids>);`.
 * Anything else (a script an editor, an embed or a compromised dependency got into the HTML) is
 * not hashed, so the browser refuses to run it.
 * @param {string} text
 * @returns {boolean}
 */
export function isSiteScript(text) {
  if (text === themeScript || text === FLIGHT_START) return true;
  if (text.startsWith(FLIGHT_DATA) && text.endsWith(')')) {
    const data = jsonOf(text.slice(FLIGHT_DATA.length, -1));
    return Array.isArray(data) && data.length === 2 && [1, 2, 3].includes(data[0]) && typeof data[1] === 'string';
  }
  if (text.startsWith(TURBOPACK_BOOTSTRAP) && text.endsWith(');')) {
    const data = jsonOf(text.slice(TURBOPACK_BOOTSTRAP.length, -2));
    if (typeof data !== 'object' || data === null || Array.isArray(data)) return false;
    const { otherChunks = [], runtimeModuleIds = [], ...rest } = /** @type {Record<string, unknown>} */ (data);
    return (
      Object.keys(rest).length === 0 &&
      Array.isArray(otherChunks) &&
      otherChunks.every((chunk) => typeof chunk === 'string' && CHUNK.test(chunk)) &&
      Array.isArray(runtimeModuleIds) &&
      runtimeModuleIds.every((id) => Number.isInteger(id))
    );
  }
  return false;
}

/**
 * The distinct hash sources for a document's inline scripts of the site's own shapes
 * (isSiteScript), in order of first appearance.
 * @param {string} html
 * @returns {string[]}
 */
export function inlineScriptHashes(html) {
  return [
    ...new Set(
      executableInlineScripts(html)
        .filter(isSiteScript)
        .map((text) => scriptHashSource(text)),
    ),
  ];
}

/**
 * The same, from a UTF-8 document's bytes, for the server, which hashes every HTML response.
 * Decoded as latin1 (one character per byte): the markup searched for is ASCII, no byte of a
 * multi-byte UTF-8 character is ASCII, and each script's characters turn back into its exact
 * bytes for hashing. On a 95 KB article that is about 0.17 ms against 0.4 ms decoding UTF-8.
 * @param {Buffer} bytes
 * @param {{ anyScript?: boolean }} [options] anyScript: every inline script, for the newsroom
 *   editor's pages (an operator's DATELINE_EDITOR=1 build), whose scripts are Keystatic's own
 * @returns {string[]}
 */
export function inlineScriptHashesOfBytes(bytes, { anyScript = false } = {}) {
  const html = bytes.toString('latin1');
  // The theme script is ASCII, and JSON stays JSON read as latin1: the shapes are the same.
  const scripts = executableInlineScripts(html).filter((text) => anyScript || isSiteScript(text));
  return [...new Set(scripts.map((text) => scriptHashSource(text, 'latin1')))];
}
