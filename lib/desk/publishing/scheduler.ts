/**
 * Lifting embargoes without cron. A story released with a future `date` sits in content/ and the
 * pipeline holds it back; the scheduler sets a timer for the earliest such date and, when it
 * comes, queues a publish (which lets every story now due through). It looks again at least
 * once a minute, so a story scheduled by git or a terminal is found too. The clock and the timer
 * are injected so tests can run it on fake time.
 *
 * The due times are those the content store has not lifted yet (dated after its clock), so a
 * time already past is a lift that did not happen or did not take (the desk was down, the
 * publish failed, the database did not answer when the timer was set): it is lifted at once,
 * and again after a growing pause while it stays unlifted, never forgotten.
 */
import { type Database, databaseLocation, isMissingTable, openDatabase } from '../../db/connection';
import { fileRows } from '../../publish/file-rows';
import { storedClock } from '../../publish/store-reads';

export interface Timers {
  set: (run: () => void, ms: number) => unknown;
  clear: (handle: unknown) => void;
}

export interface SchedulerOptions {
  /** Times (ms since 1970) at which a held-back story not yet lifted goes live; past ones are overdue. */
  dueTimes: () => number[] | Promise<number[]>;
  now: () => number;
  /** Queues the publish that lifts what is due. */
  lift: () => void;
  timers?: Timers;
  /** The longest the scheduler sleeps before it looks again (default a minute). */
  recheckMs?: number;
  /** The first pause before an overdue time is lifted again (default 15 s; it doubles, up to 10 min). */
  retryMs?: number;
}

/** How long after a story's time the publish starts: the pipeline compares with its own clock. */
export const LIFT_DELAY_MS = 250;
const LONGEST_RETRY_MS = 10 * 60_000;
/** How soon the due times are asked again after the database did not answer. */
const ASK_AGAIN_MS = 5_000;

export interface Scheduler {
  /** Looks at the due times again (after a publish may have added some). */
  rearm: () => void;
  stop: () => void;
  /** When the next lift is planned (ms), if any. */
  next: () => number | undefined;
}

export function startScheduler(options: SchedulerOptions): Scheduler {
  const timers = options.timers ?? {
    set: (run: () => void, ms: number) => setTimeout(run, ms),
    clear: (handle: unknown) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  };
  const recheckMs = options.recheckMs ?? 60_000;
  const retryMs = options.retryMs ?? 15_000;
  let handle: unknown;
  let planned: number | undefined;
  let stopped = false;
  // Lifts asked for while something stayed overdue, and when the last was: the pause between
  // them doubles, so a story the publish keeps refusing is retried, not hammered.
  let overdueLifts = 0;
  let lastLift = Number.NEGATIVE_INFINITY;

  // Each arm asks for the due times; only the latest answer sets the timer.
  let asked = 0;
  const arm = () => {
    if (stopped) return;
    const ask = ++asked;
    let due: number[] | Promise<number[]>;
    try {
      due = options.dueTimes();
    } catch {
      due = Promise.reject(new Error('no answer'));
    }
    if (Array.isArray(due)) plan(due);
    // A database that does not answer: nothing is known, so it is asked again soon.
    else
      void due.then(
        (times) => ask === asked && plan(times),
        () => ask === asked && plan(undefined),
      );
  };
  const wake = (ms: number) => {
    handle = timers.set(
      () => {
        handle = undefined;
        arm();
      },
      Math.max(0, ms),
    );
  };
  // The pause before the next lift of something overdue: retryMs, then doubling, at most 10 min.
  const pauseAfter = (lifts: number) => Math.min(LONGEST_RETRY_MS, retryMs * 2 ** Math.max(0, lifts - 1));
  const plan = (due: number[] | undefined) => {
    if (stopped) return;
    if (handle !== undefined) timers.clear(handle);
    if (due === undefined) {
      wake(Math.min(recheckMs, ASK_AGAIN_MS));
      return;
    }
    const now = options.now();
    const overdue = due.some((time) => time + LIFT_DELAY_MS <= now);
    const upcoming = due.filter((time) => time + LIFT_DELAY_MS > now);
    let retryAt = Number.POSITIVE_INFINITY;
    if (!overdue) overdueLifts = 0;
    else {
      if (overdueLifts === 0 || now - lastLift >= pauseAfter(overdueLifts)) {
        overdueLifts += 1;
        lastLift = now;
        options.lift();
      }
      retryAt = lastLift + pauseAfter(overdueLifts);
    }
    planned = upcoming.length > 0 ? Math.min(...upcoming) : undefined;
    wake(Math.min(now + recheckMs, planned === undefined ? Infinity : planned + LIFT_DELAY_MS, retryAt) - now);
  };
  arm();
  return {
    rearm: arm,
    stop: () => {
      stopped = true;
      if (handle !== undefined) timers.clear(handle);
    },
    next: () => planned,
  };
}

/**
 * The held-back stories the content store has not lifted yet (the manifest's rows dated after the
 * store's clock, by their index on the date), with the time each goes live: those still ahead,
 * and any whose time has passed without a publish taking them. None before a first build.
 */
export async function embargoedStories(now: number, root = process.cwd()): Promise<{ file: string; at: number }[]> {
  // Opened to read, not migrated: a migration writes (its lock row), and a question asked every
  // minute beside the desk's own writes to the same file should not need a write lock.
  let database: Database;
  try {
    database = openDatabase(databaseLocation(process.env, root));
  } catch {
    return [];
  }
  try {
    const clock = (await storedClock(database))?.getTime() ?? now;
    const records = await fileRows(database).datedBetween(Math.min(clock, now), Number.POSITIVE_INFINITY);
    return records
      .map((record) => ({ file: record.path, at: Date.parse(record.date as string) }))
      .sort((a, b) => a.at - b.at || (a.file < b.file ? -1 : 1));
  } catch (error) {
    // Before a first build the store's tables are not there: nothing is held back.
    if (isMissingTable(error)) return [];
    throw error;
  } finally {
    await database.close();
  }
}
