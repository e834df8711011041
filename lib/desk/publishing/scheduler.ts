/**
 * Lifting embargoes without cron. A story released with a future `date` sits in content/ and the
 * pipeline holds it back; the scheduler sets a timer for the earliest such date and, when it
 * comes, queues a publish (which lets every story now due through). It looks again at least
 * once a minute, so a story scheduled by git or a terminal is found too. The clock and the timer
 * are injected so tests can run it on fake time.
 */
import { openStoreDatabase } from '../../publish/database-write';
import { fileRows } from '../../publish/file-rows';

export interface Timers {
  set: (run: () => void, ms: number) => unknown;
  clear: (handle: unknown) => void;
}

export interface SchedulerOptions {
  /** Times (ms since 1970) at which a held-back story goes live (asked of the database, so perhaps later). */
  dueTimes: () => number[] | Promise<number[]>;
  now: () => number;
  /** Queues the publish that lifts what is due. */
  lift: () => void;
  timers?: Timers;
  /** The longest the scheduler sleeps before it looks again (default a minute). */
  recheckMs?: number;
}

/** How long after a story's time the publish starts: the pipeline compares with its own clock. */
export const LIFT_DELAY_MS = 250;

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
  let handle: unknown;
  let planned: number | undefined;
  let stopped = false;
  // Every time up to this one has been lifted: a lift publishes all that is due at once.
  let liftedUpTo = -Infinity;

  // Each arm asks for the due times; only the latest answer sets the timer.
  let asked = 0;
  const arm = () => {
    if (stopped) return;
    const ask = ++asked;
    let due: number[] | Promise<number[]>;
    try {
      due = options.dueTimes();
    } catch {
      due = [];
    }
    if (Array.isArray(due)) plan(due);
    // A database that does not answer: nothing known is due; the recheck asks again.
    else
      void due.then(
        (times) => ask === asked && plan(times),
        () => ask === asked && plan([]),
      );
  };
  const plan = (due: number[]) => {
    if (stopped) return;
    if (handle !== undefined) timers.clear(handle);
    const upcoming = due.filter((time) => time > liftedUpTo);
    planned = upcoming.length > 0 ? Math.min(...upcoming) : undefined;
    const wait = planned === undefined ? recheckMs : Math.min(recheckMs, planned + LIFT_DELAY_MS - options.now());
    handle = timers.set(
      () => {
        handle = undefined;
        const now = options.now();
        if (planned !== undefined && now >= planned + LIFT_DELAY_MS) {
          liftedUpTo = now - LIFT_DELAY_MS;
          options.lift();
        }
        arm();
      },
      Math.max(0, wait),
    );
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
 * The held-back stories of the last build or publish (the manifest's rows in the content store's
 * database, by their index on the date), with the time each goes live; none before a first build.
 */
export async function embargoedStories(now: number, root = process.cwd()): Promise<{ file: string; at: number }[]> {
  let store: Awaited<ReturnType<typeof openStoreDatabase>>;
  try {
    store = await openStoreDatabase(root);
  } catch {
    return [];
  }
  try {
    const records = await fileRows(store.database).datedBetween(now, Number.POSITIVE_INFINITY);
    return records
      .map((record) => ({ file: record.path, at: Date.parse(record.date as string) }))
      .sort((a, b) => a.at - b.at || (a.file < b.file ? -1 : 1));
  } finally {
    await store.database.close();
  }
}
