/**
 * The desk's publish queue, in the database so it survives a restart: one job at a time, in the
 * order asked. A job left `running` by a desk that was killed mid-publish is queued again at the
 * next start: a publish is idempotent given the workspace and content/, so running it twice
 * puts the same thing live once.
 */
import type { Database } from '../../db/connection';
import type { DeskJobKind, DeskJobState } from '../../db/schema';

export interface JobProblem {
  file: string;
  line?: number;
  field: string;
  message: string;
  fix?: string;
}

/** The check's problems with the given refused files, as a job keeps them (a line only when known). */
export function jobProblems(
  refused: readonly {
    problems: readonly { file: string; line?: number; field: string; message: string; fix?: string }[];
  }[],
): JobProblem[] {
  return refused.flatMap(({ problems }) =>
    problems.map((problem) => ({
      file: problem.file,
      ...(problem.line ? { line: problem.line } : {}),
      field: problem.field,
      message: problem.message,
      fix: problem.fix,
    })),
  );
}

/** What a finished job says, kept as JSON in desk_jobs.result. */
export interface Outcome {
  outcome: 'published' | 'scheduled' | 'unpublished' | 'refused' | 'failed' | 'lifted' | 'pulled';
  /** The story's address on the site. */
  url?: string;
  /** For a scheduled story: when it goes live (ISO). */
  until?: string;
  /** The check's problems with this story (refused), each with file, line, field and message. */
  problems?: JobProblem[];
  /** Other files the same publish refused (they stay as they were; not this story's concern). */
  othersRefused?: string[];
  /** Why a job failed (the server did not answer, …). */
  message?: string;
}

export interface Job {
  id: number;
  kind: DeskJobKind;
  story: string | null;
  requestedBy: string;
  state: DeskJobState;
  outcome?: Outcome;
  createdAt: string;
  finishedAt?: string;
}

export type JobHandler = (job: Job) => Promise<Outcome>;

interface Row {
  id: number;
  kind: DeskJobKind;
  story: string | null;
  requested_by: string;
  state: DeskJobState;
  result: string | null;
  created_at: string;
  finished_at: string | null;
}

const jobOf = (row: Row): Job => ({
  id: row.id,
  kind: row.kind,
  story: row.story,
  requestedBy: row.requested_by,
  state: row.state,
  ...(row.result ? { outcome: JSON.parse(row.result) as Outcome } : {}),
  createdAt: row.created_at,
  ...(row.finished_at ? { finishedAt: row.finished_at } : {}),
});

/** How long the queue waits before it reaches for its table again after a failure. */
const RETRY_MS = 2_000;

export class PublishQueue {
  private working: Promise<void> | undefined;
  private stopped = false;
  private readonly waiters = new Map<number, ((job: Job) => void)[]>();

  private retry: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly database: Database,
    private readonly handler: JobHandler,
    private readonly now: () => Date = () => new Date(),
    private readonly report: (message: string) => void = () => undefined,
  ) {}

  /** At start: jobs a killed desk left running are queued again; then the queue is worked off. */
  async start(): Promise<void> {
    await this.database.db.updateTable('desk_jobs').set({ state: 'queued' }).where('state', '=', 'running').execute();
    this.stopped = false;
    this.pump();
  }

  /** Lets the job being run finish; runs no further job. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retry);
    await this.working;
  }

  async enqueue(kind: DeskJobKind, story: string | null, requestedBy: string): Promise<number> {
    const row = await this.database.db
      .insertInto('desk_jobs')
      .values({ kind, story, requested_by: requestedBy, state: 'queued', created_at: this.now().toISOString() })
      .returning('id')
      .executeTakeFirstOrThrow();
    this.pump();
    return row.id;
  }

  /** Whether a scheduled lift is waiting already (one is enough). */
  async hasQueued(kind: DeskJobKind): Promise<boolean> {
    const row = await this.database.db
      .selectFrom('desk_jobs')
      .select('id')
      .where('kind', '=', kind)
      .where('state', 'in', ['queued'])
      .executeTakeFirst();
    return row !== undefined;
  }

  async job(id: number): Promise<Job | undefined> {
    const row = await this.database.db.selectFrom('desk_jobs').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? jobOf(row) : undefined;
  }

  /** The latest job for each story named (for the story list and page). */
  async latestFor(stories: string[]): Promise<Map<string, Job>> {
    const latest = new Map<string, Job>();
    for (let i = 0; i < stories.length; i += 500) {
      const rows = await this.database.db
        .selectFrom('desk_jobs')
        .selectAll()
        .where('story', 'in', stories.slice(i, i + 500))
        .orderBy('id', 'asc')
        .execute();
      for (const row of rows) if (row.story) latest.set(row.story, jobOf(row));
    }
    return latest;
  }

  /** The job once it has finished, or undefined if it has not within `timeoutMs`. */
  async wait(id: number, timeoutMs: number): Promise<Job | undefined> {
    const done = (job: Job | undefined) => job !== undefined && job.state !== 'queued' && job.state !== 'running';
    const current = await this.job(id);
    if (done(current)) return current;
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.waiters.set(
          id,
          (this.waiters.get(id) ?? []).filter((waiter) => waiter !== finish),
        );
        resolve(undefined);
      }, timeoutMs);
      const finish = (job: Job) => {
        clearTimeout(timer);
        resolve(job);
      };
      this.waiters.set(id, [...(this.waiters.get(id) ?? []), finish]);
    });
  }

  /** Resolves once no job is running (for tests and a clean stop). */
  async idle(): Promise<void> {
    while (this.working) await this.working;
  }

  private pump(): void {
    if (this.working || this.stopped) return;
    this.working = this.work()
      .catch((error: unknown) => {
        // The queue's own table did not answer (a locked database, a dropped connection): an
        // unhandled rejection would end the desk; the jobs stay queued and are tried again.
        this.report(`the publish queue could not reach its jobs (${String(error)}); trying again in 2 s`);
        this.retry = setTimeout(() => this.pump(), RETRY_MS);
      })
      .finally(() => {
        this.working = undefined;
      });
  }

  private async work(): Promise<void> {
    while (!this.stopped) {
      const row = await this.database.db
        .selectFrom('desk_jobs')
        .selectAll()
        .where('state', '=', 'queued')
        .orderBy('id', 'asc')
        .executeTakeFirst();
      if (!row) return;
      await this.database.db.updateTable('desk_jobs').set({ state: 'running' }).where('id', '=', row.id).execute();
      let outcome: Outcome;
      try {
        outcome = await this.handler(jobOf({ ...row, state: 'running' }));
      } catch (error) {
        outcome = { outcome: 'failed', message: error instanceof Error ? error.message : String(error) };
      }
      const state: DeskJobState =
        outcome.outcome === 'refused' ? 'refused' : outcome.outcome === 'failed' ? 'failed' : 'done';
      await this.database.db
        .updateTable('desk_jobs')
        .set({ state, result: JSON.stringify(outcome), finished_at: this.now().toISOString() })
        .where('id', '=', row.id)
        .execute();
      const finished = await this.job(row.id);
      const waiters = this.waiters.get(row.id) ?? [];
      this.waiters.delete(row.id);
      if (finished) for (const waiter of waiters) waiter(finished);
    }
  }
}
