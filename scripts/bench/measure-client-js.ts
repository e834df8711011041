/**
 * `npm run measure:js -- [baseUrl] [path…]`: what a reader's browser downloads to run a page,
 * against the bare Next.js baseline (e2e/bare-baseline.json, `npm run measure:bare`). For each
 * path: gzipped JavaScript loaded in Chromium (runtime and prefetched chunks included), the
 * difference from the bare page, and the gzipped HTML (which carries the inline React Server
 * Components payload). Start the server first (`npm start`). The budget test
 * (e2e/budgets.spec.ts) measures the same way; this prints the numbers behind it.
 */
import { chromium } from '@playwright/test';

import { readBaseline } from '../../e2e/support/bare-baseline';
import { findBrowser, LAUNCH_ARGS } from '../../e2e/support/browser';
import { gzipBytes, kb, measurePage } from '../../e2e/support/page-weight';

const [baseUrl = 'http://127.0.0.1:3000', ...paths] = process.argv.slice(2);
const targets =
  paths.length > 0
    ? paths
    : [
        '/',
        '/world',
        '/tag/sao-paulo',
        '/author/grace-whitfield',
        '/archive',
        '/world/moon-seeks-us-backing-korean-war-end',
        '/search',
        '/about',
        '/no-such-page-on-this-site',
      ];
const bare = readBaseline().scriptGzipBytes;

const browser = await chromium.launch({ executablePath: findBrowser()?.executablePath, args: LAUNCH_ARGS });
console.log(`bare Next.js page: ${kb(bare)} KB gzip of JavaScript`);
console.log('page'.padEnd(48), 'JS gz KB', 'vs bare KB', 'files', 'HTML gz KB');
for (const path of targets) {
  const context = await browser.newContext();
  const url = new URL(path, baseUrl).href;
  const weight = await measurePage(await context.newPage(), url);
  const html = await (await fetch(url)).arrayBuffer();
  const extra = weight.scriptGzipBytes - bare;
  console.log(
    path.padEnd(48),
    kb(weight.scriptGzipBytes).padStart(8),
    `${extra >= 0 ? '+' : ''}${kb(extra)}`.padStart(10),
    String(weight.scripts.length).padStart(5),
    kb(gzipBytes(Buffer.from(html))).padStart(10),
  );
  await context.close();
}
await browser.close();
