/**
 * `npm run bench:typing [-- --count 10]`: the typing step of a publish (Contentlayer over the
 * changed stories plus every author, section and page, lib/publish/typed-subset.ts), timed
 * `count` times with a Contentlayer process started per publish (what `npm run publish` does)
 * and with the desk's long-lived worker (lib/publish/typing-worker.ts), on the project's own
 * content. Prints each way's first, p50 and p95 with the load average.
 */
import { readdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

import { typeSubset } from '../../lib/publish/typed-subset';
import { TypingWorker } from '../../lib/publish/typing-worker';

const { values } = parseArgs({ options: { count: { type: 'string', default: '10' } } });
const count = Number(values.count);
const root = path.resolve(import.meta.dirname, '..', '..');
const folders = { root, contentDir: path.join(root, 'content'), publicDir: path.join(root, 'public') };
const stories = readdirSync(path.join(folders.contentDir, 'articles', '2026')).map((name) => `articles/2026/${name}`);

const load = () =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');

async function time(worker: TypingWorker | undefined, round: number): Promise<number> {
  const started = performance.now();
  // A different story each round, as publishes are.
  const subset = await typeSubset({ ...folders, articles: [stories[round % stories.length] ?? ''], worker });
  subset.remove();
  return performance.now() - started;
}

function summary(label: string, times: number[]): string {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? 0;
  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  return `${label.padEnd(26)} first ${s(times[0] ?? 0)}  p50 ${s(at(0.5))}  p95 ${s(at(0.95))}  (load ${load()})`;
}

console.log(`typing step, ${count} publishes of one story each, load ${load()}`);
const spawned: number[] = [];
for (let round = 0; round < count; round++) spawned.push(await time(undefined, round));
console.log(summary('process per publish', spawned));
const worker = new TypingWorker(folders);
const kept: number[] = [];
for (let round = 0; round < count; round++) kept.push(await time(worker, round));
worker.stop();
console.log(summary(`one worker (${worker.starts} start)`, kept));
