/**
 * Bringing a pushed branch into the content folder's repository (docs/decisions/043-a-push-publishes.md):
 * `git fetch` the followed branch into a remote-tracking ref, then `git merge` it into the
 * checked-out branch (the published history). Nothing new → nothing. A merge that conflicts
 * with a desk edit — committed, or released into content/ and not committed yet — is undone
 * (`git merge --abort`, or never started) and reported with the files and both commits: the
 * desk's stays on the local branch, the pushed one on the remote-tracking ref, and neither is
 * dropped. Remote and branch come from the settings only, never from a request.
 */
import { git, runGit, zList } from './git';
import type { FollowSettings } from './settings';

export interface Follow {
  /** The content folder's repository (`git rev-parse --show-toplevel`). */
  repository: string;
  /** The remote name or URL, as configured. */
  remote: string;
  branch: string;
  /** Where the fetched branch is kept: refs/remotes/<remote name>/<branch>, or refs/remotes/dateline-follow/<branch> for a URL. */
  trackingRef: string;
  /** The repository's checked-out branch, which the pushes are merged into. */
  checkedOut: string;
}

export interface ChangedFile {
  /** Path inside the repository, posix separators. */
  path: string;
  change: 'added' | 'modified' | 'deleted';
}

export type PullOutcome =
  | { kind: 'nothing'; pushed: string }
  | {
      kind: 'merged';
      /** The checked-out branch before and after the merge. */
      before: string;
      after: string;
      pushed: string;
      authors: string[];
      changed: ChangedFile[];
    }
  | {
      kind: 'conflict';
      /** The desk's side: the checked-out branch's commit. */
      local: string;
      pushed: string;
      authors: string[];
      files: string[];
      /** The desk's side of these files is in content/ but not committed yet (a desk publish). */
      uncommitted: boolean;
    };

/** Finds the content folder's repository and its checked-out branch; a clear error when there is none. */
export async function openFollow(contentDir: string, settings: FollowSettings): Promise<Follow> {
  const top = await runGit(contentDir, ['rev-parse', '--show-toplevel']);
  if (top.status !== 0)
    throw new Error(
      `DESK_FOLLOW_REMOTE is set, but the content folder ${contentDir} is not in a git repository: run git init there (or unset DESK_FOLLOW_REMOTE)`,
    );
  const repository = top.stdout.trim();
  const branch = await runGit(repository, ['symbolic-ref', '--quiet', '--short', 'HEAD']);
  if (branch.status !== 0)
    throw new Error(
      `DESK_FOLLOW_REMOTE is set, but ${repository} has no branch checked out (a detached HEAD): check out the published branch, e.g. git checkout main`,
    );
  const remotes = zList((await git(repository, ['remote'])).replace(/\n/g, '\0'));
  const named = remotes.includes(settings.remote);
  return {
    repository,
    remote: settings.remote,
    branch: settings.branch,
    trackingRef: `refs/remotes/${named ? settings.remote : 'dateline-follow'}/${settings.branch}`,
    checkedOut: branch.stdout.trim(),
  };
}

/** Fetches the followed branch; returns its commit. */
export async function fetchPushed(follow: Follow): Promise<string> {
  await git(follow.repository, [
    'fetch',
    '--quiet',
    '--no-tags',
    '--no-write-fetch-head',
    '--end-of-options',
    follow.remote,
    `+refs/heads/${follow.branch}:${follow.trackingRef}`,
  ]);
  return (
    await git(follow.repository, ['rev-parse', '--verify', '--end-of-options', `${follow.trackingRef}^{commit}`])
  ).trim();
}

export const head = async (repository: string) =>
  (await git(repository, ['rev-parse', '--verify', 'HEAD^{commit}'])).trim();

/** Whether `commit` is already part of the checked-out branch. */
export async function contains(repository: string, commit: string): Promise<boolean> {
  const result = await runGit(repository, ['merge-base', '--is-ancestor', commit, 'HEAD']);
  if (result.status > 1) throw new Error(`git merge-base: ${result.stderr.trim()}`);
  return result.status === 0;
}

/** The distinct authors (`Name <email>`) of the commits in `from..to`, oldest first. */
export async function authorsOf(repository: string, from: string, to: string): Promise<string[]> {
  const log = await git(repository, ['log', '--reverse', '--format=%an <%ae>%x00', `${from}..${to}`, '--']);
  return [
    ...new Set(
      zList(log)
        .map((line) => line.trim())
        .filter(Boolean),
    ),
  ];
}

/** The files that differ between two commits. */
export async function changedBetween(repository: string, from: string, to: string): Promise<ChangedFile[]> {
  const parts = zList(await git(repository, ['diff', '--name-status', '-z', '--no-renames', from, to, '--']));
  const changed: ChangedFile[] = [];
  for (let i = 0; i + 1 < parts.length; i += 2) {
    const status = parts[i] ?? '';
    const path = parts[i + 1] ?? '';
    changed.push({ path, change: status.startsWith('A') ? 'added' : status.startsWith('D') ? 'deleted' : 'modified' });
  }
  return changed;
}

/** Which of `paths` have changes in the working tree or index that are not committed (tracked or not). */
async function uncommitted(repository: string, paths: string[]): Promise<string[]> {
  const dirty: string[] = [];
  for (let i = 0; i < paths.length; i += 200) {
    const pathspecs = paths.slice(i, i + 200).map((file) => `:(literal)${file}`);
    const status = await git(repository, [
      'status',
      '--porcelain=v1',
      '-z',
      '--untracked-files=all',
      '--no-renames',
      '--',
      ...pathspecs,
    ]);
    dirty.push(...zList(status).map((entry) => entry.slice(3)));
  }
  return dirty;
}

/** A pushed commit that is not yet part of the checked-out branch. */
export interface Incoming {
  kind: 'incoming';
  local: string;
  pushed: string;
  authors: string[];
}

/** Fetches the followed branch: nothing new, or what a merge would bring. */
export async function fetchIncoming(follow: Follow): Promise<{ kind: 'nothing'; pushed: string } | Incoming> {
  const pushed = await fetchPushed(follow);
  if (await contains(follow.repository, pushed)) return { kind: 'nothing', pushed };
  const local = await head(follow.repository);
  return { kind: 'incoming', local, pushed, authors: await authorsOf(follow.repository, local, pushed) };
}

/** Merges a fetched push into the checked-out branch, or leaves everything as it was and says which files clash. */
export async function mergeIncoming(
  follow: Follow,
  incoming: Incoming,
): Promise<Exclude<PullOutcome, { kind: 'nothing' }>> {
  const { repository } = follow;
  const { local, pushed, authors } = incoming;
  if ((await head(repository)) !== local) throw new Error('the checked-out branch moved while the push was fetched');
  const base = (await git(repository, ['merge-base', local, pushed])).trim();
  const paths = zList(await git(repository, ['diff', '--name-only', '-z', '--no-renames', base, pushed, '--']));

  // A desk publish not committed yet (before revisions commit every release) is a desk edit too.
  const dirty = await uncommitted(repository, paths);
  if (dirty.length > 0) return { kind: 'conflict', local, pushed, authors, files: dirty.sort(), uncommitted: true };

  const merge = await runGit(repository, [
    'merge',
    '--no-edit',
    '--no-verify',
    '--no-stat',
    '-m',
    `Merge the push to ${follow.branch} (${pushed.slice(0, 12)}) into ${follow.checkedOut}`,
    '--end-of-options',
    pushed,
  ]);
  if (merge.status !== 0) {
    const unmerged = zList(await git(repository, ['diff', '--name-only', '-z', '--diff-filter=U']));
    if (await mergeInProgress(repository)) await git(repository, ['merge', '--abort']);
    if (unmerged.length > 0)
      return { kind: 'conflict', local, pushed, authors, files: unmerged.sort(), uncommitted: false };
    throw new Error(`git merge of ${pushed.slice(0, 12)} failed: ${(merge.stderr || merge.stdout).trim()}`);
  }
  const after = await head(repository);
  return {
    kind: 'merged',
    before: local,
    after,
    pushed,
    authors,
    changed: await changedBetween(repository, local, after),
  };
}

/** Whether a merge is under way (MERGE_HEAD exists), e.g. one a killed desk left behind. */
export async function mergeInProgress(repository: string): Promise<boolean> {
  return (await runGit(repository, ['rev-parse', '-q', '--verify', 'MERGE_HEAD'])).status === 0;
}

/** Fetches and merges the followed branch into the checked-out branch, or reports why it did not. */
export async function pullOnce(follow: Follow): Promise<PullOutcome> {
  const incoming = await fetchIncoming(follow);
  return incoming.kind === 'nothing' ? incoming : mergeIncoming(follow, incoming);
}
