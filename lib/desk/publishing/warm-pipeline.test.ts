/**
 * The desk warms its typing worker at start (./run-publish.ts): the first Publish afterwards
 * must be typed, not wait behind the warm-up's result (it did, forever, until the warm-up let its
 * result go: every desk publish hung at "running").
 */
import path from 'node:path';

import { afterAll, expect, it } from 'vitest';

import { typeSubset } from '../../publish/typed-subset';
import { TypingWorker } from '../../publish/typing-worker';
import { warmTypingWorker } from './run-publish';

const root = path.resolve(import.meta.dirname, '..', '..', '..');
const folders = { root, contentDir: path.join(root, 'content'), publicDir: path.join(root, 'public') };
const worker = new TypingWorker(folders);
afterAll(() => worker.stop());

it('types the first publish after the warm-up with the same worker, at once', async () => {
  const lines: string[] = [];
  await warmTypingWorker(worker, folders, (line) => lines.push(line));
  expect(lines).toEqual([expect.stringMatching(/^The typing worker is ready \(\d+\.\d\d s\)\.$/)]);

  const timedOut = Symbol('timed out');
  const publish = typeSubset({
    ...folders,
    articles: ['articles/2021/ivorian-cocoa-farmers-withhold-harvest.mdx'],
    worker,
    log: (line) => lines.push(line),
  });
  // The warm-up already paid for the start: a typing of one story takes well under this.
  const answer = await Promise.race([
    publish,
    new Promise<typeof timedOut>((resolve) => setTimeout(() => resolve(timedOut), 60_000).unref()),
  ]);
  expect(answer, 'the publish waited behind the warm-up').not.toBe(timedOut);
  if (answer !== timedOut) answer.remove();
  expect(worker.starts).toBe(1);
}, 180_000);
