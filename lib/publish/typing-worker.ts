/**
 * One Contentlayer process kept for the life of the process that publishes (the desk), so a
 * publish does not pay for starting Node, compiling contentlayer.config.ts and loading
 * Contentlayer each time (docs/decisions/041-typing-without-a-process-per-publish.md).
 *
 * The worker (scripts/pipeline/typing-worker.mjs) types whatever the links in its scratch
 * folder's `content` point at; ./typed-subset.ts makes those links, asks, and reads the result.
 * Requests are one at a time: the next waits until the previous result has been read.
 */
import { type ChildProcess, fork } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { subsetTypingEnv } from './subset-typing-env';
import { Turns } from './turns';

interface Answer {
  id?: number;
  ok?: boolean;
  ready?: boolean;
  documents?: number;
  error?: string;
}

/** Longer than any publish's typing has taken on a loaded machine (seconds), short of forever. */
const STUCK_AFTER_MS = 5 * 60 * 1000;

/** The worker stopped or never started: the caller types with a process of its own instead. */
export class TypingWorkerGone extends Error {}

export class TypingWorker {
  readonly scratch: string;
  readonly key: string;
  /** How many worker processes this object has started (tests hold it to one). */
  starts = 0;
  private child: ChildProcess | undefined;
  private ready: Promise<void> | undefined;
  private nextId = 1;
  private waiting = new Map<number, { resolve: (documents: number) => void; reject: (error: Error) => void }>();
  private output = '';
  private readonly turns = new Turns();

  constructor(private readonly options: { root: string; contentDir: string; publicDir: string }) {
    this.key = workerKey(options);
    this.scratch = mkdtempSync(path.join(tmpdir(), 'dateline-typing-'));
  }

  /** Waits for the previous request's result to be read; the returned function frees the folder. */
  take(): Promise<() => void> {
    return this.turns.take();
  }

  /** Types the scratch folder's content; resolves with Contentlayer's document count. */
  async type(): Promise<number> {
    const child = await this.started();
    const id = this.nextId++;
    this.output = '';
    // A worker that never answers is stopped: its exit fails this request over to a process of its own.
    const stuck = setTimeout(() => child.kill('SIGKILL'), STUCK_AFTER_MS);
    return new Promise<number>((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      child.send({ id });
    }).finally(() => {
      clearTimeout(stuck);
    });
  }

  /** The worker's process id, while it runs. */
  get pid(): number | undefined {
    return this.child?.pid;
  }

  stop(): void {
    this.child?.kill();
    this.child = undefined;
    this.ready = undefined;
    rmSync(this.scratch, { recursive: true, force: true });
  }

  private started(): Promise<ChildProcess> {
    if (this.child && this.ready) {
      const child = this.child;
      return this.ready.then(() => child);
    }
    const { root, publicDir } = this.options;
    const child = fork(
      path.join(root, 'scripts', 'pipeline', 'typing-worker.mjs'),
      [path.join(root, 'contentlayer.config.ts')],
      {
        cwd: this.scratch,
        env: subsetTypingEnv(this.scratch, publicDir),
        stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
      },
    );
    this.starts++;
    this.child = child;
    child.stdout?.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
    this.ready = new Promise<void>((resolve, reject) => {
      child.on('message', (answer: Answer) => {
        if (answer.ready) {
          resolve();
          return;
        }
        const waiter = answer.id === undefined ? undefined : this.waiting.get(answer.id);
        if (!waiter || answer.id === undefined) return;
        this.waiting.delete(answer.id);
        if (answer.ok) waiter.resolve(answer.documents ?? 0);
        else
          waiter.reject(
            new Error(
              `Contentlayer failed on the files to publish:\n${[this.output.trim(), answer.error].join('\n').trim()}`,
            ),
          );
      });
      const gone = (why: string) => {
        if (this.child === child) {
          this.child = undefined;
          this.ready = undefined;
        }
        const error = new TypingWorkerGone(`the typing worker ${why}${this.output ? `:\n${this.output.trim()}` : ''}`);
        reject(error);
        for (const waiter of this.waiting.values()) waiter.reject(error);
        this.waiting.clear();
      };
      // A child with no pid never started; one with a pid died under us (a request sent to it then
      // fails with EPIPE before its 'exit' arrives), which is a stop, not a failed start.
      child.on('error', (error) =>
        gone(child.pid === undefined ? `could not start (${error.message})` : `stopped (${error.message})`),
      );
      child.on('exit', (code, signal) => gone(`stopped (exit ${code ?? signal})`));
    });
    return this.ready.then(() => child);
  }
}

function workerKey(options: { root: string; contentDir: string; publicDir: string }): string {
  return [options.root, options.contentDir, options.publicDir].join('\0');
}

let shared: TypingWorker | undefined;

/** The process's worker for these folders, started on first use (a different site's folders replace it). */
export function sharedTypingWorker(options: { root: string; contentDir: string; publicDir: string }): TypingWorker {
  if (shared?.key !== workerKey(options)) {
    shared?.stop();
    shared = new TypingWorker(options);
  }
  return shared;
}

/** The running worker's process id, for a benchmark that reports its memory. */
export function sharedTypingWorkerPid(): number | undefined {
  return shared?.pid;
}

export function stopSharedTypingWorker(): void {
  shared?.stop();
  shared = undefined;
}

process.once('exit', () => shared?.stop());
