/**
 * What a reader's browser downloads to show one page, measured in a real Chromium so that chunks
 * loaded after the HTML (by the runtime, by prefetching) count too. Shared by the budget test
 * (e2e/budgets.spec.ts) and the script that measures the bare Next.js baseline, so both sides
 * of the comparison are measured the same way.
 *
 * Sizes are gzip level 9 of the response bodies, not the bytes on the wire: the server's own
 * compression setting then cannot move the numbers, and a build always measures the same.
 */
import { gzipSync } from 'node:zlib';

import type { Page } from '@playwright/test';

export interface PageWeight {
  /** Gzip bytes of every distinct script file the page loaded (same URL counted once). */
  scriptGzipBytes: number;
  scripts: { url: string; gzipBytes: number }[];
  /** Every URL the page requested, in order: the third-party check reads this. */
  requests: string[];
  /** Responses of 400 and above, as "status url" (a missing favicon is a console error). */
  failures: string[];
}

export const gzipBytes = (body: string | Buffer) => gzipSync(body, { level: 9 }).length;
export const kb = (bytes: number) => (bytes / 1024).toFixed(1);

/** Loads `url` in `page` and waits until the network is quiet (prefetches included). */
export async function measurePage(page: Page, url: string): Promise<PageWeight> {
  const requests: string[] = [];
  const failures: string[] = [];
  const pending: Promise<{ url: string; gzipBytes: number } | undefined>[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('response', (response) => {
    if (response.status() >= 400) failures.push(`${response.status()} ${response.url()}`);
    if (response.request().resourceType() !== 'script') return;
    pending.push(
      response.body().then(
        (body) => ({ url: response.url(), gzipBytes: gzipBytes(body) }),
        () => undefined,
      ),
    );
  });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForLoadState('networkidle');
  const byUrl = new Map<string, number>();
  for (const script of await Promise.all(pending)) if (script) byUrl.set(script.url, script.gzipBytes);
  const scripts = [...byUrl].map(([scriptUrl, size]) => ({ url: scriptUrl, gzipBytes: size }));
  return { scriptGzipBytes: scripts.reduce((sum, script) => sum + script.gzipBytes, 0), scripts, requests, failures };
}
