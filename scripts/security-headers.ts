/**
 * After `next build` (npm's postbuild): hashes every inline script of every prerendered page
 * and gives each page a Content-Security-Policy that allows exactly its own scripts
 * (docs/decisions/019).
 *
 *   tsx scripts/security-headers.ts                    # .next: patch the server's header maps
 *   tsx scripts/security-headers.ts --html out --into out   # a static export: write out/_headers
 *
 * For .next, the catch-all header rule next.config.js headers() wrote into
 * .next/routes-manifest.json gets the 404 page's policy (404s for unknown paths are served
 * from it), and every page's own policy goes to .next/dateline-csp.json, which proxy.ts reads.
 * Either way it writes .dateline/security/: _headers, nginx-csp-map.conf,
 * nginx-security-headers.conf and csp-by-path.json.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

import { headersFile, nginxHeaders, nginxMap, type PagePolicies } from '../lib/security/header-files';
import { inlineScriptHashes } from '../lib/security/inline-scripts';
import { contentSecurityPolicy, isHttps } from '../lib/security/policy.js';
import { patchNextBuild } from '../lib/security/routes-manifest';

const { values } = parseArgs({ options: { html: { type: 'string' }, into: { type: 'string' } } });
const root = process.cwd();
const nextDir = path.join(root, '.next');
const fromNext = !values.html;
const htmlDir = path.resolve(root, values.html ?? path.join('.next', 'server', 'app'));
const https = isHttps(process.env.SITE_URL);
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
  const policy = contentSecurityPolicy(inlineScriptHashes(readFileSync(path.join(htmlDir, file), 'utf8')), { https });
  const page = urlPath(file);
  if (page === undefined) fallback = policy;
  else byPath.set(page, policy);
}
if (!fallback) throw new Error(`no 404 page (_not-found.html or 404.html) in ${htmlDir}`);
const policies: PagePolicies = { fallback, byPath };

if (fromNext) patchNextBuild(nextDir, policies);
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
