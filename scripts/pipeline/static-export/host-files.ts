/**
 * Files that static hosts read from the export's root. `_redirects` (Netlify, Cloudflare Pages)
 * turns the meta-refresh pages of redirect-pages.ts into real permanent redirects where the
 * host supports them. Other host files (the security work's `_headers`) belong beside it:
 * add a writer here rather than a second walk of out/.
 */
import { FEEDS } from '../../../lib/route-manifest';
import type { Redirect } from './redirect-pages';

/**
 * Feeds as `next start` types them. A host types files by extension, so without these rules
 * feeds arrive as application/xml and application/json, which readers still accept.
 */
const FEED_TYPES: [name: string, type: string][] = Object.entries(FEEDS).map(([name, { contentType }]) => [
  name,
  contentType,
]);

/** `_headers` (Netlify, Cloudflare Pages): the feeds' media types, for the site and each section. */
export function headersFile(): string {
  return FEED_TYPES.flatMap(([name, type]) =>
    [`/${name}`, `/*/${name}`].map((path) => `${path}\n  Content-Type: ${type}\n`),
  ).join('');
}

/**
 * One rule per redirect would be 10,000 lines on a big archive (Cloudflare Pages stops at
 * 2,000), so redirects of the shape `<list>/page/1 → <list>` become one placeholder rule per
 * path depth; any other redirect is listed as it is.
 */
export function redirectsFile(redirects: Redirect[]): string {
  const rules = new Set<string>();
  for (const { from, to, permanent } of [...redirects].sort((a, b) => a.from.localeCompare(b.from))) {
    const status = permanent ? 301 : 302;
    if (from === `${to}/page/1` && to.startsWith('/') && to.length > 1) {
      const depth = to.split('/').length - 1;
      const list = Array.from({ length: depth }, (_, i) => `/:p${i + 1}`).join('');
      rules.add(`${list}/page/1 ${list} ${status}`);
    } else {
      rules.add(`${from} ${to} ${status}`);
    }
  }
  return [...rules].map((rule) => `${rule}\n`).join('');
}

/**
 * An imported site's old addresses (content/.redirects/wordpress.json, lib/redirects) as
 * `_redirects` rules. WordPress's query addresses (/?p=<id>) are left to the nginx map: the
 * hosts that read `_redirects` do not agree on a syntax for matching a query string.
 */
export function oldAddressRules(table: ReadonlyMap<string, string>): string {
  return [...table]
    .filter(([from]) => !from.includes('?'))
    .map(([from, to]) => `${from} ${to} 301\n`)
    .join('');
}

/**
 * The same table as the body of an nginx `map $request_uri $dateline_moved { … }`
 * (docs/nginx/static-export.conf): exact addresses, query addresses included.
 */
export function nginxRedirectMap(table: ReadonlyMap<string, string>): string {
  const quote = (text: string) => `"${text.replace(/["\\]/g, (character) => `\\${character}`)}"`;
  return [...table].map(([from, to]) => `${quote(from)} ${quote(to)};\n`).join('');
}
