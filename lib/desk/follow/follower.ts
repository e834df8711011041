/**
 * A push publishes (docs/decisions/043-a-push-publishes.md). The webhook and the poll only queue
 * a `pull` job; the desk's queue runs it one at a time with the desk's own publishes (so a merge
 * never meets a release half-way) and runs it again after a restart. A pull:
 *   1. fetches the followed branch; nothing new → nothing;
 *   2. writes the push down (desk_pushes, state running) before it touches the repository, so a
 *      desk killed after the merge publishes the same push at its next start;
 *   3. merges it into the checked-out branch, or records the conflict with both commits and
 *      changes nothing (./pull.ts);
 *   4. runs the same pipeline as a desk publish, which checks and publishes what changed in
 *      content/ with its per-file isolation: a refused file stays off the site (the rest goes),
 *      and is listed with the check's messages;
 *   5. lets the workspace follow content/ (the three-way sync: a story the desk has saved
 *      changes of its own is kept as the desk has it and flagged, never overwritten).
 */
import { realpathSync } from 'node:fs';
import path from 'node:path';

import { absoluteUrl } from '../../routes';
import type { Desk } from '../publishing/desk';
import type { Job, JobProblem, Outcome } from '../publishing/queue';
import type { DeskPublishResult } from '../publishing/run-publish';
import { storyFields, storyUrl } from '../publishing/story-fields';
import { storyOfFile } from '../workspace/story-key';
import { syncWorkspace } from '../workspace/sync';
import { mainFile, readStory } from '../workspace/workspace';
import { git } from './git';
import {
  changedBetween,
  type ChangedFile,
  contains,
  fetchIncoming,
  type Follow,
  head,
  mergeIncoming,
  mergeInProgress,
} from './pull';
import { type PushFile, type PushRecord, PushResults } from './results';
import type { FollowSettings } from './settings';

export type PullRequester = 'webhook' | 'poll' | 'start';

export class Follower {
  readonly results: PushResults;

  constructor(
    readonly desk: Desk,
    readonly settings: FollowSettings,
    readonly follow: Follow,
    private readonly log: (line: string) => void,
  ) {
    this.results = new PushResults(desk.options.database, desk.options.now);
  }

  /** Queues a pull unless one is waiting already (a burst of pushes needs one fetch). */
  async requestPull(by: PullRequester): Promise<number | undefined> {
    if (await this.desk.queue.hasQueued('pull')) return undefined;
    return this.desk.queue.enqueue('pull', null, by);
  }

  /** The `pull` job (run by the desk's queue). */
  async run(job: Job): Promise<Outcome> {
    const { repository } = this.follow;
    const earlier = await this.results.forJob(job.id);
    if (earlier && earlier.state !== 'running') return outcomeOf(earlier);
    if (earlier) {
      // This job was running when the desk stopped.
      if (await mergeInProgress(repository)) await git(repository, ['merge', '--abort']);
      if (await contains(repository, earlier.pushedCommit))
        return this.publishPush(earlier.id, earlier.localCommit, await head(repository));
      await this.results.finish(earlier.id, {
        state: 'failed',
        files: [],
        message: 'The desk stopped before this push was merged; it is pulled again.',
      });
    }

    const incoming = await fetchIncoming(this.follow);
    if (incoming.kind === 'nothing')
      return { outcome: 'pulled', message: `nothing new on ${this.settings.branch} (${incoming.pushed.slice(0, 12)})` };
    const [last] = await this.results.latest(1);
    if (last?.state === 'conflict' && last.localCommit === incoming.local && last.pushedCommit === incoming.pushed)
      return { outcome: 'pulled', message: `push ${last.id} is still in conflict; nothing changed` };

    const id = await this.results.start({
      jobId: job.id,
      branch: this.settings.branch,
      localCommit: incoming.local,
      pushedCommit: incoming.pushed,
      authors: incoming.authors,
    });
    let merged: Awaited<ReturnType<typeof mergeIncoming>>;
    try {
      merged = await mergeIncoming(this.follow, incoming);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      await this.results.finish(id, { state: 'failed', files: [], message });
      this.log(`Push ${id} was not pulled: ${message}`);
      return { outcome: 'failed', message };
    }
    if (merged.kind === 'conflict') {
      const message =
        `${merged.files.length} file(s) changed by the push were changed by the desk too` +
        `${merged.uncommitted ? ' (published in the desk, not committed yet)' : ''}; nothing was merged or published. ` +
        `The pushed commit is also at ${this.follow.trackingRef} on this host; merge by hand (docs/EDITING.md, "A push publishes").`;
      await this.results.finish(id, {
        state: 'conflict',
        files: merged.files.map((file) => ({ path: file, result: 'conflict' })),
        message,
      });
      this.log(`Push ${id} conflicts with the desk: ${merged.files.join(', ')}`);
      return { outcome: 'pulled', message: `push ${id}: conflict` };
    }
    return this.publishPush(id, merged.before, merged.after);
  }

  /** Publishes what the merge `before..after` changed and writes down what became of each file. */
  private async publishPush(id: number, before: string, after: string): Promise<Outcome> {
    const { desk } = this;
    const changed = await changedBetween(this.follow.repository, before, after);
    let result: DeskPublishResult;
    try {
      result = await desk.options.runPublish(this.log);
    } catch (error) {
      const message = `merged, but the publish failed: ${error instanceof Error ? error.message : String(error)}`;
      await this.results.finish(id, {
        state: 'failed',
        mergedCommit: after,
        files: changed.map((file) => ({ path: file.path, result: 'not published' })),
        message,
      });
      return { outcome: 'failed', message };
    } finally {
      desk.scheduler?.rearm();
      // content/ changed: the workspace follows it wherever the desk has no changes of its own.
      await syncWorkspace(desk.options.database, desk.workspace).catch((error: unknown) =>
        this.log(`workspace sync after push ${id} failed: ${String(error)}`),
      );
    }
    const files = this.fileResults(changed, result);
    const refused = files.filter((file) => file.result === 'refused').length;
    await this.results.finish(id, {
      state: 'published',
      mergedCommit: after,
      files,
      ...(refused > 0 ? { message: `${refused} file(s) refused by the check; the rest is live.` } : {}),
    });
    this.log(
      `Push ${id} (${before.slice(0, 12)}..${after.slice(0, 12)}): ${files.length - refused} published, ${refused} refused.`,
    );
    return { outcome: 'pulled', message: `push ${id}: ${files.length - refused} published, ${refused} refused` };
  }

  private fileResults(changed: ChangedFile[], result: DeskPublishResult): PushFile[] {
    const { contentDir, publicDir } = this.desk.workspace.project;
    const inside = (dir: string) => {
      const relative = path.relative(realPath(this.follow.repository), realPath(dir)).split(path.sep).join('/');
      return relative === '' ? '' : `${relative}/`;
    };
    const contentPrefix = inside(contentDir);
    const publicPrefix = inside(publicDir);
    const refused = new Map(result.refused.map((file) => [file.file, file.problems]));
    return changed.map((file): PushFile => {
      if (file.path.startsWith(contentPrefix)) {
        const inContent = file.path.slice(contentPrefix.length);
        const problems = refused.get(inContent);
        if (problems) return { path: file.path, result: 'refused', problems: problems.map(jobProblem) };
        if (file.change === 'deleted') return { path: file.path, result: 'removed' };
        return { path: file.path, ...this.storyResult(inContent) };
      }
      if (file.path.startsWith(publicPrefix))
        return file.change === 'deleted'
          ? { path: file.path, result: 'removed' }
          : { path: file.path, result: 'published', url: absoluteUrl(file.path.slice(publicPrefix.length)) };
      return { path: file.path, result: 'not published', note: 'outside the content and public folders' };
    });
  }

  /** Where a published content file can be read: its story's address, unless it is a draft or scheduled. */
  private storyResult(inContent: string): Omit<PushFile, 'path'> {
    const key = storyOfFile(inContent);
    const { contentDir } = this.desk.workspace.project;
    if (!key) return { result: 'published' };
    const text = readStory(contentDir, key);
    const main = mainFile(contentDir, key);
    if (text === undefined || !main) return { result: 'published' };
    const fields = storyFields(path.posix.join('content', main), text, key);
    const url = storyUrl(key, fields);
    if (fields.draft) return { result: 'draft' };
    if (fields.date && Date.parse(fields.date) > this.desk.options.now().getTime())
      return { result: 'scheduled', until: fields.date, ...(url ? { url: absoluteUrl(url) } : {}) };
    return { result: 'published', ...(url ? { url: absoluteUrl(url) } : {}) };
  }
}

/** The folder's real path (the repository's top level is one), or the path itself when it does not exist. */
function realPath(dir: string): string {
  try {
    return realpathSync(dir);
  } catch {
    return path.resolve(dir);
  }
}

const jobProblem = (problem: JobProblem): JobProblem => ({
  file: problem.file,
  ...(problem.line ? { line: problem.line } : {}),
  field: problem.field,
  message: problem.message,
  ...(problem.fix ? { fix: problem.fix } : {}),
});

const outcomeOf = (push: PushRecord): Outcome =>
  push.state === 'failed'
    ? { outcome: 'failed', message: push.message ?? `push ${push.id} failed` }
    : { outcome: 'pulled', message: `push ${push.id}: ${push.state}` };

let current: Follower | undefined;

/** The running desk's follower, if it follows a remote (read by the webhook and /desk/pushes). */
export const currentFollower = (): Follower | undefined => current;

export function setCurrentFollower(follower: Follower | undefined): void {
  current = follower;
}
