/**
 * `npm run bench:publish-under-load [-- --runs 3 --connections 64 --project DIR]`: publishing
 * while readers read (issue 22's target: 0 errors, and the publish within 2× its quiet time).
 *
 * Builds a scratch copy of the project with the sample content (or uses --project, already
 * built), starts `npm start`, and times `npm run publish` of a new story `--runs` times on a quiet
 * server, then `--runs` times while autocannon keeps `--connections` connections reading the home
 * page, a section front, a story and the new stories. Prints each publish's time, the medians,
 * their ratio, the readers' requests, errors and non-2xx answers, and the load average (this
 * machine has other work on it: read the numbers with it).
 */
import { rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

import autocannon from 'autocannon';

import { startSite } from '../../e2e/support/server-process';
import { copyProject, runAsync } from '../../e2e/support/temp-project';
import { readEnv } from '../../lib/env';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    connections: { type: 'string', default: '64' },
    project: { type: 'string' },
  },
});
const SECRET = 'bench-publish-under-load';
const PORT = readEnv('BENCH_PORT') ?? 4230;
const NOW = '2026-11-28T12:00:00Z';
const runs = Number(values.runs);
const connections = Number(values.connections);
const load = () =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');
const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)] ?? NaN;

const root = values.project ?? copyProject('dateline-bench-publish-load-');
const env = { ...process.env, DATELINE_NOW: NOW, DATELINE_PUBLISH_SECRET: SECRET, NEXT_TELEMETRY_DISABLED: '1' };
if (!values.project) {
  console.log(`Building ${root} …`);
  const build = await runAsync('npm', ['run', 'build'], { cwd: root, env });
  if (build.status !== 0) throw new Error(`build failed:\n${build.stdout}\n${build.stderr}`);
}
const server = await startSite(root, PORT, env);
const base = server.url;

let count = 0;
/** One new story published; its time in ms, or throws with the publish's output. */
async function publishOne(): Promise<number> {
  count += 1;
  const slug = `bench-load-story-${Date.now()}-${count}`;
  writeFileSync(
    path.join(root, 'content', 'articles', '2026', `${slug}.mdx`),
    `---\ntitle: "Bench story ${count}"\ndek: "A story published while readers read the site."\ndate: 2026-11-28T11:00:00+00:00\nsection: uk\nauthors: [grace-whitfield]\n---\n\nText of bench story ${count}.\n`,
  );
  const started = performance.now();
  const result = await runAsync('npm', ['run', '--silent', 'publish'], {
    cwd: root,
    env: { ...env, DATELINE_SERVER: base },
  });
  const took = performance.now() - started;
  if (result.status !== 0) throw new Error(`publish failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
  return took;
}

try {
  // One publish first, so the quiet runs do not pay for a cold Contentlayer cache.
  await publishOne();
  const quiet: number[] = [];
  for (let i = 0; i < runs; i++) quiet.push(await publishOne());
  console.log(`quiet:  ${quiet.map((ms) => `${(ms / 1000).toFixed(2)} s`).join(', ')} (load ${load()})`);

  const loaded: number[] = [];
  const readers = autocannon({
    url: base,
    connections,
    duration: 3600,
    requests: ['/', '/uk', '/world', '/uk/feed.xml'].map((pathname) => ({ method: 'GET', path: pathname })),
  });
  // Let the readers reach their pace first.
  await new Promise((resolve) => setTimeout(resolve, 3000));
  for (let i = 0; i < runs; i++) loaded.push(await publishOne());
  const loadDuring = load();
  (readers as unknown as { stop: () => void }).stop();
  const read = await readers;
  console.log(`loaded: ${loaded.map((ms) => `${(ms / 1000).toFixed(2)} s`).join(', ')} (load ${loadDuring})`);
  const ratio = median(loaded) / median(quiet);
  console.log(
    [
      '',
      '| | value |',
      '|---|---|',
      `| publish, quiet (median of ${runs}) | ${(median(quiet) / 1000).toFixed(2)} s |`,
      `| publish, ${connections} connections reading (median of ${runs}) | ${(median(loaded) / 1000).toFixed(2)} s |`,
      `| ratio (target ≤ 2) | ${ratio.toFixed(2)} |`,
      `| reader requests | ${read.requests.total} (${read.requests.average.toFixed(0)}/s, p50 ${read.latency.p50} ms, p99 ${read.latency.p99} ms) |`,
      `| reader errors + timeouts (target 0) | ${read.errors + read.timeouts} |`,
      `| reader non-2xx answers (target 0) | ${read.non2xx} |`,
      `| load average (1, 5, 15 min) | ${loadDuring} |`,
    ].join('\n'),
  );
} finally {
  await server.stop();
  if (!values.project) rmSync(root, { recursive: true, force: true });
}
