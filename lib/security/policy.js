// @ts-check
/**
 * The site's security headers: the one source of truth for next.config.js headers(), the
 * production server that adds each HTML response's script hashes (server/html-policy.js) and
 * the files written for the static export (scripts/pipeline/security-headers.ts: a _headers file and an
 * nginx snippet).
 *
 * Plain JavaScript because next.config.js imports it; its JSDoc types are checked by `npm run typecheck`.
 */

/**
 * Content-Security-Policy directives without the per-page script hashes. Why each one:
 * - script-src 'self': Next's chunks and Pagefind's bundle and worker are files of this origin;
 *   inline scripts run only when their sha256 hash is listed (added per response by `npm start`,
 *   per exported page for the static export);
 *   'wasm-unsafe-eval' lets Pagefind compile its WebAssembly and allows no JavaScript eval.
 *   It is on every page because any page can navigate to /search without a reload.
 * - style-src-attr 'unsafe-inline': next/image writes style="color:transparent"; attributes
 *   cannot run script. Style sheets (<style>, <link>) stay limited to this origin.
 * - frame-ancestors 'none': nobody may frame the site (clickjacking); X-Frame-Options repeats it
 *   for old browsers.
 */
export const CSP_DIRECTIVES = {
  'default-src': ["'self'"],
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  'style-src': ["'self'"],
  'style-src-attr': ["'unsafe-inline'"],
  'img-src': ["'self'"],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'worker-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
};

/**
 * @param {readonly string[]} scriptHashes sources such as 'sha256-…' for the page's inline scripts
 * @param {{ https?: boolean, frameOrigins?: readonly string[], inlineStyles?: boolean }} [options] https adds
 *   upgrade-insecure-requests; frameOrigins, the page's embeds (lib/security/embed-frames.js),
 *   adds frame-src for those origins only. Without it frames fall under default-src 'self'.
 *   inlineStyles allows <style> elements: only the newsroom editor's pages in an operator's
 *   DATELINE_EDITOR=1 build (Keystatic styles itself with CSS-in-JS; server/html-policy.js).
 * @returns {string}
 */
export function contentSecurityPolicy(scriptHashes, options = {}) {
  /** @type {Record<string, string[]>} */
  const directives = { ...CSP_DIRECTIVES, 'script-src': [...CSP_DIRECTIVES['script-src'], ...scriptHashes] };
  if (options.frameOrigins?.length) directives['frame-src'] = [...options.frameOrigins];
  if (options.inlineStyles) directives['style-src'] = [...CSP_DIRECTIVES['style-src'], "'unsafe-inline'"];
  const parts = Object.entries(directives).map(([name, sources]) => `${name} ${sources.join(' ')}`);
  // Over plain http (a local `npm start`) this would send every request to an https port that is not there.
  if (options.https) parts.push('upgrade-insecure-requests');
  return parts.join('; ');
}

/**
 * Headers every response carries, besides the Content-Security-Policy.
 * @param {{ https?: boolean }} [options] https adds Strict-Transport-Security, which browsers
 *   ignore over http and which would pin a real https deployment to https for two years.
 * @returns {{ key: string, value: string }[]}
 */
export function staticSecurityHeaders(options = {}) {
  const headers = [
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    {
      key: 'Permissions-Policy',
      value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), midi=(), browsing-topics=()',
    },
    { key: 'X-Frame-Options', value: 'DENY' },
    { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  ];
  if (options.https) headers.push({ key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' });
  return headers;
}

/**
 * Whether the deployment is served over https, from the same SITE_URL the build writes into
 * canonical URLs (lib/site.ts).
 * @param {string | undefined} siteUrl
 */
export function isHttps(siteUrl) {
  return (siteUrl ?? '').startsWith('https://');
}
