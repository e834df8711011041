/**
 * `npm run bench:queries [-- --stories 20000,100000 --runs 200]`: what each question a page asks
 * the content store costs as the archive grows (issue 24: nothing per request grows with it).
 * For each size, fills a scratch SQLite file (and a scratch database on the PostgreSQL server
 * of DATABASE_URL when it is set: created and dropped here, the database named there is not
 * touched) with synthetic stories through lib/build/story-rows.ts, then runs every question
 * `runs` times in a fresh process, as a server would, and prints p50 and p95 in milliseconds
 * and that process's RSS after its questions. The load average is printed: 2 shared cores make
 * single runs noisy.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

import { sql } from 'kysely';
import pg from 'pg';

import { resetContentDatabase, storyBySlug } from '../../lib/content/database';
import type { StoredArticle } from '../../lib/content/store';
import { databaseLocation, openDatabase } from '../../lib/db/connection';
import { migrate } from '../../lib/db/migrate';
import { readEnv } from '../../lib/env';
import { writeArchive } from '../../test/content-store/archive';
import { questions } from './content-queries/questions';
import { storySlug, syntheticStories } from './content-queries/synthetic';

const { values } = parseArgs({
  options: {
    stories: { type: 'string', default: '20000,100000' },
    runs: { type: 'string', default: '200' },
    seed: { type: 'string', default: '24' },
    // Internal: the measuring child's database URL and archive size.
    measure: { type: 'string' },
    count: { type: 'string' },
  },
});
const runs = Number(values.runs);
const seed = Number(values.seed);

interface Measured {
  timings: [string, { p50: number; p95: number }][];
  rssAfterOpen: number;
  rssAfterQuestions: number;
}

const load = () =>
  loadavg()
    .map((n) => n.toFixed(2))
    .join(' ');

/** The child: a fresh process on a filled database, as a server that has just started. */
async function measure(count: number): Promise<Measured> {
  const sample: StoredArticle[] = [];
  for (let n = 0; sample.length < 200; n++) {
    const story = await storyBySlug(storySlug((n * 104_729) % count), 'published');
    if (story) sample.push(story);
  }
  const rssAfterOpen = process.memoryUsage().rss;
  const timings: Measured['timings'] = [];
  for (const [name, ask] of questions(count, sample)) {
    await ask(0); // warm: prepared statements, the documents of this version
    const times: number[] = [];
    for (let run = 1; run <= runs; run++) {
      const started = performance.now();
      await ask(run);
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    const at = (share: number) => times[Math.floor(share * (times.length - 1))] as number;
    timings.push([name, { p50: at(0.5), p95: at(0.95) }]);
  }
  const rssAfterQuestions = process.memoryUsage().rss;
  await resetContentDatabase();
  return { timings, rssAfterOpen, rssAfterQuestions };
}

/** Fills a migrated, empty database with `count` synthetic stories. */
async function fill(url: string, count: number): Promise<number> {
  const started = performance.now();
  const database = openDatabase(databaseLocation({ DATABASE_URL: url }));
  try {
    await migrate(database);
    await writeArchive(database, syntheticStories(seed, count, 0, count), { version: `bench-${count}` });
    // PostgreSQL plans a table it has no statistics for as a few rows: a section's page 1 became
    // a sort of the whole section (124 ms at 100,000). Its autovacuum analyses a filled table
    // within a minute or so; a build that has written the store should analyse it at once, and
    // the benchmark does so here. (SQLite's plans need no statistics: plans.test.ts.)
    if (database.dialect === 'postgres') await sql`analyze`.execute(database.db);
  } finally {
    await database.close();
  }
  return (performance.now() - started) / 1000;
}

function runChild(url: string, count: number): Measured {
  const child = spawnSync(
    process.execPath,
    [
      ...process.execArgv,
      fileURLToPath(import.meta.url),
      '--measure',
      url,
      '--count',
      String(count),
      '--runs',
      String(runs),
    ],
    { env: { ...process.env, DATABASE_URL: url }, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 },
  );
  if (child.status !== 0) throw new Error(`the measuring process failed (${child.status}):\n${child.stderr}`);
  return JSON.parse(child.stdout.trim().split('\n').at(-1) as string) as Measured;
}

/** A scratch database on DATABASE_URL's server, dropped when `work` is done. */
async function scratchPostgres<T>(server: string, name: string, work: (url: string) => Promise<T>): Promise<T> {
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  try {
    await admin.query(`drop database if exists ${name}`);
    await admin.query(`create database ${name}`);
    const url = new URL(server);
    url.pathname = `/${name}`;
    return await work(url.toString());
  } finally {
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}

async function main() {
  const sizes = values.stories.split(',').map(Number);
  const server = readEnv('DATABASE_URL');
  const postgres = server && databaseLocation({ DATABASE_URL: server }).dialect === 'postgres' ? server : undefined;
  console.log(`load average at start ${load()}; ${runs} runs per question`);
  const columns: { name: string; measured: Measured }[] = [];
  for (const count of sizes) {
    const folder = mkdtempSync(path.join(tmpdir(), 'dateline-bench-queries-'));
    try {
      const url = `file:${path.join(folder, 'bench.sqlite')}`;
      const seconds = await fill(url, count);
      console.log(`SQLite, ${count} stories: filled in ${seconds.toFixed(1)} s; measuring (load ${load()})`);
      columns.push({ name: `SQLite ${count}`, measured: runChild(url, count) });
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
    if (postgres) {
      await scratchPostgres(postgres, `dateline_bench_queries_${count}`, async (url) => {
        const seconds = await fill(url, count);
        console.log(`PostgreSQL, ${count} stories: filled in ${seconds.toFixed(1)} s; measuring (load ${load()})`);
        columns.push({ name: `PostgreSQL ${count}`, measured: runChild(url, count) });
      });
    }
  }
  console.log(`\nms, p50 / p95 (load average at end ${load()})\n`);
  console.log(`| question | ${columns.map((column) => column.name).join(' | ')} |`);
  console.log(`| --- |${columns.map(() => ' --- |').join('')}`);
  const names = columns[0]?.measured.timings.map(([name]) => name) ?? [];
  for (const [row, name] of names.entries()) {
    const cells = columns.map(({ measured }) => {
      const { p50, p95 } = (measured.timings[row] as Measured['timings'][number])[1];
      return `${p50.toFixed(2)} / ${p95.toFixed(2)}`;
    });
    console.log(`| ${name} | ${cells.join(' | ')} |`);
  }
  const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
  console.log(
    `| RSS after opening | ${columns.map(({ measured }) => mb(measured.rssAfterOpen)).join(' | ')} |\n` +
      `| RSS after the questions | ${columns.map(({ measured }) => mb(measured.rssAfterQuestions)).join(' | ')} |`,
  );
}

if (values.measure) {
  const measured = await measure(Number(values.count));
  console.log(JSON.stringify(measured));
} else {
  await main();
}
