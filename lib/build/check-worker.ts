/**
 * A worker thread of the content check (./parallel-check.ts): checks the files the main thread
 * sends, one at a time in the order sent, and answers each with its outcome and its body's
 * cache entry (./body-cache.ts), or with the error that stopped it. Compiled bodies are written
 * from here, to the folder the main thread named.
 */
import { parentPort, workerData } from 'node:worker_threads';

import { checkFile, type FileContext, type FileOutcome, type FileTask } from '../validation/check-file';
import { type CachedBody, checkBodyOnce, type CompiledPlace } from './body-cache';
import { compiledBodies } from './compiled-bodies';

/** What the main thread gives every worker when it starts it. */
export interface CheckWorkerData {
  entry: string;
  contentDir: string;
  now: Date;
  compiled: CompiledPlace;
}

/** One file to check, with the last run's result for its body. */
export interface CheckRequest {
  index: number;
  task: FileTask;
  previous?: CachedBody;
}

export type CheckAnswer =
  { ready: true } | { index: number; outcome: FileOutcome; cached?: CachedBody } | { index: number; error: string };

export type CheckOne = (task: FileTask, context: FileContext) => Promise<FileOutcome>;

/** Serves check requests on this thread's port with `checkOne` (tests pass one that fails on purpose). */
export function serveFileChecks(checkOne: CheckOne = checkFile): void {
  const port = parentPort;
  if (!port)
    throw new Error('lib/build/check-worker.ts runs in a worker thread started by lib/build/parallel-check.ts');
  const { contentDir, now, compiled: place } = workerData as CheckWorkerData;
  const compiled = compiledBodies(place);
  const answer = (message: CheckAnswer) => port.postMessage(message);

  const check = async ({ index, task, previous }: CheckRequest) => {
    let cached: CachedBody | undefined;
    const checkBody = async (file: string, body: string, bodyLine: number) => {
      cached = await checkBodyOnce(file, body, bodyLine, previous, compiled);
      return cached.report;
    };
    try {
      const outcome = await checkOne(task, { contentDir, now, checkBody });
      answer({ index, outcome, ...(cached ? { cached } : {}) });
    } catch (error) {
      answer({ index, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
    }
  };

  // One file at a time: the main thread knows which file a thread was on by the order it sent them.
  let queue = Promise.resolve();
  port.on('message', (request: CheckRequest) => {
    queue = queue.then(() => check(request));
  });
  answer({ ready: true });
}

export default serveFileChecks;
