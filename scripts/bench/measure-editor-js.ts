/**
 * `npm run measure:editor -- [baseUrl]`: the JavaScript the newsroom editor (/keystatic)
 * makes a browser download, raw and gzip (level 9, as e2e/support/page-weight.ts), on the list of
 * stories and on the form of a new story (which loads the body editor). Start a server with the
 * admin first: `npm run dev`, or `DATELINE_EDITOR=1 npm run build` then `npm start` (the figure
 * that matters: minified, as a newsroom would run it). docs/decisions/031-keystatic-editor.md
 * quotes the numbers.
 */
import { chromium, type Locator, type Page } from '@playwright/test';

import { findBrowser, LAUNCH_ARGS } from '../../e2e/support/browser';
import { gzipBytes, kb } from '../../e2e/support/page-weight';

const [baseUrl = 'http://127.0.0.1:3000'] = process.argv.slice(2);
// Each page with what the admin shows once it has drawn it.
const targets = [
  { path: '/keystatic/collection/articles', ready: (page: Page) => page.getByText('Stories', { exact: true }).first() },
  { path: '/keystatic/collection/articles/create', ready: (page: Page) => page.getByLabel('Standfirst') },
];

/** Every distinct script the page loads until the admin shows `ready` and the network is quiet. */
async function scriptsOf(page: Page, url: string, ready: (page: Page) => Locator) {
  const pending: Promise<{ url: string; raw: number; gzip: number } | undefined>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() !== 'script' || response.status() >= 400) return;
    pending.push(
      response.body().then(
        (body) => ({ url: response.url(), raw: body.length, gzip: gzipBytes(body) }),
        () => undefined,
      ),
    );
  });
  await page.goto(url, { waitUntil: 'load' });
  await ready(page).waitFor({ timeout: 120_000 });
  await page.waitForLoadState('networkidle');
  const byUrl = new Map<string, { raw: number; gzip: number }>();
  for (const script of await Promise.all(pending)) if (script) byUrl.set(script.url, script);
  return [...byUrl.values()];
}

const browser = await chromium.launch({ executablePath: findBrowser()?.executablePath, args: LAUNCH_ARGS });
console.log(`JavaScript of the newsroom editor at ${baseUrl}`);
console.log('page'.padEnd(42), 'files'.padStart(5), 'raw KB'.padStart(9), 'gzip KB'.padStart(9));
for (const { path, ready } of targets) {
  const context = await browser.newContext();
  const scripts = await scriptsOf(await context.newPage(), new URL(path, baseUrl).href, ready);
  const raw = scripts.reduce((sum, script) => sum + script.raw, 0);
  const gzip = scripts.reduce((sum, script) => sum + script.gzip, 0);
  console.log(path.padEnd(42), String(scripts.length).padStart(5), kb(raw).padStart(9), kb(gzip).padStart(9));
  await context.close();
}
await browser.close();
