/**
 * `npm run bench:build [-- --sizes 1000,5000,100000 --seed 1 --timeout 45 --keep]`: for each size,
 * generates a corpus, then runs the real `npm run build` twice in a scratch copy of the
 * project — cold (no .next, no .contentlayer) and warm (everything left from the cold run) —
 * and prints wall time, peak memory, pages produced and output size as a table.
 * Not part of `npm test`: it prints numbers; the targets are read off the table.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

import { copyProject, projectRoot as root } from '../../e2e/support/temp-project';
import { writeCorpus } from './corpus';
import { type MemoryPeak, watchMemory } from './process-tree';

interface Result {
  articles: number;
  run: 'cold' | 'warm';
  ok: boolean;
  seconds: number;
  memory: MemoryPeak;
  pages: number;
  outputBytes: number;
  /** Seconds from the start to each milestone of the build's output. */
  phases: Record<string, number>;
  load: string;
}

/** Lines of the build's output that end one phase; the bench times each from the start. */
const MILESTONES: [string, RegExp][] = [
  ['check', /^Content check passed/],
  ['contentlayer', /^Generated \d+ documents/],
  ['search', /^Search index: /],
  ['compile', /Compiled successfully/],
  ['typecheck', /Finished TypeScript/],
  ['pages', /Generating static pages .*\((\d+)\/\1\)/],
];

function sizeOf(target: string): number {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.size;
  return readdirSync(target).reduce((sum, name) => sum + sizeOf(path.join(target, name)), 0);
}

function countHtml(dir: string): number {
  if (!existsSync(dir)) return 0;
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.html')).length;
}

function build(
  project: string,
  contentDir: string,
  log: string,
  timeoutMinutes: number,
): Promise<Omit<Result, 'articles' | 'run'>> {
  return new Promise((resolve) => {
    const load = loadavg()
      .map((value) => value.toFixed(2))
      .join(' ');
    const started = performance.now();
    const phases: Record<string, number> = {};
    // Written as it comes, so a long build can be followed with tail -f.
    const output = createWriteStream(log);
    const child = spawn('npm', ['run', 'build'], {
      cwd: project,
      env: { ...process.env, CONTENT_DIR: contentDir, NEXT_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const memory = watchMemory(child.pid as number);
    const timer = setTimeout(() => child.kill('SIGTERM'), timeoutMinutes * 60_000);
    const onData = (chunk: Buffer) => {
      const elapsed = (performance.now() - started) / 1000;
      for (const line of chunk.toString().split('\n')) {
        if (line.trim()) output.write(`[${elapsed.toFixed(1)}s] ${line}\n`);
        for (const [name, pattern] of MILESTONES)
          if (!(name in phases) && pattern.test(line.trim())) phases[name] = elapsed;
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('close', (code) => {
      clearTimeout(timer);
      const seconds = (performance.now() - started) / 1000;
      output.end();
      const next = path.join(project, '.next');
      resolve({
        ok: code === 0,
        seconds,
        memory: memory.stop(),
        pages: countHtml(path.join(next, 'server/app')),
        outputBytes: sizeOf(next),
        phases,
        load,
      });
    });
  });
}

const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;
const duration = (seconds: number) =>
  `${Math.floor(seconds / 60)}m ${String(Math.round(seconds % 60)).padStart(2, '0')}s`;

function phaseText(phases: Record<string, number>): string {
  let previous = 0;
  return MILESTONES.flatMap(([name]) => {
    const at = phases[name];
    if (at === undefined) return [];
    const text = `${name} ${Math.round(at - previous)}s`;
    previous = at;
    return [text];
  }).join(', ');
}

export function table(results: Result[]): string {
  const header =
    '| articles | build | result | wall time | peak RSS, largest process | peak RSS, whole tree | pages | .next size | phases (seconds each) | load avg (1/5/15 min) at start |';
  const rows = results.map(
    (r) =>
      `| ${r.articles.toLocaleString('en-GB')} | ${r.run} | ${r.ok ? 'ok' : 'FAILED'} | ${duration(r.seconds)} | ${mb(r.memory.largest)} (${r.memory.largestCommand}) | ${mb(r.memory.tree)} | ${r.pages.toLocaleString('en-GB')} | ${mb(r.outputBytes)} | ${phaseText(r.phases)} | ${r.load} |`,
  );
  return [header, `|${'---|'.repeat(10)}`, ...rows].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: '1000,5000,10000,20000' },
      seed: { type: 'string', default: '1' },
      timeout: { type: 'string', default: '45' },
      runs: { type: 'string', default: 'cold,warm' },
      keep: { type: 'boolean', default: false },
    },
  });
  const sizes = values.sizes.split(',').map(Number);
  if (sizes.some((size) => !Number.isInteger(size) || size < 1)) {
    console.error('bench:build: --sizes takes whole numbers separated by commas, e.g. --sizes 1000,5000');
    process.exit(1);
  }
  const runs = values.runs.split(',') as Result['run'][];
  // Corpora and logs stay outside the project copy, so nothing in the build (Tailwind's source scan) sees them.
  const scratch = mkdtempSync(path.join(tmpdir(), 'dateline-bench-'));
  const project = copyProject('dateline-bench-project-');
  mkdirSync(path.join(scratch, 'logs'));
  console.log(`Scratch copy: ${project}${values.keep ? ' (kept)' : ''}`);
  const results: Result[] = [];
  for (const articles of sizes) {
    const corpus = path.join(scratch, `corpus-${articles}`);
    writeCorpus(corpus, articles, Number(values.seed), false, path.join(root, 'public'));
    for (const run of runs) {
      // Cold: nothing from an earlier build, the content store's database (.dateline) included.
      if (run === 'cold')
        for (const dir of ['.next', '.contentlayer', '.dateline'])
          rmSync(path.join(project, dir), { recursive: true, force: true });
      const log = path.join(scratch, 'logs', `${articles}-${run}.log`);
      console.log(`\n${articles} articles, ${run} build… (log: ${log})`);
      const result = { articles, run, ...(await build(project, corpus, log, Number(values.timeout))) };
      results.push(result);
      console.log(table([result]).split('\n')[2]);
      if (!result.ok) console.log(`Build failed; see ${log}`);
    }
    if (!values.keep) rmSync(corpus, { recursive: true, force: true });
  }
  console.log(`\n${table(results)}`);
  if (!values.keep) for (const dir of [scratch, project]) rmSync(dir, { recursive: true, force: true });
  process.exit(results.every((result) => result.ok) ? 0 : 1);
}
