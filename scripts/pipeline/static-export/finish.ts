/**
 * Turns what `next build` exported into a folder any static host serves as the whole site
 * (decision 018): redirect pages, image variants, host files, no placeholder left behind, and
 * reader pages without the Next.js runtime (lib/runtime/reader-runtime.js), as `npm start` sends them.
 */
import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

import { contentDir } from '../../../lib/paths';
import { readRedirects, redirectTableFile } from '../../../lib/redirects/old-addresses.js';
import { absoluteUrl } from '../../../lib/routes';
import { forReaders as withoutRuntimeWhereUnneeded } from '../../../lib/runtime/reader-runtime.js';
import { BASE_DIR, BASE_FOLDER } from '../../../lib/search/search-bundles';
import { headersFile, nginxRedirectMap, oldAddressRules, redirectsFile } from './host-files';
import { drawVariants, variantUrlsIn } from './images';
import { exportedRedirect, type Redirect, redirectPage } from './redirect-pages';

async function* htmlFiles(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(file);
    else if (entry.name.endsWith('.html')) yield file;
  }
}

/** The URL path a static host serves a file at: a.html and a/index.html are both /a. */
function urlPathOf(outDir: string, file: string): string {
  const rel = path.relative(outDir, file).split(path.sep).join('/');
  return `/${rel.replace(/(^|\/)index\.html$/, '').replace(/\.html$/, '')}`.replace(/(.)\/$/, '$1');
}

export async function finishExport({
  root,
  outDir,
  clientModules,
}: {
  root: string;
  outDir: string;
  /** From the export build's client-reference manifests (loadClientModules). */
  clientModules: Map<string, Set<string>>;
}) {
  const redirects: Redirect[] = [];
  const variants = new Set<string>();
  for await (const file of htmlFiles(outDir)) {
    const html = await readFile(file, 'utf8');
    const redirect = exportedRedirect(html);
    if (redirect) {
      redirects.push({ from: urlPathOf(outDir, file), ...redirect });
      await writeFile(file, redirectPage(redirect.to, absoluteUrl));
      continue;
    }
    for (const url of variantUrlsIn(html)) variants.add(url);
    const forReaders = withoutRuntimeWhereUnneeded(html, clientModules);
    if (forReaders !== html) await writeFile(file, forReaders);
  }

  // Next's own copy of the 404 page, reachable as /_not-found with a 200; 404.html is the real one.
  await rm(path.join(outDir, '_not-found.html'), { force: true });
  // While the site fits one sitemap, /sitemaps/<n>.xml only holds the placeholder that
  // app/sitemaps/[part] had to export; the server answers 404 there, and so must the host.
  const sitemap = await readFile(path.join(outDir, 'sitemap.xml'), 'utf8');
  if (!sitemap.includes('<sitemapindex')) await rm(path.join(outDir, 'sitemaps'), { recursive: true, force: true });

  // The base search index lives outside public/ (docs/decisions/056), so Next's export did not copy it.
  await cp(path.join(root, BASE_DIR), path.join(outDir, BASE_FOLDER), { recursive: true });
  // A static host has no publish delta; the search page reads this `null` pointer as "none"
  // (app/pagefind-delta, which the export skips as dynamic, answers the same on the server).
  await mkdir(path.join(outDir, 'pagefind-delta'), { recursive: true });
  await writeFile(path.join(outDir, 'pagefind-delta', 'current.json'), 'null');
  // An imported site's old addresses, as `npm start` answers them (lib/redirects/old-addresses.js).
  const oldAddresses = readRedirects(redirectTableFile(contentDir()));
  await writeFile(path.join(outDir, '_redirects'), redirectsFile(redirects) + oldAddressRules(oldAddresses));
  await writeFile(path.join(outDir, '_redirects.map'), nginxRedirectMap(oldAddresses));
  await writeFile(path.join(outDir, '_headers'), headersFile());
  const images = await drawVariants(variants, {
    publicDir: path.join(root, 'public'),
    outDir,
    cacheDir: path.join(root, 'node_modules', '.cache', 'dateline-static-images'),
  });
  return { redirects: redirects.length, images };
}
