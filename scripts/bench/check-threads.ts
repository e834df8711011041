/**
 * Where the content check's threads start to pay (lib/build/parallel-check.ts,
 * MIN_WORK_FOR_THREADS): for synthetic folders of growing size, the check in the main thread
 * and over every core, each cold (no body cache, nothing compiled) and warm (run again on that
 * cache). Each check runs in a process of its own, as `npm run check:content` does, so every
 * thread (the main one too) starts with a cold JIT. Prints wall time and the CPU time of all
 * threads, with the load average, since the machine may be shared (CPU time says what the
 * threads cost even when the wall time cannot show it).
 *
 *   npm run bench:check-threads -- [sizes, e.g. 50,200,800] [--threads N]
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

import { cachedBodyChecker } from '../../lib/build/body-cache';
import { parallelFileChecks } from '../../lib/build/parallel-check';
import { publicDir } from '../../lib/paths';
import { validateContent } from '../../lib/validation/validate-content';
import { writeCorpus } from './corpus';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    threads: { type: 'string', default: String(availableParallelism()) },
    // The child process's part: one check of <content> with the cache in <cache>.
    one: { type: 'boolean', default: false },
  },
});
const threads = Number(values.threads);

/** One check, then its wall and CPU milliseconds (since this process started) as JSON on stdout. */
async function checkOnce(contentDir: string, cacheDir: string): Promise<void> {
  const started = performance.now();
  const bodies = cachedBodyChecker(path.join(cacheDir, 'check-cache.json'), process.cwd());
  const { problems } = await validateContent({
    contentDir,
    publicDir: publicDir(),
    rootDir: process.cwd(),
    checkBody: bodies.check,
    checkFiles: parallelFileChecks({ bodies, threads, minWork: 0 }),
  });
  bodies.save();
  if (problems.length > 0) throw new Error(`${contentDir}: the corpus has ${problems.length} problems`);
  const { user, system } = process.cpuUsage();
  console.log(JSON.stringify({ wall: performance.now() - started, cpu: (user + system) / 1000 }));
}

function inChild(contentDir: string, cacheDir: string, childThreads: number): string {
  const script = path.join(import.meta.dirname, 'check-threads.ts');
  const output = execFileSync(
    process.execPath,
    [...process.execArgv, script, '--one', '--threads', String(childThreads), contentDir, cacheDir],
    { encoding: 'utf8' },
  );
  const { wall, cpu } = JSON.parse(output.trim().split('\n').at(-1) ?? '{}') as { wall: number; cpu: number };
  return `${wall.toFixed(0)} (${cpu.toFixed(0)})`;
}

const load = () =>
  loadavg()
    .map((value) => value.toFixed(1))
    .join(' ');

if (values.one) {
  await checkOnce(positionals[0] as string, positionals[1] as string);
} else {
  const sizes = (positionals[0] ?? '100,200,400,800,1600,3200').split(',').map(Number);
  const temp = mkdtempSync(path.join(tmpdir(), 'dateline-check-threads-'));
  try {
    console.log(`${availableParallelism()} cores, ${threads} threads; load average before: ${load()}`);
    console.log('articles | here cold | threads cold | here warm | threads warm: wall ms (CPU ms, the process) | load');
    for (const size of sizes) {
      const content = path.join(temp, `content-${size}`);
      writeCorpus(content, size, 1, false, publicDir());
      const row: string[] = [];
      for (const childThreads of [1, threads]) {
        const cache = path.join(temp, `cache-${size}-${childThreads}`);
        row.push(inChild(content, cache, childThreads), inChild(content, cache, childThreads));
      }
      const [hereCold, hereWarm, threadsCold, threadsWarm] = row;
      console.log(`${size} | ${hereCold} | ${threadsCold} | ${hereWarm} | ${threadsWarm} | ${load()}`);
    }
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}
