/**
 * `npm run bench:serve` (after `npm run build`): starts the production server on 127.0.0.1 and
 *   (a) sends every odd request of e2e/support/odd-requests.ts, failing on any 5xx, stack trace
 *       or file-system path in an answer;
 *   (b) holds a load on the home front, a section front and an article (autocannon, 64
 *       connections, 60 s), failing on any error or non-2xx answer, and prints requests per
 *       second, p50 and p99 latency and the server's resident memory before and after.
 * With --shared (docs/decisions/025-shared-cache-in-redis.md), also:
 *   (c) the same load split across two instances sharing a Redis of their own, beside (b);
 *   (d) the first request of archived stories on instance B after instance A rendered them
 *       (x-nextjs-cache HIT expected), and Redis's keys and memory afterwards.
 * With --behind-nginx (implies --shared), also:
 *   (e) the load through nginx with docs/nginx/proxy-cache.conf in front of both instances, beside
 *       nginx serving the article's prerendered HTML file from disk.
 * Loopback only; bounded by the request count in (a) and the duration of each load.
 *
 *   (b) then runs the same load over --archive N stories from the archive's older half (rendered on
 *       demand, so the server reads the content store while it holds the connections): the memory a
 *       server needs under load does not depend on three cached pages.
 *
 *   npm run bench:serve -- [--port 3193] [--duration 60] [--connections 64] [--archive 500] [--skip-odd] [--skip-load] [--shared] [--behind-nginx]
 */
import { existsSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

import autocannon from 'autocannon';

import { oddRequests, problemWith } from '../../e2e/support/odd-requests';
import { sendRaw } from '../../e2e/support/raw-http';
import { newestStory, spreadOfOldest, storedStoryCount } from '../../e2e/support/stored-content';
import { startNginx, startRedis } from './cluster';
import { residentMb, startServer } from './server';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '3193' },
    duration: { type: 'string', default: '60' },
    connections: { type: 'string', default: '64' },
    'skip-load': { type: 'boolean', default: false },
    /** Straight to the load: the odd requests include the sitemaps, whose memory is not the load's. */
    'skip-odd': { type: 'boolean', default: false },
    shared: { type: 'boolean', default: false },
    'behind-nginx': { type: 'boolean', default: false },
    archive: { type: 'string', default: '500' },
  },
});
const shared = values.shared || values['behind-nginx'];
const port = Number(values.port);
// The newest story of the build being served (the sample site's, or a corpus built with CONTENT_DIR).
const newest = await newestStory(process.cwd());
if (!newest) throw new Error('the content store in the database lists no stories: build the site first');
const article = newest;

async function oddRequestCheck(): Promise<string[]> {
  const list = oddRequests(article);
  const failures: string[] = [];
  const statuses = new Map<number, number>();
  let next = 0;
  const started = Date.now();
  // Eight at a time: enough to finish quickly, few enough not to look like the load test.
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      while (next < list.length) {
        const request = list[next++];
        if (request === undefined) break;
        try {
          const response = await sendRaw(port, request);
          statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
          const problem = problemWith(response, process.cwd(), request);
          if (problem) failures.push(`${request.method} ${request.path.slice(0, 120)} (${request.label}): ${problem}`);
        } catch (error) {
          failures.push(
            `${request.method} ${request.path.slice(0, 120)} (${request.label}): ${(error as Error).message}`,
          );
        }
      }
    }),
  );
  const byStatus = [...statuses]
    .sort(([a], [b]) => a - b)
    .map(([status, count]) => `${status}×${count}`)
    .join(', ');
  console.log(
    `\n(a) ${list.length} odd requests in ${((Date.now() - started) / 1000).toFixed(1)} s: ${byStatus}; ${failures.length} failures`,
  );
  for (const failure of failures.slice(0, 50)) console.log(`  FAIL ${failure}`);
  return failures;
}

const PAGES = ['/', '/world', article];
const TABLE_HEAD =
  '| setup | pages | connections | duration | requests | req/s | p50 | p99 | errors + non-2xx | server RSS before | after |\n' +
  '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |';

interface LoadResult {
  requests: number;
  perSecond: number;
  p50: number;
  p99: number;
  failures: number;
}

/** `connections` connections for `duration` seconds against one base URL, cycling through `paths`. */
async function loadOne(url: string, paths: string[], connections: number): Promise<LoadResult> {
  const result = await autocannon({
    url,
    connections,
    duration: Number(values.duration),
    requests: paths.map((path) => ({ method: 'GET', path })),
  });
  return {
    requests: result.requests.total,
    perSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    failures: result.errors + result.timeouts + result.non2xx,
  };
}

/**
 * The load split evenly across `urls`, run at once; throughput adds up, and the slower side's
 * p50 and p99 stand for the whole (autocannon reports percentiles per run, not raw latencies).
 */
async function load(setup: string, urls: string[], pids: number[], paths = PAGES): Promise<boolean> {
  const before = pids.reduce((sum, pid) => sum + residentMb(pid), 0);
  const each = Math.max(1, Math.floor(Number(values.connections) / urls.length));
  const results = await Promise.all(urls.map((url) => loadOne(url, paths, each)));
  const after = pids.reduce((sum, pid) => sum + residentMb(pid), 0);
  const failures = results.reduce((sum, result) => sum + result.failures, 0);
  const row = [
    setup,
    paths.length > 3 ? `${paths.length} pages` : paths.join(' · '),
    String(each * urls.length),
    `${values.duration} s`,
    String(results.reduce((sum, result) => sum + result.requests, 0)),
    results.reduce((sum, result) => sum + result.perSecond, 0).toFixed(0),
    `${Math.max(...results.map((result) => result.p50))} ms`,
    `${Math.max(...results.map((result) => result.p99))} ms`,
    String(failures),
    pids.length ? `${before.toFixed(0)} MB` : '–',
    pids.length ? `${after.toFixed(0)} MB` : '–',
  ];
  console.log(`| ${row.join(' | ')} |`);
  return failures === 0;
}

const loadNow = () =>
  loadavg()
    .map((n) => n.toFixed(2))
    .join(' ');

/** Stories outside the prerendered window: the oldest, spread over the archive's older half. */
const archived = (count: number): Promise<string[]> => spreadOfOldest(process.cwd(), count);

const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.ceil((p / 100) * values.length) - 1)] ?? NaN;

/** (d): each archived story rendered on A, then asked of B. */
async function secondInstanceCheck(a: string, b: string): Promise<boolean> {
  const urls = await archived(40);
  const timesA: number[] = [];
  const timesB: number[] = [];
  const cacheB = new Map<string, number>();
  for (const url of urls) {
    let started = performance.now();
    await (await fetch(`${a}${url}`)).text();
    timesA.push(performance.now() - started);
    started = performance.now();
    const onB = await fetch(`${b}${url}`);
    await onB.text();
    timesB.push(performance.now() - started);
    const state = onB.headers.get('x-nextjs-cache') ?? 'none';
    cacheB.set(state, (cacheB.get(state) ?? 0) + 1);
  }
  const hits = cacheB.get('HIT') ?? 0;
  console.log(
    `\n(d) ${urls.length} archived stories: first request on A p50 ${percentile(timesA, 50).toFixed(0)} ms, ` +
      `p95 ${percentile(timesA, 95).toFixed(0)} ms; then on B p50 ${percentile(timesB, 50).toFixed(0)} ms, ` +
      `p95 ${percentile(timesB, 95).toFixed(0)} ms; B's x-nextjs-cache: ${[...cacheB].map(([k, v]) => `${k}×${v}`).join(', ')}`,
  );
  return hits === urls.length;
}

console.log(`${cpus().length} cores, load average before ${loadNow()}`);
const server = await startServer(port);
const serverPid = server.child.pid;
if (serverPid === undefined) throw new Error('the server process did not start');
let ok = false;
try {
  const failures = values['skip-odd'] ? [] : await oddRequestCheck();
  let loadOk = true;
  if (!values['skip-load']) {
    console.log(`\n(b) one instance, its own cache on disk (load average ${loadNow()})`);
    console.log(TABLE_HEAD);
    loadOk = await load('one instance', [`http://127.0.0.1:${port}`], [serverPid]);
    const count = Number(values.archive);
    if (count > 0) {
      const stories = await archived(count);
      loadOk = (await load('one instance, archive', [`http://127.0.0.1:${port}`], [serverPid], stories)) && loadOk;
    }
  }
  ok = failures.length === 0 && loadOk;
} finally {
  await server.stop();
}
if (shared) ok = (await sharedRuns()) && ok;

/** (c), (d) and (e): two instances on port+1 and port+2 sharing a Redis on port+3000. */
async function sharedRuns(): Promise<boolean> {
  const redis = await startRedis(port + 3000);
  const ports = [port + 1, port + 2] as const;
  const instances = [];
  let passed = true;
  try {
    for (const instancePort of ports)
      instances.push(await startServer(instancePort, { ...process.env, REDIS_URL: redis.url }));
    const [a, b] = ports.map((instancePort) => `http://127.0.0.1:${instancePort}`) as [string, string];
    const urls = [a, b];
    const pids = instances.map((instance) => instance.child.pid ?? 0);
    passed = (await secondInstanceCheck(a, b)) && passed;
    if (!values['skip-load']) {
      console.log(`\n(c) two instances sharing Redis (load average ${loadNow()})`);
      console.log(TABLE_HEAD);
      passed = (await load('two instances + Redis', urls, pids)) && passed;
    }
    if (values['behind-nginx']) passed = (await behindNginx(ports, pids)) && passed;
    const usage = await redis.usage();
    console.log(
      `\nRedis after the runs (${await storedStoryCount(process.cwd())} stories in the store): ${usage.keys} keys, ` +
        `${(usage.usedBytes / 1024 / 1024).toFixed(1)} MB used`,
    );
    for (const [kind, { count, bytes }] of [...usage.kinds].sort()) {
      console.log(`  ${kind}: ${count} keys, ${(bytes / count / 1024).toFixed(0)} KB each on average`);
    }
  } finally {
    for (const instance of instances) await instance.stop();
    await redis.stop();
  }
  return passed;
}

/** (e): the same load through nginx in front of both instances, and nginx serving a file. */
async function behindNginx(ports: readonly number[], pids: number[]): Promise<boolean> {
  const file = path.join(process.cwd(), '.next/server/app', `${article}.html`);
  if (!existsSync(file)) throw new Error(`${file} is missing: the newest story should be prerendered`);
  const nginx = await startNginx(port + 3, ports, file);
  try {
    // One pass to fill nginx's cache, as readers would.
    for (const page of PAGES) await (await fetch(`${nginx.url}${page}`)).text();
    console.log(`\n(e) nginx in front (docs/nginx/proxy-cache.conf), load average ${loadNow()}`);
    console.log(TABLE_HEAD);
    const proxied = await load('nginx proxy_cache → two instances', [nginx.url], pids);
    const fileOk = await load('nginx serving the HTML file', [nginx.url], [], ['/_bench/file']);
    const articleOnly = await load('nginx proxy_cache, the article only', [nginx.url], pids, [article]);
    return proxied && fileOk && articleOnly;
  } finally {
    await nginx.stop();
  }
}

console.log(`\nload average after ${loadNow()}`);
console.log(ok ? '\nbench:serve passed' : '\nbench:serve FAILED');
process.exit(ok ? 0 : 1);
