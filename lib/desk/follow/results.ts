/** Each push's result, kept in desk_pushes (migration 070) and shown at /desk/pushes. */
import type { Database } from '../../db/connection';
import type { DeskPushState, DeskPushTable } from '../../db/schema';
import type { JobProblem } from '../publishing/queue';

export interface PushFile {
  /** Path inside the repository, e.g. content/articles/2026/x.mdx. */
  path: string;
  result: 'published' | 'removed' | 'scheduled' | 'draft' | 'refused' | 'conflict' | 'not published';
  /** The story's address on the site (published, scheduled). */
  url?: string;
  /** For a scheduled story: when it goes live. */
  until?: string;
  /** The check's messages (refused). */
  problems?: JobProblem[];
  /** Why a file is not published (outside the content and public folders). */
  note?: string;
}

export interface PushRecord {
  id: number;
  jobId: number;
  state: DeskPushState;
  branch: string;
  localCommit: string;
  pushedCommit: string;
  mergedCommit?: string;
  authors: string[];
  files: PushFile[];
  message?: string;
  startedAt: string;
  finishedAt?: string;
}

type Row = Omit<DeskPushTable, 'id'> & { id: number };

const recordOf = (row: Row): PushRecord => ({
  id: row.id,
  jobId: row.job_id,
  state: row.state,
  branch: row.branch,
  localCommit: row.local_commit,
  pushedCommit: row.pushed_commit,
  ...(row.merged_commit ? { mergedCommit: row.merged_commit } : {}),
  authors: JSON.parse(row.authors) as string[],
  files: JSON.parse(row.files) as PushFile[],
  ...(row.message ? { message: row.message } : {}),
  startedAt: row.started_at,
  ...(row.finished_at ? { finishedAt: row.finished_at } : {}),
});

export class PushResults {
  constructor(
    private readonly database: Database,
    private readonly now: () => Date,
  ) {}

  /** Writes a push down as it starts (state running). */
  async start(
    push: Pick<PushRecord, 'jobId' | 'branch' | 'localCommit' | 'pushedCommit' | 'authors'>,
  ): Promise<number> {
    const row = await this.database.db
      .insertInto('desk_pushes')
      .values({
        job_id: push.jobId,
        state: 'running',
        branch: push.branch,
        local_commit: push.localCommit,
        pushed_commit: push.pushedCommit,
        merged_commit: null,
        authors: JSON.stringify(push.authors),
        files: '[]',
        message: null,
        started_at: this.now().toISOString(),
        finished_at: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  }

  async finish(
    id: number,
    result: { state: Exclude<DeskPushState, 'running'>; files: PushFile[]; mergedCommit?: string; message?: string },
  ): Promise<void> {
    await this.database.db
      .updateTable('desk_pushes')
      .set({
        state: result.state,
        files: JSON.stringify(result.files),
        merged_commit: result.mergedCommit ?? null,
        message: result.message ?? null,
        finished_at: this.now().toISOString(),
      })
      .where('id', '=', id)
      .execute();
  }

  /** The push a job started (to finish it after a restart). */
  async forJob(jobId: number): Promise<PushRecord | undefined> {
    const row = await this.database.db
      .selectFrom('desk_pushes')
      .selectAll()
      .where('job_id', '=', jobId)
      .orderBy('id', 'desc')
      .executeTakeFirst();
    return row ? recordOf(row) : undefined;
  }

  /** The newest pushes first. */
  async latest(limit = 50): Promise<PushRecord[]> {
    const rows = await this.database.db
      .selectFrom('desk_pushes')
      .selectAll()
      .orderBy('id', 'desc')
      .limit(limit)
      .execute();
    return rows.map(recordOf);
  }
}
