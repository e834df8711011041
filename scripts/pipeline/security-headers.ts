/**
 * After a static export (`npm run build:static`): hashes every inline script of every exported
 * page and gives each page a Content-Security-Policy that allows exactly its own scripts
 * (docs/decisions/019), for hosts that send headers from files.
 *
 *   tsx scripts/pipeline/security-headers.ts --html out --into out
 *
 * Writes .dateline/security/: _headers, nginx-csp-map.conf, nginx-security-headers.conf and
 * csp-by-path.json, and with --into appends the _headers rules to that folder's _headers.
 * `npm start` needs none of this: it computes each HTML response's policy from the bytes it
 * sends (server/html-policy.js).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

import { readEnv } from '../../lib/env';
import { embedFrameOrigins } from '../../lib/security/embed-frames.js';
import { headersFile, nginxHeaders, nginxMap, type PagePolicies } from '../../lib/security/header-files';
import { inlineScriptHashes } from '../../lib/security/inline-scripts.js';
import { contentSecurityPolicy, isHttps } from '../../lib/security/policy.js';

const { values } = parseArgs({ options: { html: { type: 'string' }, into: { type: 'string' } } });
const root = process.cwd();
if (!values.html)
  throw new Error('usage: tsx scripts/pipeline/security-headers.ts --html <exported site> [--into <folder>]');
const htmlDir = path.resolve(root, values.html);
const https = isHttps(readEnv('SITE_URL'));
const NOT_FOUND_FILES = new Set(['_not-found.html', '404.html']);

/** "uk/page/2.html" or "uk/page/2/index.html" → "/uk/page/2"; undefined for the 404 page. */
function urlPath(file: string): string | undefined {
  if (NOT_FOUND_FILES.has(file)) return undefined;
  const withoutExt = file.replace(/\.html$/, '').replace(/(^|\/)index$/, '');
  // Route groups such as "(browse)" are folders of the build, not parts of an address.
  const segments = withoutExt.split('/').filter((segment) => segment && !/^\(.*\)$/.test(segment));
  return `/${segments.join('/')}`;
}

if (!existsSync(htmlDir)) throw new Error(`${htmlDir} does not exist: build first`);
const files = readdirSync(htmlDir, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.html') && !file.startsWith('_global-error'))
  .map((file) => file.split(path.sep).join('/'))
  .sort();

let fallback: string | undefined;
const byPath = new Map<string, string>();
for (const file of files) {
  const html = readFileSync(path.join(htmlDir, file), 'utf8');
  const policy = contentSecurityPolicy(inlineScriptHashes(html), { https, frameOrigins: embedFrameOrigins(html) });
  const page = urlPath(file);
  if (page === undefined) fallback = policy;
  else byPath.set(page, policy);
}
if (!fallback) throw new Error(`no 404 page (_not-found.html or 404.html) in ${htmlDir}`);
const policies: PagePolicies = { fallback, byPath };

const outDir = path.join(root, '.dateline', 'security');
mkdirSync(outDir, { recursive: true });
const outputs: Record<string, string> = {
  _headers: headersFile(policies, { https }),
  'nginx-csp-map.conf': nginxMap(policies),
  'nginx-security-headers.conf': nginxHeaders({ https }),
  'csp-by-path.json': JSON.stringify({ fallback, byPath: Object.fromEntries(byPath) }, null, 1),
};
for (const [name, text] of Object.entries(outputs)) writeFileSync(path.join(outDir, name), text);
if (values.into) {
  // The static export already wrote the feeds' media types to _headers; the policies go after them.
  const target = path.join(path.resolve(root, values.into), '_headers');
  const before = existsSync(target) ? `${readFileSync(target, 'utf8').trimEnd()}\n\n` : '';
  writeFileSync(target, before + (outputs._headers as string));
}

const longest = Math.max(...[fallback, ...byPath.values()].map((policy) => policy.length));
console.log(
  `security headers: ${byPath.size} pages and the 404 page hashed from ${path.relative(root, htmlDir)}; longest policy ${longest} bytes; ` +
    `wrote ${path.relative(root, outDir)}/{${Object.keys(outputs).join(',')}}${values.into ? ` and ${values.into}/_headers` : ''}`,
);
