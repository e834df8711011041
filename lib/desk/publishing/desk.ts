/**
 * The desk's publishing work, one object the API, the pages and the service share: saving into
 * the workspace, and the queue's job handler (sync → release the story → run the pipeline →
 * put the story back if it was refused → wait until readers can load it).
 */
import path from 'node:path';

import type { Database } from '../../db/connection';
import { formatProblem } from '../../source/problem';
import { type Author, recordRelease, recordSave } from '../history';
import { releaseVerb } from '../history/messages';
import { publishLivePost } from '../live/publish-post';
import type { DeskUser } from '../roles';
import { withDraft } from '../workspace/frontmatter';
import { releaseStory } from '../workspace/release';
import { keyText, parseKeyText, type StoryKey } from '../workspace/story-key';
import { markAgreed, syncWorkspace } from '../workspace/sync';
import { mainFile, readStory, saveStory, storyFiles, type Workspace } from '../workspace/workspace';
import { type Job, type JobHandler, type JobProblem, jobProblems, type Outcome, PublishQueue } from './queue';
import type { DeskPublishResult, RunPublish } from './run-publish';
import { type Scheduler } from './scheduler';
import { storyFields, storyUrl } from './story-fields';

export interface DeskOptions {
  database: Database;
  workspace: Workspace;
  runPublish: RunPublish;
  /** Resolves once the reader server answers `url` with 200 (visible) or 404 (not), or throws after a while. */
  readersSee: (url: string, visible: boolean) => Promise<void>;
  now: () => Date;
  log?: (line: string) => void;
  /** How long a publish request waits for its job before answering 202 (default 30 s). */
  waitMs?: number;
  /** The name and email of a desk account, by id, for the release's commit (undefined when unknown). */
  authorOf?: (userId: string) => Promise<Author | undefined>;
}

export class Desk {
  readonly queue: PublishQueue;
  scheduler: Scheduler | undefined;
  /** Runs a `pull` job: fetch, merge and publish the followed branch (lib/desk/follow/), when one is followed. */
  pull: JobHandler | undefined;

  constructor(readonly options: DeskOptions) {
    this.queue = new PublishQueue(options.database, (job) => this.run(job), options.now, options.log);
  }

  get workspace(): Workspace {
    return this.options.workspace;
  }

  /**
   * Saves a story's text in the workspace as this person; content/ is not touched. The save is
   * a revision (a commit on dateline-desk) authored by them.
   */
  async save(user: DeskUser, key: StoryKey, text: string): Promise<{ file: string; created: boolean }> {
    const saved = saveStory(this.workspace, key, text);
    await this.noteSaved(user, key);
    await recordSave([`content/${saved.file}`], user, `Save ${keyText(key)}`);
    return saved;
  }

  /** Remembers who saved the story last, and when (the story list shows it). */
  async noteSaved(user: DeskUser, key: StoryKey): Promise<void> {
    const row = {
      story: `${key.year}/${key.slug}`,
      user_id: user.id,
      user_name: user.name,
      user_email: user.email,
      saved_at: this.options.now().toISOString(),
    };
    await this.options.database.db
      .insertInto('desk_saves')
      .values(row)
      .onConflict((conflict) => conflict.column('story').doUpdateSet(row))
      .execute();
  }

  /** Whether the story exists in the workspace or on the site. */
  exists(key: StoryKey): boolean {
    return (
      storyFiles(this.workspace.contentDir, key).length > 0 ||
      storyFiles(this.workspace.project.contentDir, key).length > 0
    );
  }

  private async run(job: Job): Promise<Outcome> {
    const log = this.options.log ?? (() => undefined);
    if (job.kind === 'pull') {
      return this.pull
        ? this.pull(job)
        : { outcome: 'failed', message: 'this desk follows no remote (DESK_FOLLOW_REMOTE)' };
    }
    if (job.kind === 'live-post') return publishLivePost(this, job);
    if (job.kind === 'schedule' || job.story === null) {
      try {
        const result = await this.options.runPublish(log);
        return { outcome: 'lifted', othersRefused: result.refused.map((refused) => refused.file) };
      } catch (error) {
        // Said here, since nobody waits on this job: the scheduler tries again (./scheduler.ts).
        log(`The scheduled publish failed: ${error instanceof Error ? error.message : String(error)}`);
        throw error;
      } finally {
        this.scheduler?.rearm();
      }
    }
    const key = parseKeyText(job.story);
    if (!key) return { outcome: 'failed', message: `"${job.story}" is not a story` };
    // This story's files only: the whole archive is synced by the desk's timer, not on a publish's clock.
    await syncWorkspace(this.options.database, this.workspace, key);
    if (!this.exists(key)) return { outcome: 'failed', message: `there is no story ${job.story}` };
    const before = readStory(this.workspace.project.contentDir, key);
    const release = releaseStory(this.workspace, key, job.kind === 'unpublish' ? withDraft : undefined);
    let result: DeskPublishResult;
    try {
      // The desk knows what it released: the publish looks at those files only.
      result = await this.options.runPublish(log, release.files);
    } finally {
      this.scheduler?.rearm();
    }
    const ours = new Set(release.files);
    const refusedHere = result.refused.filter((refused) => ours.has(refused.file));
    const others = result.refused.filter((refused) => !ours.has(refused.file)).map((refused) => refused.file);
    if (refusedHere.length > 0 || result.status === 'refused') {
      release.restore();
      const problems: JobProblem[] = jobProblems(refusedHere);
      if (problems.length === 0) {
        // Today's pipeline refuses everything for another file's problem; this story was put back.
        return {
          outcome: 'failed',
          message:
            `the publish was stopped by problems in other files (${others.join(', ')}); this story was put back as it was. ${
              result.status === 'refused' ? result.problems.slice(0, 5).join(' ') : ''
            }`.trim(),
          othersRefused: others,
        };
      }
      log(`Refused ${job.story}: ${refusedHere.flatMap((refused) => refused.problems.map(formatProblem)).join(' | ')}`);
      return { outcome: 'refused', problems, othersRefused: others };
    }
    await markAgreed(this.options.database, this.workspace, release.files);
    const outcome = await this.settle(key, others);
    // Recorded once readers can load the change, so the commit is never on their critical path;
    // still inside the job, so the next job cannot change these files before they are committed.
    const verb = releaseVerb(job.kind, outcome.outcome, before, readStory(this.workspace.project.contentDir, key));
    await recordRelease(
      [
        ...release.files.map((file) => `content/${file}`),
        ...release.pictures.map((picture) => `public/images/${picture}`),
      ],
      await this.authorOf(job.requestedBy),
      `${verb} ${keyText(key)}`,
    );
    return outcome;
  }

  /** Who asked for a job, as a commit's author: their account's name and email. */
  async authorOf(userId: string): Promise<Author> {
    const found = await this.options.authorOf?.(userId).catch(() => undefined);
    return (
      found ?? { name: `Desk account ${userId}`, email: `${userId.replace(/[^A-Za-z0-9._-]/g, '')}@dateline.invalid` }
    );
  }

  /** After a publish that took the story: where it is and whether readers can load it yet. */
  private async settle(key: StoryKey, others: string[]): Promise<Outcome> {
    const file = mainFile(this.workspace.project.contentDir, key);
    const text = readStory(this.workspace.project.contentDir, key);
    if (!file || text === undefined) return { outcome: 'unpublished', othersRefused: others };
    const fields = storyFields(path.posix.join('content', file), text, key);
    const url = storyUrl(key, fields);
    const extra = { ...(url ? { url } : {}), ...(others.length > 0 ? { othersRefused: others } : {}) };
    if (fields.draft) return { outcome: 'unpublished', ...extra, ...(await this.readersCheck(url, false)) };
    if (fields.date && Date.parse(fields.date) > this.options.now().getTime()) {
      return { outcome: 'scheduled', until: fields.date, ...extra };
    }
    return { outcome: 'published', ...extra, ...(await this.readersCheck(url, true)) };
  }

  /** Waits for readers to see the change; a slow server is said, not taken for a failed publish. */
  private async readersCheck(url: string | undefined, visible: boolean): Promise<{ message?: string }> {
    if (!url) return {};
    try {
      await this.options.readersSee(url, visible);
      return {};
    } catch (error) {
      return { message: error instanceof Error ? error.message : String(error) };
    }
  }
}

/** Polls a reader server until the page answers as expected (200 or 404), for up to `timeoutMs`. */
export function pollReaders(server: string, timeoutMs = 15_000): DeskOptions['readersSee'] {
  return async (url, visible) => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const status = await fetch(new URL(url, server), { redirect: 'manual', signal: AbortSignal.timeout(5_000) })
        .then((response) => response.status)
        .catch(() => 0);
      if (visible ? status === 200 : status === 404) return;
      if (Date.now() > deadline) {
        throw new Error(
          `${server}${url} still answers ${status || 'nothing'} ${Math.round(timeoutMs / 1000)} s after the publish`,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };
}
