/**
 * The publish command's typing daemon (./typing-daemon.ts, scripts/pipeline/typing-daemon.mjs):
 * one command run starts it and the next uses it, what it types is what a Contentlayer process of
 * its own types, and every way it can go wrong (other code, a kill, an idle timeout, a death while
 * typing) ends in a right answer, never a lost or stale one.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, afterEach, describe, expect, it } from 'vitest';

import { generatedByType } from './generated-by-type';
import { typeSubset } from './typed-subset';
import { TypingDaemon } from './typing-daemon';

const root = path.resolve(import.meta.dirname, '..', '..');
const folders = { root, contentDir: path.join(root, 'content'), publicDir: path.join(root, 'public') };
const scratches: string[] = [];

/** A daemon client as one run of `npm run publish` makes it, on a folder of the test's own. */
function client(scratch: string): TypingDaemon {
  return new TypingDaemon({ ...folders, scratch });
}

function newScratch(): string {
  const scratch = mkdtempSync(path.join(tmpdir(), 'dateline-daemon-test-'));
  scratches.push(scratch);
  return scratch;
}

async function typeWith(articles: string[], worker?: TypingDaemon, lines: string[] = [], shared = true) {
  const subset = await typeSubset({ ...folders, articles, worker, shared, log: (line) => lines.push(line) });
  try {
    return generatedByType(subset.generatedDir);
  } finally {
    subset.remove();
  }
}

const articleFiles = (records: Record<string, unknown[]>) =>
  (records.Article ?? []).map((doc) => (doc as { _raw: { sourceFilePath: string } })._raw.sourceFilePath).sort();

const alive = (pid: number | undefined) => {
  if (pid === undefined) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function until(condition: () => boolean, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (condition()) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return condition();
}

const first = ['articles/2021/ivorian-cocoa-farmers-withhold-harvest.mdx'];
const second = ['articles/2021/moon-seeks-us-backing-korean-war-end.mdx', 'live/2026/storm-orla-live/index.mdx'];

const started: TypingDaemon[] = [];
afterEach(() => {
  delete process.env.DATELINE_TYPING_IDLE_SECONDS;
});
afterAll(() => {
  for (const daemon of started) if (alive(daemon.pid)) process.kill(daemon.pid ?? 0, 'SIGKILL');
  for (const scratch of scratches) rmSync(scratch, { recursive: true, force: true });
});

describe('the typing daemon of npm run publish', () => {
  it('is started by one run and used by the next, and types what a process of its own types', async () => {
    const scratch = newScratch();
    const run1 = client(scratch);
    const run2 = client(scratch);
    started.push(run1);
    const lines: string[] = [];
    const firstByDaemon = await typeWith(first, run1, lines);
    const secondByDaemon = await typeWith(second, run2, lines);
    expect(lines).toEqual([]);
    expect(run1.starts).toBe(1);
    expect(run2.starts).toBe(0);
    expect(alive(run1.pid)).toBe(true);

    expect(articleFiles(firstByDaemon)).toEqual(first);
    expect(articleFiles(secondByDaemon)).toEqual(['articles/2021/moon-seeks-us-backing-korean-war-end.mdx']);
    expect(secondByDaemon.LiveBlog).toHaveLength(1);
    expect(firstByDaemon).toEqual(await typeWith(first));
    expect(secondByDaemon).toEqual(await typeWith(second));
  }, 120_000);

  it('types the stories alone, to the same records, when no author, section or page changed', async () => {
    const scratch = newScratch();
    const run = client(scratch);
    started.push(run);
    const withShared = await typeWith(second, run);
    const alone = await typeWith(second, run, [], false);
    expect(alone.Author ?? []).toEqual([]);
    expect(alone.Section ?? []).toEqual([]);
    expect(withShared.Author?.length).toBeGreaterThan(0);
    expect(alone.Article).toEqual(withShared.Article);
    expect(alone.LiveBlog).toEqual(withShared.LiveBlog);
    expect(alone.LivePost).toEqual(withShared.LivePost);
    expect(withShared.LivePost?.length).toBeGreaterThan(0);
  }, 120_000);

  it('leaves when a run comes with other settings, and a new daemon types with them', async () => {
    const scratch = newScratch();
    const before = client(scratch);
    started.push(before);
    await typeWith(first, before);
    const oldPid = before.pid;

    process.env.DATELINE_NOW = '2026-11-29T08:00:00Z';
    let after: TypingDaemon;
    try {
      after = client(scratch);
    } finally {
      delete process.env.DATELINE_NOW;
    }
    started.push(after);
    const lines: string[] = [];
    expect(articleFiles(await typeWith(first, after, lines))).toEqual(first);
    expect(lines).toEqual([]);
    expect(after.starts).toBe(1);
    expect(after.pid).not.toBe(oldPid);
    expect(await until(() => !alive(oldPid), 5000)).toBe(true);
  }, 120_000);

  it('is started again when the last one was killed and left its socket file behind', async () => {
    const scratch = newScratch();
    const run1 = client(scratch);
    started.push(run1);
    await typeWith(first, run1);
    const killed = run1.pid;
    process.kill(killed ?? 0, 'SIGKILL');
    await until(() => !alive(killed), 5000);
    expect(existsSync(run1.socketPath)).toBe(true);

    const run2 = client(scratch);
    started.push(run2);
    const lines: string[] = [];
    expect(articleFiles(await typeWith(first, run2, lines))).toEqual(first);
    expect(lines).toEqual([]);
    expect(run2.starts).toBe(1);
    expect(alive(run2.pid)).toBe(true);
  }, 120_000);

  it('leaves by itself after DATELINE_TYPING_IDLE_SECONDS without a publish, and takes its socket with it', async () => {
    process.env.DATELINE_TYPING_IDLE_SECONDS = '2';
    const scratch = newScratch();
    const run = client(scratch);
    started.push(run);
    await typeWith(first, run);
    const pid = run.pid;
    expect(alive(pid)).toBe(true);
    expect(await until(() => !alive(pid), 10_000)).toBe(true);
    expect(existsSync(run.socketPath)).toBe(false);
  }, 120_000);

  it('types with a process of its own, and says so, when the daemon dies while typing', async () => {
    const scratch = newScratch();
    const run1 = client(scratch);
    started.push(run1);
    await typeWith(first, run1);
    // Stopped, the daemon takes the connection (the kernel queues it) but cannot answer; then it dies.
    process.kill(run1.pid ?? 0, 'SIGSTOP');
    const lines: string[] = [];
    const typing = typeWith(second, client(scratch), lines);
    await new Promise((resolve) => setTimeout(resolve, 300));
    process.kill(run1.pid ?? 0, 'SIGKILL');
    expect(articleFiles(await typing)).toEqual(['articles/2021/moon-seeks-us-backing-korean-war-end.mdx']);
    expect(lines.join('\n')).toMatch(/Typing with a Contentlayer process of its own: the typing daemon/);
  }, 120_000);
});
