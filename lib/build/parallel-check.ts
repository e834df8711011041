/**
 * The content check's per-file work (lib/validation/check-file.ts: reading, frontmatter, fields,
 * the MDX compile) spread over worker threads, one per core unless DATELINE_CHECK_WORKERS says
 * otherwise. The rules across files stay in the main thread, over the outcomes given back in the
 * listing's order, so the problems are the single-threaded check's, in the same order.
 *
 * The body cache (./body-cache.ts) stays in the main thread too: each file goes out with the one
 * result it may reuse, and comes back with what its check found. A thread that dies (an uncaught
 * error, out of memory, an exit) fails the check naming the file it was on; nothing waits for it.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

import { readEnv } from '../env';
import type { FileContext, FileOutcome, FileTask } from '../validation/check-file';
import { checkFilesHere, type FileChecks } from '../validation/validate-content';
import type { BodyChecker } from './body-cache';
import type { CheckAnswer, CheckRequest, CheckWorkerData } from './check-worker';

/**
 * Below this much work the check stays in this thread. Work is counted in bodies to compile
 * (about 2.4 ms of CPU each); a file whose body the cache knows is only read and parsed (about
 * 0.2 ms) and counts as REUSED_WORK of one. Threads cost CPU of their own: about 0.7 s each to
 * start (tsx and the MDX compiler load afresh in each), a JIT and a heap each to warm, compiled
 * bodies written side by side: on two cores some 3 s for a warm check of 20,000 files, 5 to 9 s
 * for a cold one. So on two free cores they win from about 1,000 new bodies, or 16,000 known
 * ones; the threshold is twice that, for a machine that is not free (scripts/bench/check-threads.ts,
 * docs/decisions/054-content-check-on-every-core.md).
 */
export const MIN_WORK_FOR_THREADS = 2000;
const REUSED_WORK = 1 / 16;

/** Files sent to a thread ahead of the one it is on, so it never waits for the main thread. */
const AHEAD = 4;

export interface ParallelCheckOptions {
  bodies: BodyChecker;
  /** Threads to use (default: DATELINE_CHECK_WORKERS, else one per core); 1 checks in this thread. */
  threads?: number;
  /** Below this much work, check in this thread (default MIN_WORK_FOR_THREADS). */
  minWork?: number;
  /** The module a thread runs (default ./check-worker.ts); tests give one that fails on purpose. */
  entry?: URL;
}

function threadCount(): number {
  return readEnv('DATELINE_CHECK_WORKERS') ?? availableParallelism();
}

export function parallelFileChecks(options: ParallelCheckOptions): FileChecks {
  const threads = options.threads ?? threadCount();
  const minWork = options.minWork ?? MIN_WORK_FOR_THREADS;
  return (tasks, context, done) => {
    const work = tasks.reduce((sum, task) => sum + (options.bodies.previous(task.file) ? REUSED_WORK : 1), 0);
    return threads <= 1 || work < minWork
      ? checkFilesHere(tasks, context, done)
      : checkInThreads(tasks, context, done, { ...options, threads: Math.min(threads, tasks.length) });
  };
}

function checkInThreads(
  tasks: readonly FileTask[],
  context: FileContext,
  done: () => void,
  options: ParallelCheckOptions & { threads: number },
): Promise<FileOutcome[]> {
  const { bodies } = options;
  const outcomes = new Array<FileOutcome>(tasks.length);
  const workerData: CheckWorkerData = {
    entry: (options.entry ?? new URL('./check-worker.ts', import.meta.url)).href,
    contentDir: context.contentDir,
    now: context.now,
    compiled: bodies.compiled,
  };
  const bootstrap = new URL('./typescript-worker.mjs', import.meta.url);

  return new Promise((resolve, reject) => {
    const workers: Worker[] = [];
    let next = 0;
    let finished = 0;
    let settled = false;
    const stopAll = () => Promise.all(workers.map((worker) => worker.terminate()));
    const fail = (message: string) => {
      if (settled) return;
      settled = true;
      const fix = 'run it again with DATELINE_CHECK_WORKERS=1 to check every file in the main thread';
      void stopAll().finally(() => reject(new Error(`${message} — ${fix}`)));
    };

    const startWorker = () => {
      // Indexes of the files sent to this thread and not answered yet, oldest (the one it is on) first.
      const sent: number[] = [];
      let ready = false;
      const worker = new Worker(bootstrap, { execArgv: [], workerData });
      workers.push(worker);
      const send = () => {
        while (!settled && sent.length < AHEAD && next < tasks.length) {
          const index = next++;
          const task = tasks[index] as FileTask;
          const request: CheckRequest = { index, task, previous: bodies.previous(task.file) };
          sent.push(index);
          worker.postMessage(request);
        }
      };
      const stopped = (why: string) => {
        const on = sent[0];
        if (!ready) {
          fail(`the content check could not start a thread (${why})`);
        } else if (on !== undefined) {
          fail(`${tasks[on]?.file ?? 'a file'}: the content check's thread checking this file stopped (${why})`);
        } else if (finished < tasks.length) {
          fail(`a thread of the content check stopped between files (${why})`);
        }
      };
      worker.on('message', (answer: CheckAnswer) => {
        if (settled) return;
        if ('ready' in answer) {
          ready = true;
          return;
        }
        sent.shift();
        if ('error' in answer) {
          fail(`${tasks[answer.index]?.file ?? 'a file'}: the content check failed on this file: ${answer.error}`);
          return;
        }
        outcomes[answer.index] = answer.outcome;
        if (answer.cached) bodies.remember((tasks[answer.index] as FileTask).file, answer.cached);
        finished += 1;
        done();
        if (finished === tasks.length) {
          settled = true;
          void stopAll().then(() => resolve(outcomes), reject);
          return;
        }
        send();
      });
      worker.on('error', (error) => stopped(error.stack ?? error.message));
      worker.on('messageerror', (error) => stopped(`a message could not be read: ${error.message}`));
      worker.on('exit', (code) => stopped(`exit code ${code}`));
      send();
    };

    for (let n = 0; n < options.threads; n++) startWorker();
  });
}
