/**
 * `npm run bench:serve` (after `npm run build`): starts the production server on 127.0.0.1 and
 *   (a) sends every odd request of scripts/bench/odd-requests.ts, failing on any 5xx, stack trace
 *       or file-system path in an answer;
 *   (b) holds a load on the home front, a section front and an article (autocannon, 64
 *       connections, 60 s), failing on any error or non-2xx answer, and prints requests per
 *       second, p50 and p99 latency and the server's resident memory before and after.
 * Loopback only; bounded by the request count in (a) and the duration in (b).
 *
 *   npm run bench:serve -- [--port 3193] [--duration 60] [--connections 64] [--skip-load]
 */
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';

import autocannon from 'autocannon';

import { storeFile } from '../lib/paths';
import { oddRequests, problemWith } from './bench/odd-requests';
import { sendRaw } from './bench/raw-http';
import { residentMb, startServer } from './bench/server';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '3193' },
    duration: { type: 'string', default: '60' },
    connections: { type: 'string', default: '64' },
    'skip-load': { type: 'boolean', default: false },
  },
});
const port = Number(values.port);
// The newest story of the build being served (the sample site's, or a corpus built with CONTENT_DIR).
const { articles } = JSON.parse(readFileSync(storeFile(), 'utf8')) as { articles: { url: string; date: string }[] };
const newest = [...articles].sort((a, b) => Date.parse(b.date) - Date.parse(a.date))[0];
if (!newest) throw new Error(`${storeFile()} lists no articles: build the site first`);
const article = newest.url;

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

async function load(pid: number): Promise<boolean> {
  const paths = ['/', '/world', article];
  const before = residentMb(pid);
  const result = await autocannon({
    url: `http://127.0.0.1:${port}`,
    connections: Number(values.connections),
    duration: Number(values.duration),
    requests: paths.map((path) => ({ method: 'GET', path })),
  });
  const after = residentMb(pid);
  const row = [
    paths.join(' · '),
    String(result.connections),
    `${result.duration} s`,
    String(result.requests.total),
    result.requests.average.toFixed(0),
    `${result.latency.p50} ms`,
    `${result.latency.p99} ms`,
    String(result.errors + result.timeouts + result.non2xx),
    `${before.toFixed(0)} MB`,
    `${after.toFixed(0)} MB`,
  ];
  console.log(`\n(b) load, ${cpus().length} cores, load average before ${loadBefore}`);
  console.log(
    '| pages | connections | duration | requests | req/s | p50 | p99 | errors + non-2xx | server RSS before | after |',
  );
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  console.log(`| ${row.join(' | ')} |`);
  console.log(
    `errors ${result.errors}, timeouts ${result.timeouts}, non-2xx ${result.non2xx}; load average after ${loadavg()
      .map((n) => n.toFixed(2))
      .join(' ')}`,
  );
  return result.errors + result.timeouts + result.non2xx === 0;
}

const loadBefore = loadavg()
  .map((n) => n.toFixed(2))
  .join(' ');
const server = await startServer(port);
const serverPid = server.child.pid;
if (serverPid === undefined) throw new Error('the server process did not start');
let ok = false;
try {
  const failures = await oddRequestCheck();
  const loadOk = values['skip-load'] ? true : await load(serverPid);
  ok = failures.length === 0 && loadOk;
} finally {
  await server.stop();
}
console.log(ok ? '\nbench:serve passed' : '\nbench:serve FAILED');
process.exit(ok ? 0 : 1);
