/**
 * `npm run bench:publish [-- --sizes 20000,100000 --seed 1 --project DIR --corpus DIR --named]`: how long
 * a story takes to reach readers with `npm run publish` on a large archive served by
 * `npm start` (issue 11, docs/decisions/023). For each size it builds a corpus in a scratch
 * copy of the project (or uses --project, already built from --corpus), starts the server, and
 * times from the start of `npm run publish` until, in turn:
 *
 *   story    the story's URL answers 200 with its headline
 *   fronts   it leads its section front and the home page's Latest list
 *   feeds    it is in the section feed and the news sitemap
 *   search   a search for a rare word in it finds it (in Chromium, on /search)
 *
 * for a new story, a correction (new headline and word) and an unpublish (404; gone from the
 * fronts, feeds and search), and the first and second request of stories outside the
 * prerendered window. Prints one table; not part of `npm test` (the targets are read off it).
 *
 * With --cluster (docs/decisions/025): two instances sharing a Redis, behind nginx with
 * docs/nginx/proxy-cache.conf; the publish names both (DATELINE_SERVERS) and every milestone is
 * read through nginx, as a reader behind the cache would see it.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

import { type Browser, chromium } from '@playwright/test';

import { findBrowser, LAUNCH_ARGS } from '../../e2e/support/browser';
import { spreadOfOldest } from '../../e2e/support/stored-content';
import { copyProject, projectRoot, runAsync } from '../../e2e/support/temp-project';
import { readEnv } from '../../lib/env';
import { startNginx, startRedis } from './cluster';
import { writeCorpus } from './corpus';
import { firstHeadlineLink, latestFirstLink, loadAverage, pageReader } from './reader-probe';

const SECRET = 'bench-publish-secret';
const PORT = readEnv('BENCH_PORT') ?? 3250;
let base = `http://127.0.0.1:${PORT}`;
let servers = base;

interface Row {
  size: number;
  action: string;
  exit: number;
  milestones: Record<string, number | undefined>;
}

const seconds = (ms: number | undefined) => (ms === undefined ? 'not seen' : `${(ms / 1000).toFixed(1)} s`);
const text = pageReader(() => base);

async function searchFinds(browser: Browser, word: string, url: string): Promise<boolean> {
  const page = await browser.newPage();
  try {
    await page.goto(`${base}/search?q=${encodeURIComponent(word)}`);
    await page
      .getByRole('status')
      .filter({ hasText: /found|No stories/ })
      .first()
      .waitFor({ timeout: 10_000 });
    return (await page.locator(`ol[aria-label="Search results"] a[href="${url}"]`).count()) > 0;
  } catch {
    return false;
  } finally {
    await page.close();
  }
}

/** Runs `npm run publish` and polls each milestone until it holds (or 60 s pass). */
async function timePublish(
  project: string,
  contentDir: string,
  checks: Record<string, () => Promise<boolean>>,
  file: string,
): Promise<{ exit: number; milestones: Record<string, number | undefined> }> {
  const started = performance.now();
  const milestones: Record<string, number | undefined> = {};
  const named = values.named ? ['--', path.relative(contentDir, file)] : [];
  const child = spawn('npm', ['run', '--silent', 'publish', ...named], {
    cwd: project,
    env: { ...process.env, CONTENT_DIR: contentDir, DATELINE_PUBLISH_SECRET: SECRET, DATELINE_SERVERS: servers },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const exited = new Promise<number>((resolve) => child.on('close', (code) => resolve(code ?? 1)));
  void exited.then(() => (milestones['publish exits'] = performance.now() - started));
  for (const [name, check] of Object.entries(checks)) {
    while (performance.now() - started < 60_000) {
      if (await check()) {
        milestones[name] = performance.now() - started;
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  return { exit: await exited, milestones };
}

function story(slug: string, title: string, word: string, extra = ''): string {
  return `---
title: "${title}"
dek: "A benchmark story about a harbour wall, published without a build."
date: ${new Date().toISOString().slice(0, 19)}+00:00
section: uk
byline: "Benchmark desk"
tags: ["Ports"]
${extra}---

The ${word} harbour wall was repaired overnight, the harbour master said on ${new Date().toDateString()}.
`;
}

async function startServer(
  project: string,
  contentDir: string,
  port = PORT,
  env: Record<string, string> = {},
): Promise<ChildProcess> {
  const child = spawn('npm', ['start', '--', '--port', String(port), '--hostname', '127.0.0.1'], {
    cwd: project,
    env: { ...process.env, CONTENT_DIR: contentDir, DATELINE_PUBLISH_SECRET: SECRET, ...env },
    stdio: 'ignore',
    detached: true,
  });
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/`)).status === 200) return child;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error('npm start did not answer within 120 s');
}

/** Two instances sharing a Redis, behind nginx; `base` becomes nginx, `servers` both instances. */
async function startCluster(project: string, contentDir: string): Promise<() => Promise<void>> {
  const redis = await startRedis(PORT + 3000);
  const ports = [PORT, PORT + 1] as const;
  const children: ChildProcess[] = [];
  for (const port of ports) children.push(await startServer(project, contentDir, port, { REDIS_URL: redis.url }));
  const nginx = await startNginx(PORT + 2, ports, path.join(project, '.next/server/app/index.html'));
  base = nginx.url;
  servers = ports.map((port) => `http://127.0.0.1:${port}`).join(',');
  return async () => {
    await nginx.stop();
    for (const child of children) if (child.pid) process.kill(-child.pid, 'SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await redis.stop();
  };
}

/** Stories spread over the archive's older half, none of them prerendered (read from the project's database). */
const outsideWindow = (project: string): Promise<string[]> => spreadOfOldest(project, 40);

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

async function timeRequests(urls: string[]): Promise<number[]> {
  const times: number[] = [];
  for (const url of urls) {
    const started = performance.now();
    const { status } = await text(url);
    if (status !== 200) throw new Error(`${url} answered ${status}`);
    times.push(performance.now() - started);
  }
  return times;
}

async function benchOne(size: number, project: string, contentDir: string, browser: Browser): Promise<Row[]> {
  const stopCluster = values.cluster ? await startCluster(project, contentDir) : undefined;
  const server = stopCluster ? undefined : await startServer(project, contentDir);
  const rows: Row[] = [];
  try {
    const slug = `bench-harbour-wall-${Date.now()}`;
    const url = `/uk/${slug}`;
    const file = path.join(contentDir, 'articles', String(new Date().getUTCFullYear()), `${slug}.mdx`);
    mkdirSync(path.dirname(file), { recursive: true });
    const shows = (title: string, word: string) => ({
      story: async () => {
        const page = await text(url);
        return page.status === 200 && page.body.includes(title);
      },
      fronts: async () =>
        firstHeadlineLink((await text('/uk')).body) === url && latestFirstLink((await text('/')).body) === url,
      feeds: async () =>
        (await text('/uk/feed.xml')).body.includes(url) && (await text('/news-sitemap.xml')).body.includes(url),
      search: () => searchFinds(browser, word, url),
    });

    console.log(`\n${size} stories: a new story (load ${loadAverage()})`);
    writeFileSync(file, story(slug, 'Harbour wall repaired overnight', 'quillacorbel'));
    rows.push({
      size,
      action: 'new story',
      ...(await timePublish(project, contentDir, shows('Harbour wall repaired overnight', 'quillacorbel'), file)),
    });

    console.log(`\n${size} stories: a correction (load ${loadAverage()})`);
    writeFileSync(file, story(slug, 'Harbour wall repaired before dawn', 'marravellin'));
    rows.push({
      size,
      action: 'correction',
      ...(await timePublish(project, contentDir, shows('Harbour wall repaired before dawn', 'marravellin'), file)),
    });

    console.log(`\n${size} stories: an unpublish (load ${loadAverage()})`);
    writeFileSync(file, story(slug, 'Harbour wall repaired before dawn', 'marravellin', 'draft: true\n'));
    rows.push({
      size,
      action: 'unpublish',
      ...(await timePublish(
        project,
        contentDir,
        {
          story: async () => (await text(url)).status === 404,
          fronts: async () => !(await text('/uk')).body.includes(url) && !(await text('/')).body.includes(url),
          feeds: async () =>
            !(await text('/uk/feed.xml')).body.includes(url) && !(await text('/news-sitemap.xml')).body.includes(url),
          search: async () => !(await searchFinds(browser, 'marravellin', url)),
        },
        file,
      )),
    });
    rmSync(file);

    const urls = await outsideWindow(project);
    const first = await timeRequests(urls);
    const second = await timeRequests(urls);
    console.log(
      `\n${size} stories, ${urls.length} stories outside the prerendered window: first request p50 ${percentile(first, 50).toFixed(0)} ms, p95 ${percentile(first, 95).toFixed(0)} ms; second p50 ${percentile(second, 50).toFixed(0)} ms, p95 ${percentile(second, 95).toFixed(0)} ms (load ${loadAverage()})`,
    );
    return rows;
  } finally {
    if (server?.pid) process.kill(-server.pid, 'SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await stopCluster?.();
  }
}

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '20000' },
    seed: { type: 'string', default: '1' },
    project: { type: 'string' },
    corpus: { type: 'string' },
    cluster: { type: 'boolean', default: false },
    /** `npm run publish -- <file>`: the story's file named, so the publish never lists the folder. */
    named: { type: 'boolean', default: false },
  },
});
const found = findBrowser();
const browser = await chromium.launch({ executablePath: found?.executablePath, args: LAUNCH_ARGS });
const rows: Row[] = [];
try {
  if (values.project) {
    if (!values.corpus) throw new Error('--project needs --corpus: the content folder the project was built from');
    const size = Number(values.sizes.split(',')[0]);
    rows.push(...(await benchOne(size, path.resolve(values.project), path.resolve(values.corpus), browser)));
  } else {
    const scratch = mkdtempSync(path.join(tmpdir(), 'dateline-bench-publish-'));
    for (const size of values.sizes.split(',').map(Number)) {
      const project = copyProject('dateline-bench-publish-project-');
      const corpus = path.join(scratch, `corpus-${size}`);
      writeCorpus(corpus, size, Number(values.seed), false, path.join(projectRoot, 'public'));
      console.log(`Building ${size} stories in ${project} (load ${loadAverage()})…`);
      const built = await runAsync('npm', ['run', 'build'], {
        cwd: project,
        env: { ...process.env, CONTENT_DIR: corpus, NEXT_TELEMETRY_DISABLED: '1' },
      });
      if (built.status !== 0) throw new Error(`build of ${size} stories failed:\n${built.stderr.slice(-3000)}`);
      rows.push(...(await benchOne(size, project, corpus, browser)));
      rmSync(project, { recursive: true, force: true });
    }
    rmSync(scratch, { recursive: true, force: true });
  }
} finally {
  await browser.close();
}

const names = ['publish exits', 'story', 'fronts', 'feeds', 'search'];
console.log(`\n| stories | change | exit | ${names.join(' | ')} |\n|${'---|'.repeat(names.length + 3)}`);
for (const row of rows) {
  console.log(
    `| ${row.size.toLocaleString('en-GB')} | ${row.action} | ${row.exit} | ${names.map((name) => seconds(row.milestones[name])).join(' | ')} |`,
  );
}
console.log(`\nload average at the end: ${loadAverage()}`);
