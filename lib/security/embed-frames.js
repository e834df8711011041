// @ts-check
/**
 * The third-party frame origins a page may load: those of the embeds it carries. An embed's
 * placeholder (components/mdx/Embed.tsx) names its provider's origin in data-embed-origin, and
 * the page's Content-Security-Policy gets frame-src for exactly those origins; a page without
 * an embed allows no frame at all (docs/decisions/019). Shared by the production server, which
 * reads every HTML response it sends (server/html-policy.js), and by the static export's header
 * files (scripts/pipeline/security-headers.ts). The content check refuses the attribute in story bodies
 * (lib/validation/check-body.ts), so only the embed components write it.
 */

// Only an https origin without a path: scheme, host name, optional port.
const EMBED_ORIGIN = /[\t\n\f\r ]data-embed-origin="(https:\/\/[a-z0-9.-]+(?::\d{1,5})?)"/g;

/**
 * The distinct frame origins named by the document's embeds, in order of appearance.
 * @param {string} html a document, as text or as latin1-decoded bytes (the markup is ASCII)
 * @returns {string[]}
 */
export function embedFrameOrigins(html) {
  return [...new Set([...html.matchAll(EMBED_ORIGIN)].map((match) => /** @type {string} */ (match[1])))];
}
