/**
 * `npm run measure:view -- [baseUrl] [path…]`: every byte a reader's browser transfers for one
 * view of each page type (e2e/support/view-bytes.ts: navigation until the network is idle + 5 s,
 * headers and compressed bodies as sent), by type, on a 360 px phone (the `phone` profile of
 * the end-to-end tests). Start the server first (`npm start`, or `npm run serve:static` for
 * the export). The budget test (e2e/budgets.spec.ts) measures the same way.
 */
import { loadavg } from 'node:os';

import { chromium, devices } from '@playwright/test';

import { findBrowser, LAUNCH_ARGS } from '../../e2e/support/browser';
import { measureView, VIEW_HEADER, viewRow } from '../../e2e/support/view-bytes';
import { readEnv } from '../../lib/env';

const [baseUrl = 'http://127.0.0.1:3000', ...paths] = process.argv.slice(2);
const targets =
  paths.length > 0
    ? paths
    : ['/', '/world', '/world/moon-seeks-us-backing-korean-war-end', '/archive', '/world/page/2', '/search'];

const browser = await chromium.launch({ executablePath: findBrowser()?.executablePath, args: LAUNCH_ARGS });
console.log(
  `${baseUrl}, 360 px phone, load average ${loadavg()
    .map((value) => value.toFixed(1))
    .join(' ')}`,
);
console.log(VIEW_HEADER);
for (const path of targets) {
  // The screen matches the viewport, as on a real phone: the preload scanner sizes images by the screen.
  const context = await browser.newContext({
    ...devices['Pixel 5'],
    viewport: { width: 360, height: 780 },
    screen: { width: 360, height: 780 },
  });
  const view = await measureView(await context.newPage(), new URL(path, baseUrl).href);
  console.log(viewRow(path, view));
  if (readEnv('VIEW_DETAIL'))
    for (const transfer of view.transfers)
      console.log(
        `    ${transfer.kind.padEnd(9)} ${(transfer.bytes / 1024).toFixed(1).padStart(6)} KB ${transfer.encoding.padEnd(4)} ${transfer.url}`,
      );
  await context.close();
}
await browser.close();
