/**
 * The live-post half of `npm run bench:desk-publish -- --live` (issue 23, Targets): a live blog is
 * saved into the desk's workspace and published, a reader's Chromium opens its page, and `count`
 * posts are sent through POST /api/desk/live/<year>/<slug>/posts a few seconds apart (at no fixed
 * phase of the page's 20 s poll). For each post it times:
 *
 *   publish   the API call until its 201 (the desk answers once the post's page answers 200)
 *   on page   the API call until the post is in the open page's DOM, put there by the page's own
 *             auto-update (components/live/LiveUpdates.client.tsx), with no reload
 *
 * Targets: publish ≤ 2 s at 20,000 stories; on page p95 ≤ 30 s (the poll interval included).
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { chromium } from '@playwright/test';

import { findBrowser, LAUNCH_ARGS } from '../../e2e/support/browser';

type Api = (method: string, pathname: string, body?: string) => Promise<{ status: number; body: unknown }>;

export interface LiveBenchOptions {
  api: Api;
  /** The reader server's origin. */
  site: string;
  /** The content folder the site is built from (for an author to name). */
  contentDir: string;
  /** The desk workspace's content folder. */
  workspaceContent: string;
  count: number;
  percentile: (values: number[], p: number) => number;
}

const iso = (instant: Date) => instant.toISOString().replace(/\.\d{3}Z$/, '+00:00');

export async function measureLivePosts({
  api,
  site,
  contentDir,
  workspaceContent,
  count,
  percentile,
}: LiveBenchOptions) {
  const author = readdirSync(path.join(contentDir, 'authors'))
    .find((name) => name.endsWith('.mdx'))
    ?.replace(/\.mdx$/, '');
  if (!author) throw new Error(`${contentDir}/authors has no author for the benchmark's live blog`);
  const year = String(new Date().getUTCFullYear());
  const slug = `bench-live-${Date.now()}`;
  const folder = path.join(workspaceContent, 'live', year, slug);
  mkdirSync(folder, { recursive: true });
  writeFileSync(
    path.join(folder, 'index.mdx'),
    `---
title: "Benchmark live: the harbour wall repairs"
dek: "Posts sent by the desk benchmark."
section: uk
authors: [${author}]
status: live
coverageStart: ${iso(new Date(Date.now() - 60 * 60 * 1000))}
---

The benchmark's live blog.
`,
  );
  const blog = await api('POST', `/api/desk/stories/${year}/${slug}/publish`);
  if (blog.status !== 200) throw new Error(`the benchmark's live blog was refused: ${JSON.stringify(blog.body)}`);

  const found = findBrowser();
  const browser = await chromium.launch({
    args: LAUNCH_ARGS,
    ...(found?.executablePath ? { executablePath: found.executablePath } : {}),
  });
  const publishTimes: number[] = [];
  const onPage: Promise<number | undefined>[] = [];
  let refused = 0;
  try {
    const reader = await browser.newPage();
    await reader.goto(`${site}/uk/${slug}`);
    for (let i = 0; i < count; i += 1) {
      const started = performance.now();
      const answer = await api(
        'POST',
        `/api/desk/live/${year}/${slug}/posts`,
        `Benchmark post ${i + 1}: the wall is ${i + 1} metres longer.\n`,
      );
      const took = performance.now() - started;
      if (answer.status !== 201) {
        refused += 1;
        console.error(`post ${i + 1}: ${answer.status} ${JSON.stringify(answer.body).slice(0, 400)}`);
        continue;
      }
      publishTimes.push(took);
      const anchor = new URL((answer.body as { url: string }).url).hash;
      onPage.push(
        reader
          .waitForSelector(anchor, { state: 'attached', timeout: 90_000 })
          .then(() => performance.now() - started)
          .catch(() => undefined),
      );
      // Posts a few seconds apart, at no fixed phase of the page's poll.
      await new Promise((resolve) => setTimeout(resolve, 3000 + Math.random() * 6000));
    }
    const seen = await Promise.all(onPage);
    const s = (ms: number) => (Number.isFinite(ms) ? `${(ms / 1000).toFixed(2)} s` : 'not seen');
    const visible = seen.map((ms) => ms ?? Infinity);
    console.log(`\nlive posts: ${count} sent, ${refused} not 201`);
    console.log('| live post | p50 | p95 | max |\n|---|---|---|---|');
    console.log(
      `| publish (API until 201) | ${s(percentile(publishTimes, 50))} | ${s(percentile(publishTimes, 95))} | ${s(Math.max(...publishTimes))} |`,
    );
    console.log(
      `| published → on the open page | ${s(percentile(visible, 50))} | ${s(percentile(visible, 95))} | ${s(Math.max(...visible))} |`,
    );
  } finally {
    await browser.close();
  }
}
