/**
 * `npm run bench:desk-publish [-- --size 20000 --seed 1 --project DIR --corpus DIR --count 10]`:
 * how long a Publish pressed in the desk takes to reach readers on a large archive served by
 * `npm start` (issue 21, Targets). It builds a corpus in a scratch copy of the project (or uses
 * --project, already built from --corpus; `--sample` uses the project's own content/), starts
 * the server, starts the desk's publishing service in this process (queue, workspace, the
 * pipeline in-process) and, through the desk API as an editor, times `count` publishes of new
 * stories, `count` corrections and `count` unpublishes, each from the API call until:
 *
 *   answer   the API answered (200 once the story's page answers 200, or 404 for an unpublish)
 *   listed   its section front and the home page list it first (or no longer list it)
 *
 * and prints p50/p95 of each and this process's memory (the desk's, at that archive size).
 * Not part of `npm test`; the targets (p50 ≤ 2 s, p95 ≤ 3 s) are read off its table.
 *
 * `--revisions` measures only what recording revisions (git commits) costs, on a repository of
 * --size stories, without a site (scripts/bench/revisions-cost.ts).
 * `--live` then times `count` live posts as well (./desk-live.ts).
 * `--preview` times only how long a preview link takes to open, p50/p95 (./desk-preview.ts): no
 * corpus and no server; --project, if given, is a built copy whose stylesheet the preview inlines.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

import { copyProject, projectRoot, runAsync } from '../../e2e/support/temp-project';
import { handleDeskApi } from '../../lib/desk/api/router';
import type { DeskUser } from '../../lib/desk/roles';
import { readEnv } from '../../lib/env';
import { sharedTypingWorkerPid, stopSharedTypingWorker } from '../../lib/publish/typing-worker';
import { writeCorpus } from './corpus';
import { measureLivePosts } from './desk-live';
import { firstHeadlineLink, latestFirstLink, loadAverage, pageReader } from './reader-probe';

const SECRET = 'bench-desk-publish-secret';
const PORT = readEnv('BENCH_PORT') ?? 4530;
const base = `http://127.0.0.1:${PORT}`;
const EDITOR: DeskUser = { id: 'bench-editor', email: 'bench@example.test', name: 'Bench Editor', role: 'editor' };

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: '20000' },
    seed: { type: 'string', default: '1' },
    count: { type: 'string', default: '10' },
    project: { type: 'string' },
    corpus: { type: 'string' },
    sample: { type: 'boolean', default: false },
    verbose: { type: 'boolean', default: false },
    /** Only what recording revisions costs (git commits on a repository of --size stories); no site. */
    revisions: { type: 'boolean', default: false },
    /** Also time live posts (./desk-live.ts): publish, and until an open page shows them. */
    live: { type: 'boolean', default: false },
    /** Only how long a preview link takes to open (./desk-preview.ts). */
    preview: { type: 'boolean', default: false },
  },
});

if (values.preview) {
  const { benchPreview } = await import('./desk-preview');
  await benchPreview({ ...(values.project ? { project: values.project } : {}), count: Number(values.count) });
  process.exit(0);
}

if (values.revisions) {
  const { benchRevisions } = await import('./revisions-cost');
  await benchRevisions({
    size: Number(values.size),
    sample: values.sample,
    count: Number(values.count),
    seed: Number(values.seed),
  });
  process.exit(0);
}

const page = pageReader(() => base);

// Each story a second newer than the last: two published within one second would share a date,
// and the slug order would then list the later one second on its front.
let lastSecond = 0;
function storyDate(): string {
  lastSecond = Math.max(Math.floor((Date.now() - 60_000) / 1000), lastSecond + 1);
  return new Date(lastSecond * 1000).toISOString().slice(0, 19);
}

function story(title: string, extra = ''): string {
  return `---
title: "${title}"
dek: "A benchmark story about a harbour wall, published from the desk."
date: ${storyDate()}+00:00
section: uk
byline: "Benchmark desk"
tags: ["Ports"]
${extra}---

The harbour wall was repaired overnight, the harbour master said on ${new Date().toDateString()}.
`;
}

async function api(method: string, pathname: string, body?: string): Promise<{ status: number; body: unknown }> {
  const response = await handleDeskApi(
    new Request(`http://127.0.0.1:3001${pathname}`, {
      method,
      ...(body === undefined ? {} : { body, headers: { 'Content-Type': 'text/markdown' } }),
    }),
    EDITOR,
  );
  return { status: response.status, body: await response.json() };
}

async function until(check: () => Promise<boolean>, started: number): Promise<number | undefined> {
  while (performance.now() - started < 60_000) {
    if (await check()) return performance.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return undefined;
}

interface Timing {
  answer: number;
  listed: number | undefined;
  status: number;
}

async function timed(slug: string, action: 'publish' | 'unpublish', listed: () => Promise<boolean>): Promise<Timing> {
  const started = performance.now();
  const answer = await api('POST', `/api/desk/stories/${new Date().getUTCFullYear()}/${slug}/${action}`);
  const answered = performance.now() - started;
  if (answer.status !== 200)
    console.error(`${action} ${slug}: ${answer.status} ${JSON.stringify(answer.body).slice(0, 400)}`);
  return { answer: answered, listed: await until(listed, started), status: answer.status };
}

/** A process's resident memory in MiB, from /proc (Linux; undefined elsewhere or when it is gone). */
function residentMiB(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const line = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return line ? Number(line[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

async function startServer(project: string, contentDir: string): Promise<ChildProcess> {
  const child = spawn('npm', ['start', '--', '--port', String(PORT), '--hostname', '127.0.0.1'], {
    cwd: project,
    env: { ...process.env, CONTENT_DIR: contentDir, DATELINE_PUBLISH_SECRET: SECRET },
    stdio: 'ignore',
    detached: true,
  });
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if ((await page('/')).status === 200) return child;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error('npm start did not answer within 120 s');
}

const scratch = mkdtempSync(path.join(tmpdir(), 'dateline-bench-desk-'));
let project = values.project ? path.resolve(values.project) : undefined;
let corpus = values.corpus ? path.resolve(values.corpus) : undefined;
const ownProject = project === undefined;
if (!project) {
  project = copyProject('dateline-bench-desk-project-');
  corpus = path.join(scratch, 'corpus');
  if (values.sample) cpSync(path.join(projectRoot, 'content'), corpus, { recursive: true });
  else writeCorpus(corpus, Number(values.size), Number(values.seed), false, path.join(projectRoot, 'public'));
  console.log(
    `Building ${values.sample ? 'the sample' : `${values.size} stories`} in ${project} (load ${loadAverage()})…`,
  );
  const built = await runAsync('npm', ['run', 'build'], {
    cwd: project,
    env: { ...process.env, CONTENT_DIR: corpus, NEXT_TELEMETRY_DISABLED: '1' },
  });
  if (built.status !== 0) throw new Error(`build failed:\n${built.stdout.slice(-3000)}\n${built.stderr.slice(-3000)}`);
}
if (!corpus) throw new Error('--project needs --corpus: the content folder the project was built from');

const server = await startServer(project, corpus);
// The desk runs in this process, in the project, as `npm run desk` would, with the project's own
// database: the content store its publishes change is the one the server reads (decision 052).
process.chdir(project);
Object.assign(process.env, {
  CONTENT_DIR: corpus,
  DATELINE_PUBLISH_SECRET: SECRET,
  DATELINE_SERVER: base,
  DESK_WORKSPACE: path.join(scratch, 'workspace'),
});
const { startPublishing } = await import('../../lib/desk/publishing/service');
const rows: { action: string; timings: Timing[] }[] = [];
const warming = performance.now();
const service = await startPublishing({
  log: values.verbose ? (line: string) => console.log(`[desk] ${line}`) : () => undefined,
});
try {
  // The desk is always on: its typing worker is warm long before anyone presses Publish.
  await service.warmed;
  console.log(`The desk's typing worker warmed up in ${((performance.now() - warming) / 1000).toFixed(2)} s.`);
  const count = Number(values.count);
  const slugs = Array.from({ length: count }, (_, i) => `bench-desk-harbour-${Date.now()}-${i}`);
  const year = new Date().getUTCFullYear();
  const publishes: Timing[] = [];
  const corrections: Timing[] = [];
  const unpublishes: Timing[] = [];
  for (const slug of slugs) {
    await api('PUT', `/api/desk/stories/${year}/${slug}`, story('Harbour wall repaired overnight'));
    const url = `/uk/${slug}`;
    publishes.push(
      await timed(
        slug,
        'publish',
        async () =>
          firstHeadlineLink((await page('/uk')).body) === url && latestFirstLink((await page('/')).body) === url,
      ),
    );
  }
  for (const slug of slugs) {
    await api('PUT', `/api/desk/stories/${year}/${slug}`, story('Harbour wall repaired before dawn'));
    corrections.push(
      await timed(slug, 'publish', async () => {
        const front = (await page('/uk')).body;
        return (
          front.includes(`/uk/${slug}`) &&
          front.includes('Harbour wall repaired before dawn') &&
          (await page(`/uk/${slug}`)).body.includes('repaired before dawn')
        );
      }),
    );
  }
  for (const slug of slugs) {
    unpublishes.push(
      await timed(
        slug,
        'unpublish',
        async () =>
          !(await page('/uk')).body.includes(`/uk/${slug}"`) && !(await page('/')).body.includes(`/uk/${slug}"`),
      ),
    );
  }
  rows.push(
    { action: 'publish', timings: publishes },
    { action: 'correction', timings: corrections },
    { action: 'unpublish', timings: unpublishes },
  );
  const stories = values.sample ? 'the sample' : `${Number(values.size).toLocaleString('en-GB')} stories`;
  console.log(`\n${stories}, ${count} of each, load at the end ${loadAverage()}`);
  console.log(
    '| change | answered p50 | answered p95 | listed p50 | listed p95 | not 200 |\n|---|---|---|---|---|---|',
  );
  for (const row of rows) {
    const answered = row.timings.map((timing) => timing.answer);
    const listed = row.timings.map((timing) => timing.listed ?? Infinity);
    const s = (ms: number) => (Number.isFinite(ms) ? `${(ms / 1000).toFixed(2)} s` : 'not seen');
    console.log(
      `| ${row.action} | ${s(percentile(answered, 50))} | ${s(percentile(answered, 95))} | ${s(percentile(listed, 50))} | ${s(percentile(listed, 95))} | ${row.timings.filter((timing) => timing.status !== 200).length} |`,
    );
  }
  const memory = process.memoryUsage();
  // The pipeline types changed stories with Contentlayer in a child process kept between
  // publishes (lib/publish/typing-worker.ts): the desk's memory is both processes.
  const workerRss = residentMiB(sharedTypingWorkerPid());
  const mib = (bytes: number) => (bytes / 2 ** 20).toFixed(0);
  console.log(
    `\nthe desk's memory at ${stories}: desk process rss ${mib(memory.rss)} MiB (heap used ${mib(memory.heapUsed)} MiB)` +
      `, typing worker rss ${workerRss === undefined ? 'not running' : `${workerRss.toFixed(0)} MiB`}` +
      `, together ${(memory.rss / 2 ** 20 + (workerRss ?? 0)).toFixed(0)} MiB`,
  );
  if (values.live) {
    const workspaceContent = path.join(scratch, 'workspace', 'content');
    await measureLivePosts({ api, site: base, contentDir: corpus, workspaceContent, count, percentile });
  }
} finally {
  await service.stop();
  // The typing worker is a child process kept between publishes: without this the script never exits.
  stopSharedTypingWorker();
  try {
    if (server.pid) process.kill(-server.pid, 'SIGTERM');
  } catch {
    // The server's group has gone already.
  }
  await new Promise((resolve) => setTimeout(resolve, 1000));
  process.chdir(projectRoot);
  if (ownProject) rmSync(project, { recursive: true, force: true });
  rmSync(scratch, { recursive: true, force: true });
}
