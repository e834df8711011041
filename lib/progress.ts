/**
 * Progress for build steps that scale with the archive (docs/decisions/051-progress-on-long-steps).
 * `start(label, total)` returns `{ tick(n), done() }`. On a terminal one line is redrawn at most
 * ten times a second: `Checking content: 12,345 of 100,000 (12 %), 2,100/s, about 42 s left`.
 * Elsewhere (CI logs) a plain line at most every DATELINE_PROGRESS_EVERY_MS (5 s), none at all
 * for work done sooner, then one final line with the count and the time taken. Writes to
 * stderr, so stdout stays parseable; the clock and the stream are injectable for tests.
 */
import { readEnv } from './env';

/** What the reporter writes to: process.stderr, or a test's collector. */
export interface ProgressStream {
  write(text: string): unknown;
  isTTY?: boolean;
}

export interface ProgressOptions {
  stream?: ProgressStream;
  /** Where `log` writes a step's own lines (default process.stdout). */
  out?: ProgressStream;
  /** Milliseconds from any fixed point (default performance.now). */
  now?: () => number;
  /** Not a terminal: the least time between lines, and the quiet start (default DATELINE_PROGRESS_EVERY_MS). */
  every?: number;
}

export interface Progress {
  tick(n?: number): void;
  done(): void;
  /** Prints a line of the step's own (to `out`) without breaking the line being redrawn. */
  log(text: string): void;
}

/** A terminal line is redrawn at most this often. */
const REDRAW_MS = 100;
const count = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const slowRate = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

/** 42 s, 3 min 5 s, 1 h 2 min. */
export function formatSeconds(seconds: number): string {
  const s = Math.round(seconds);
  if (s < 60) return `${s} s`;
  if (s < 3600) return `${Math.floor(s / 60)} min ${s % 60} s`;
  return `${Math.floor(s / 3600)} h ${Math.floor((s % 3600) / 60)} min`;
}

export function start(label: string, total: number, options: ProgressOptions = {}): Progress {
  const stream = options.stream ?? process.stderr;
  const now = options.now ?? (() => performance.now());
  const tty = stream.isTTY === true;
  const every = tty ? REDRAW_MS : (options.every ?? readEnv('DATELINE_PROGRESS_EVERY_MS'));
  const began = now();
  let last = began;
  let counted = 0;
  let shown = false;
  let drawn = '';
  let finished = false;

  const line = (at: number): string => {
    const seconds = (at - began) / 1000;
    const percent = total > 0 ? Math.floor((Math.min(counted, total) / total) * 100) : 100;
    let text = `${label}: ${count.format(counted)} of ${count.format(total)} (${percent} %)`;
    if (seconds > 0 && counted > 0) {
      const rate = counted / seconds;
      text += `, ${(rate < 10 ? slowRate : count).format(rate)}/s, about ${formatSeconds(Math.max(0, total - counted) / rate)} left`;
    }
    return text;
  };

  return {
    tick(n = 1) {
      if (finished) return;
      counted += n;
      const at = now();
      if (at - last < every) return;
      last = at;
      shown = true;
      drawn = line(at);
      stream.write(tty ? `\r${drawn}\x1b[K` : `${drawn}\n`);
    },
    done() {
      if (finished) return;
      finished = true;
      if (!shown) return;
      const seconds = (now() - began) / 1000;
      const final = `${label}: ${count.format(counted)} done in ${formatSeconds(seconds)}`;
      stream.write(tty ? `\r${final}\x1b[K\n` : `${final}\n`);
    },
    log(text) {
      const out = options.out ?? process.stdout;
      if (!tty || !shown || finished) {
        out.write(`${text}\n`);
        return;
      }
      stream.write('\r\x1b[K');
      out.write(`${text}\n`);
      stream.write(`${drawn}\x1b[K`);
    },
  };
}

/** Yields each item of `items`, ticking once as the caller moves past it (also on `continue`). */
export function* ticking<T>(items: Iterable<T>, progress: Progress): Generator<T> {
  for (const item of items) {
    yield item;
    progress.tick();
  }
}

/** `ticking` for items that arrive asynchronously (lib/content's searchDocumentsOf). */
export async function* tickingAsync<T>(items: AsyncIterable<T>, progress: Progress): AsyncGenerator<T> {
  for await (const item of items) {
    yield item;
    progress.tick();
  }
}
