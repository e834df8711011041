// @ts-check
/**
 * The inline scripts of an HTML document and their CSP hash sources (docs/decisions/019).
 * Shared by the production server, which hashes every HTML response it sends (server/), and by
 * scripts/security-headers.ts, which hashes the static export's files. Plain JavaScript because
 * the server runs without a TypeScript loader; types are in inline-scripts.d.ts.
 */
import { createHash } from 'node:crypto';

/** Script types a browser executes; anything else (application/ld+json, application/json) is a data block. */
const EXECUTABLE_TYPES = new Set(['', 'text/javascript', 'application/javascript', 'module']);

/**
 * The text of every inline script in an HTML document that a browser would run.
 * @param {string} html
 * @returns {string[]}
 */
export function executableInlineScripts(html) {
  /** @type {string[]} */
  const scripts = [];
  for (const [, attributes = '', text = ''] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    if (/(?:^|\s)src\s*=/i.test(attributes)) continue;
    const type = /(?:^|\s)type\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(attributes);
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
 * @returns {string}
 */
export function scriptHashSource(text) {
  const normalised = text.replace(/\r\n?/g, '\n');
  return `'sha256-${createHash('sha256').update(normalised, 'utf8').digest('base64')}'`;
}

/**
 * The distinct hash sources for a document's inline scripts, in order of first appearance.
 * @param {string} html
 * @returns {string[]}
 */
export function inlineScriptHashes(html) {
  return [...new Set(executableInlineScripts(html).map(scriptHashSource))];
}
