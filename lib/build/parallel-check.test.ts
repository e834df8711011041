/**
 * The content check spread over threads must say exactly what the single-threaded check says,
 * in the same order, write the same body cache and compiled bodies, and fail (never hang) naming
 * the file when a thread dies. DATELINE_CHECK_WORKERS=1 and a small folder stay in this thread.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';

import { article, CATALOGUE_NOW, FIRST, LIVE_DIR, SECOND, VALID } from '../../test/oracles/mistakes';
import { formatProblem } from '../source/problem';
import { validateContent, type ValidateOptions } from '../validation/validate-content';
import { cachedBodyChecker } from './body-cache';
import { parallelFileChecks } from './parallel-check';

const temp = mkdtempSync(path.join(tmpdir(), 'dateline-parallel-check-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));
afterEach(() => vi.unstubAllEnvs());

const FAILING = new URL('../../test/fixtures/failing-check-worker.ts', import.meta.url);

/** Mistakes of every kind in many files, between good ones, so threads interleave. */
const BROKEN: Record<string, string | Buffer> = {
  'articles/2026/wrong-section.mdx': article(FIRST.replace('section: world', 'section: wrold'), 'Text.\n\n<Widget />'),
  'articles/2026/unclosed.mdx': article(SECOND, 'The fares <PullQuote cite="A">rise.\n\nMore text.'),
  'articles/2026/Bad_Name.mdx': article(SECOND),
  'articles/2026/windows.mdx': article(SECOND).replace(/\n/g, '\r\n'),
  'articles/2026/latin.mdx': Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0xe9, 0xe8, 0x0a]),
  'articles/2025/wrong-year.mdx': article(SECOND),
  'articles/2026/second-story-again.mdx': article(SECOND, 'Text {1 + 1}.\n\n<AlsoRead slug="nowhere" />'),
  'articles/2026/gallery.mdx': article(
    SECOND,
    '<Gallery title="A">\n  <Figure src="/images/harbour.jpg" />\n</Gallery>',
  ),
  'articles/2026/embargoed.mdx': article(SECOND.replace('2026-11-04T09:00:00+00:00', '2026-12-24T09:00:00+00:00')),
  'articles/2026/draft.mdx': article(`${SECOND}\ndraft: true`, '<script>alert(1)</script>'),
  'articles/2026/no-date.mdx': article(SECOND.replace(/^date:.*$/m, ''), 'Text.'),
  'sections/broken.yaml': 'title: Broken\n  description: [unclosed\n',
  'authors/no-name.mdx': '---\nrole: "Reporter"\n---\n\nBio <Tweet />.\n',
  'pages/import.mdx': '---\ntitle: "Imports"\ndescription: "x"\n---\n\nimport X from "x"\n\nText.\n',
  [`${LIVE_DIR}/bad-time.mdx`]: article('time: yesterday\nauthors: [ana-bell]', 'Posted.'),
  'notes.txt': 'not content',
  'articles/2026/story.md': article(SECOND),
};

/** A content folder: the valid publication, the broken files, and good stories around them. */
function writeFolder(name: string, extra: Record<string, string | Buffer> = {}): string {
  const root = path.join(temp, name);
  const good = Object.fromEntries(
    Array.from({ length: 30 }, (_, n) => [
      `articles/2026/good-${n}.mdx`,
      article(SECOND, `Paragraph ${n}.\n\n<FactBox title="Facts">\n- one\n</FactBox>`),
    ]),
  );
  for (const [relative, contents] of Object.entries({ ...VALID, ...BROKEN, ...good, ...extra })) {
    const target = path.join(root, 'content', relative);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, contents);
  }
  mkdirSync(path.join(root, 'public/images'), { recursive: true });
  writeFileSync(path.join(root, 'public/images/harbour.jpg'), 'not read here');
  return root;
}

/** Checks `root` with a body cache of its own in `cacheName`; `checks` chooses where the files are checked. */
async function check(
  root: string,
  cacheName: string,
  checks?: (bodies: ReturnType<typeof cachedBodyChecker>) => ValidateOptions['checkFiles'],
) {
  const cacheFile = path.join(root, cacheName, 'check-cache.json');
  const bodies = cachedBodyChecker(cacheFile, root);
  const ticks = { count: 0, done: 0 };
  const result = await validateContent({
    contentDir: path.join(root, 'content'),
    publicDir: path.join(root, 'public'),
    rootDir: root,
    now: CATALOGUE_NOW,
    checkBody: bodies.check,
    checkFiles: checks?.(bodies),
    progress: () => ({
      tick: (n = 1) => (ticks.count += n),
      done: () => (ticks.done += 1),
      log: () => undefined,
    }),
  });
  bodies.save();
  const compiledDir = path.join(root, cacheName, 'compiled');
  const compiled = readdirSync(compiledDir).sort();
  const cache = JSON.parse(readFileSync(cacheFile, 'utf8')) as unknown;
  return { result, ticks, compiled, cache };
}

const inThreads =
  (threads: number, more: { minWork?: number; entry?: URL } = {}) =>
  (bodies: ReturnType<typeof cachedBodyChecker>) =>
    parallelFileChecks({ bodies, threads, minWork: 0, ...more });

describe('the content check in threads', { timeout: 60_000 }, () => {
  it('finds the same problems, records and held stories as in one thread, in the same order', async () => {
    const root = writeFolder('same');
    const serial = await check(root, 'serial');
    const parallel = await check(root, 'parallel', inThreads(2));

    const lines = serial.result.problems.map(formatProblem);
    // The fixture really is full of mistakes, in many files of every kind.
    expect(lines.length).toBeGreaterThan(20);
    expect(new Set(serial.result.problems.map((problem) => problem.file)).size).toBeGreaterThanOrEqual(15);
    expect(parallel.result.problems.map(formatProblem)).toEqual(lines);
    expect(parallel.result).toEqual(serial.result);
    expect(serial.result.held.map((story) => story.state).sort()).toEqual(['draft', 'embargoed']);

    expect(parallel.compiled).toEqual(serial.compiled);
    expect(parallel.compiled.length).toBeGreaterThan(30);
    expect(parallel.cache).toEqual(serial.cache);
    // Every listed file counted once, whichever thread checked it.
    const listed = Object.keys({ ...VALID, ...BROKEN }).length + 30;
    expect(parallel.ticks).toEqual({ count: listed, done: 1 });
    expect(serial.ticks).toEqual(parallel.ticks);
  });

  it('gives the same answer again from its cache, and with another number of threads', async () => {
    const root = writeFolder('again');
    const first = await check(root, 'cache', inThreads(2));
    const again = await check(root, 'cache', inThreads(2));
    expect(again.result).toEqual(first.result);
    expect(again.cache).toEqual(first.cache);
    const three = await check(root, 'three', inThreads(3));
    expect(three.result).toEqual(first.result);
  });

  it('fails naming the file when a thread dies on it, without waiting', async () => {
    const root = writeFolder('crash', { 'articles/2026/crash-here.mdx': article(SECOND) });
    await expect(check(root, 'cache', inThreads(2, { entry: FAILING }))).rejects.toThrow(
      "content/articles/2026/crash-here.mdx: the content check's thread checking this file stopped (exit code 70)",
    );
  });

  it('fails naming the file when checking it throws', async () => {
    const root = writeFolder('throw', { 'articles/2026/throw-here.mdx': article(SECOND) });
    await expect(check(root, 'cache', inThreads(2, { entry: FAILING }))).rejects.toThrow(
      /^content\/articles\/2026\/throw-here\.mdx: the content check failed on this file: Error: the checker has a bug/,
    );
  });

  it('checks in this thread with DATELINE_CHECK_WORKERS=1, and when there is little to do', async () => {
    // The failing thread would stop the check: passing means no thread was started.
    const root = writeFolder('serial', { 'articles/2026/crash-here.mdx': article(SECOND) });
    const serial = await check(root, 'serial');
    vi.stubEnv('DATELINE_CHECK_WORKERS', '1');
    const fromEnv = await check(root, 'env', (bodies) => parallelFileChecks({ bodies, minWork: 0, entry: FAILING }));
    expect(fromEnv.result).toEqual(serial.result);

    vi.stubEnv('DATELINE_CHECK_WORKERS', '2');
    // 55 files to check in full: enough work for threads cold, not once the cache knows the bodies.
    const failing = (bodies: ReturnType<typeof cachedBodyChecker>) =>
      parallelFileChecks({ bodies, minWork: 40, entry: FAILING });
    const warm = await check(root, 'serial', failing);
    expect(warm.result).toEqual(serial.result);
    await expect(check(root, 'cold', failing)).rejects.toThrow('crash-here.mdx');
  });
});
