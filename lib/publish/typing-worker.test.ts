/**
 * The desk's Contentlayer process (./typing-worker.ts): two publishes in one process start it
 * once, and what it types is what a Contentlayer process of its own types for the same files.
 */
import path from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { generatedByType } from './generated-by-type';
import { typeSubset } from './typed-subset';
import { TypingWorker } from './typing-worker';

const root = path.resolve(import.meta.dirname, '..', '..');
const folders = { root, contentDir: path.join(root, 'content'), publicDir: path.join(root, 'public') };

async function typeWith(articles: string[], worker?: TypingWorker): Promise<Record<string, unknown[]>> {
  const lines: string[] = [];
  const subset = await typeSubset({ ...folders, articles, worker, log: (line) => lines.push(line) });
  // A worker that is given answers itself: no fallback to a process of its own.
  if (worker) expect(lines).toEqual([]);
  try {
    return generatedByType(subset.generatedDir);
  } finally {
    subset.remove();
  }
}

const first = ['articles/2021/ivorian-cocoa-farmers-withhold-harvest.mdx'];
const second = [
  'articles/2021/moon-seeks-us-backing-korean-war-end.mdx',
  'articles/2026/aireside-festival-closes-with-open-film-night.mdx',
  'live/2026/storm-orla-live/index.mdx',
];

function articleFiles(records: Record<string, unknown[]>): string[] {
  return (records.Article ?? []).map((doc) => (doc as { _raw: { sourceFilePath: string } })._raw.sourceFilePath).sort();
}

describe('the typing worker', () => {
  const worker = new TypingWorker(folders);
  afterAll(() => worker.stop());

  it('types two publishes with one process start, and the same records as a process of their own', async () => {
    const firstByWorker = await typeWith(first, worker);
    const secondByWorker = await typeWith(second, worker);
    expect(worker.starts).toBe(1);

    // The second publish holds its own stories only: the first one's story is not typed again.
    expect(articleFiles(firstByWorker)).toEqual(first);
    expect(articleFiles(secondByWorker)).toEqual(second.filter((file) => file.startsWith('articles/')));
    expect(secondByWorker.LiveBlog).toHaveLength(1);
    expect(secondByWorker.Author?.length).toBeGreaterThan(0);

    expect(firstByWorker).toEqual(await typeWith(first));
    expect(secondByWorker).toEqual(await typeWith(second));
  }, 120_000);

  it('types with a process of its own, and says so, when the worker dies during a publish; the next one starts it again', async () => {
    const lines: string[] = [];
    const pid = worker.pid;
    expect(pid).toBeDefined();
    const typing = typeSubset({ ...folders, articles: second, worker, log: (line) => lines.push(line) });
    process.kill(pid ?? 0, 'SIGKILL');
    const subset = await typing;
    try {
      expect(articleFiles(generatedByType(subset.generatedDir))).toEqual(
        second.filter((file) => file.startsWith('articles/')),
      );
    } finally {
      subset.remove();
    }
    expect(lines.join('\n')).toMatch(/Typing with a Contentlayer process of its own: the typing worker stopped/);

    expect(articleFiles(await typeWith(first, worker))).toEqual(first);
    expect(worker.starts).toBe(2);
  }, 120_000);
});
