/**
 * The desk's history in git (docs/decisions/042-revisions-in-git.md): the content folder's own
 * repository holds every revision, and `git log` is the only record of them.
 *
 * - A **save** (Keystatic, the API's PUTs, a restore) is a commit on branch `dateline-desk`,
 *   never checked out, made with plumbing and a temporary index: the blobs of the saved files,
 *   the branch's tree with those paths replaced, commit-tree, then update-ref with the old value,
 *   so two saves at once never lose one (the loser builds again on the winner). The working tree
 *   and index of the checkout are never touched by a save.
 * - A **release** (publish, unpublish, correction) is one commit on the checked-out branch made
 *   with `git commit --only -- <paths>`: exactly the released files, nothing else staged swept in.
 *
 * Paths in both are the paths the files have in the repository (content/articles/2026/x.mdx),
 * so `git log --all -- content/articles/2026/x.mdx` is a story's whole history. The author is
 * the signed-in person; the committer is the desk. When the content folder is not in a git
 * repository (or git is missing), every call is a no-op and `reason` says why.
 */
import { mkdtempSync, realpathSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { readIfPresent } from '../workspace/files';
import { type Git, GitError, gitIn, gitText } from './git';
import { hasControlCharacter, insideRepository, nameFile, type Side } from './paths';

export interface Author {
  name: string;
  email: string;
}

/** The branch that holds the desk's saves. */
export const DESK_BRANCH = 'dateline-desk';
const DESK_REF = `refs/heads/${DESK_BRANCH}`;
/** Who commits: the desk itself (the author is the person). */
export const DESK_COMMITTER: Author = { name: 'Dateline desk', email: 'desk@dateline.invalid' };

export interface HistoryFolders {
  /** The content folder the site publishes from. */
  contentDir: string;
  /** The site's public folder. */
  publicDir: string;
  /** The workspace's copy of the content folder and its public folder (where saves are). */
  workspaceContentDir: string;
  workspacePublicDir: string;
}

export interface HistoryOptions {
  folders: HistoryFolders;
  /** The environment git runs in (default process.env; GIT_* variables are dropped). */
  env?: Readonly<Record<string, string | undefined>>;
  log?: (line: string) => void;
}

export interface Revision {
  commit: string;
  author: Author;
  /** ISO 8601 time of the change (the author date). */
  date: string;
  /** The commit message's first line: "Save 2026/x", "Publish 2026/x", … */
  subject: string;
}

interface Repository {
  git: Git;
  top: string;
  /** Where the content and public folders are inside the repository ('' = the top). */
  prefix: Record<Side, string | undefined>;
}

/** A person as git takes them: no angle brackets or line breaks; never empty. */
export function gitIdentity(author: Author): Author {
  const clean = (text: string) =>
    text
      .split('')
      .map((character) => (hasControlCharacter(character) || character === '<' || character === '>' ? ' ' : character))
      .join('')
      .replace(/\s+/g, ' ')
      .trim();
  const email = clean(author.email).replace(/\s/g, '') || 'unknown@dateline.invalid';
  const name = clean(author.name) || email.split('@')[0] || 'Desk user';
  return { name, email };
}

const isFile = (file: string) => statSync(file, { throwIfNoEntry: false })?.isFile() === true;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export class ContentHistory {
  /** Why revisions are not recorded (not a repository, no git), or undefined when they are. */
  readonly reason: string | undefined;
  private releases: Promise<unknown> = Promise.resolve();
  private saves: Promise<unknown> = Promise.resolve();
  /** The last committer time given (unix seconds): each desk commit gets a later one, see stamp(). */
  private lastStamp = 0;

  private constructor(
    private readonly options: HistoryOptions,
    private readonly repository: Repository | undefined,
    reason: string | undefined,
  ) {
    this.reason = reason;
  }

  /** Finds the content folder's repository (`git rev-parse --show-toplevel` there). */
  static async open(options: HistoryOptions): Promise<ContentHistory> {
    const { contentDir, publicDir } = options.folders;
    const git = gitIn(contentDir, options.env);
    let top: string;
    try {
      const result = await git(['rev-parse', '--show-toplevel']);
      if (result.status !== 0) {
        return new ContentHistory(
          options,
          undefined,
          `the content folder ${contentDir} is not in a git repository, so saves and publishes are not recorded as revisions (to record them: git init in the project and commit content/, then restart the desk)`,
        );
      }
      top = realpathSync(result.stdout.toString('utf8').trim());
    } catch (error) {
      return new ContentHistory(
        options,
        undefined,
        `git could not be run (${error instanceof Error ? error.message : String(error)}), so saves and publishes are not recorded as revisions`,
      );
    }
    const real = (folder: string) => {
      try {
        return realpathSync(folder);
      } catch {
        return path.resolve(folder);
      }
    };
    const repository: Repository = {
      git: gitIn(top, options.env),
      top,
      prefix: { content: insideRepository(top, real(contentDir)), public: insideRepository(top, real(publicDir)) },
    };
    const history = new ContentHistory(options, repository, undefined);
    history.lastStamp = await history.latestCommitTime();
    return history;
  }

  get enabled(): boolean {
    return this.repository !== undefined;
  }

  /** The line the desk logs at start. */
  describe(): string {
    if (!this.repository) return `revisions: off: ${this.reason ?? ''}`;
    return `revisions: saves are commits on branch ${DESK_BRANCH}, publishes commits on the checked-out branch, in the git repository at ${this.repository.top}`;
  }

  /** A file named as the desk names it (./paths.ts) as a path in the repository, or undefined when outside it. */
  repositoryPath(file: string): string | undefined {
    const named = nameFile(file);
    const prefix = this.repository?.prefix[named.side];
    if (prefix === undefined) return undefined;
    return prefix === '' ? named.inside : `${prefix}/${named.inside}`;
  }

  /** A repository path as a path inside the content folder, or undefined when it is not in it. */
  contentFileOf(repositoryPath: string): string | undefined {
    const prefix = this.repository?.prefix.content;
    if (prefix === undefined) return undefined;
    if (prefix === '') return repositoryPath;
    return repositoryPath.startsWith(`${prefix}/`) ? repositoryPath.slice(prefix.length + 1) : undefined;
  }

  /** The repository paths (pathspecs) that hold a story: its article file and its live blog's folder. */
  storyPaths(key: { year: string; slug: string }): string[] {
    return [
      this.repositoryPath(`content/articles/${key.year}/${key.slug}.mdx`),
      this.repositoryPath(`content/live/${key.year}/${key.slug}`),
    ].filter((file): file is string => file !== undefined);
  }

  /**
   * Commits these workspace files' current bytes on dateline-desk (an absent file is removed
   * there). Saves in this process take turns; against another process the ref update is a
   * compare-and-swap, and the loser builds again on the winner's commit.
   */
  recordSave(files: string[], author: Author, message: string): Promise<void> {
    const next = this.saves.then(() => this.commitSave(files, author, message));
    this.saves = next.catch(() => undefined);
    return next;
  }

  private async commitSave(files: string[], author: Author, message: string): Promise<void> {
    const repository = this.repository;
    if (!repository) return;
    const { git } = repository;
    const entries = this.entries(files, 'workspace');
    if (entries.length === 0) return;
    // The blobs first: they do not depend on the branch, so a retry reuses them.
    const blobs = new Map<string, string>();
    for (const entry of entries) {
      const bytes = readIfPresent(entry.absolute);
      if (bytes)
        blobs.set(
          entry.repositoryPath,
          (await gitText(git, ['hash-object', '-w', '--stdin'], { input: bytes })).trim(),
        );
    }
    const scratch = mkdtempSync(path.join(tmpdir(), 'dateline-desk-index-'));
    const index = { GIT_INDEX_FILE: path.join(scratch, 'index') };
    try {
      for (let attempt = 1; ; attempt++) {
        const old = await this.resolve(`${DESK_REF}^{commit}`);
        const parent = old ?? (await this.resolve('HEAD^{commit}'));
        rmSync(index.GIT_INDEX_FILE, { force: true });
        await gitText(git, parent ? ['read-tree', parent] : ['read-tree', '--empty'], { env: index });
        const additions = [...blobs].map(([file, oid]) => `100644 ${oid}\t${file}\0`).join('');
        if (additions) await gitText(git, ['update-index', '-z', '--index-info'], { input: additions, env: index });
        const removals = entries
          .filter((entry) => !blobs.has(entry.repositoryPath))
          .map((entry) => entry.repositoryPath);
        if (removals.length > 0) {
          await gitText(git, ['update-index', '-z', '--force-remove', '--stdin'], {
            input: removals.map((file) => `${file}\0`).join(''),
            env: index,
          });
        }
        const tree = (await gitText(git, ['write-tree'], { env: index })).trim();
        if (parent && tree === (await this.resolve(`${parent}^{tree}`))) return; // Nothing changed: no revision.
        const commit = (
          await gitText(git, ['commit-tree', tree, ...(parent ? ['-p', parent] : []), '-F', '-'], {
            input: `${message}\n`,
            env: this.identity(author),
          })
        ).trim();
        const moved = await git(['update-ref', '-m', `desk: ${message}`, DESK_REF, commit, old ?? '']);
        if (moved.status === 0) return;
        // Another save moved the branch first: build again on top of it.
        if (attempt >= 30) throw new GitError(['update-ref', DESK_REF], moved);
        await sleep(5 + Math.random() * 20 * attempt);
      }
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  }

  /**
   * Commits these released files (in content/ and public/) on the checked-out branch, one commit
   * with exactly them (`git commit --only`); releases run one at a time. A publish that changed
   * no byte still makes its commit (an empty one): the publish happened.
   */
  recordRelease(files: string[], author: Author, message: string): Promise<void> {
    const next = this.releases.then(() => this.commitRelease(files, author, message));
    this.releases = next.catch(() => undefined);
    return next;
  }

  private async commitRelease(files: string[], author: Author, message: string): Promise<void> {
    const repository = this.repository;
    if (!repository) return;
    const { git } = repository;
    const entries = this.entries(files, 'site');
    if (entries.length === 0) return;
    const all = entries.map((entry) => entry.repositoryPath);
    const tracked = new Set(
      (await gitText(git, ['--literal-pathspecs', 'ls-files', '-z', '--', ...all])).split('\0').filter(Boolean),
    );
    const present = entries.filter((entry) => isFile(entry.absolute)).map((entry) => entry.repositoryPath);
    const untracked = present.filter((file) => !tracked.has(file));
    // A new file the repository ignores (public/images/ in some checkouts) stays out of git.
    const ignored = new Set(
      untracked.length === 0
        ? []
        : (
            await git(['check-ignore', '-z', '--stdin'], { input: untracked.map((file) => `${file}\0`).join('') })
          ).stdout
            .toString('utf8')
            .split('\0')
            .filter(Boolean),
    );
    const paths = all.filter((file) => tracked.has(file) || (present.includes(file) && !ignored.has(file)));
    if (paths.length === 0) return;
    // Only new files need adding (commit --only takes tracked ones from the working tree): one
    // refresh of the checkout's index fewer for a correction on a large repository.
    const adds = untracked.filter((file) => !ignored.has(file));
    for (let attempt = 1; ; attempt++) {
      const added = adds.length === 0 ? undefined : await git(['--literal-pathspecs', 'add', '--', ...adds]);
      const result =
        added && added.status !== 0
          ? added
          : await git(
              [
                '--literal-pathspecs',
                'commit',
                '--only',
                '--allow-empty',
                '--no-verify',
                '--quiet',
                '-F',
                '-',
                '--',
                ...paths,
              ],
              { input: `${message}\n`, env: this.identity(author) },
            );
      if (result.status === 0) return;
      // Another git command (a pull, a person at a terminal) holds the index: wait a little.
      if (!result.stderr.includes('index.lock') || attempt >= 20) throw new GitError(['commit', '--only'], result);
      await sleep(100);
    }
  }

  /** The story's revisions, newest first, across the checked-out branch and dateline-desk. */
  async revisions(pathspecs: string[], limit = 50): Promise<Revision[]> {
    const repository = this.repository;
    if (!repository || pathspecs.length === 0) return [];
    const refs = await this.historyRefs();
    if (refs.length === 0) return [];
    const text = await gitText(repository.git, [
      '--literal-pathspecs',
      'log',
      '--date-order',
      '--full-history',
      '-z',
      `--max-count=${limit}`,
      '--format=%H%x1f%an%x1f%ae%x1f%aI%x1f%s',
      ...refs,
      '--',
      ...pathspecs,
    ]);
    return text
      .split('\0')
      .filter((record) => record.trim() !== '')
      .map((record) => {
        const [commit = '', name = '', email = '', date = '', subject = ''] = record.replace(/^\n/, '').split('\x1f');
        return { commit, author: { name, email }, date, subject };
      });
  }

  /** Whether `commit` is one of these paths' revisions (every one, not only the newest 50). */
  async isRevisionOf(commit: string, pathspecs: string[]): Promise<boolean> {
    const repository = this.repository;
    if (!repository || !/^[0-9a-f]{40}$/.test(commit) || pathspecs.length === 0) return false;
    const refs = await this.historyRefs();
    if (refs.length === 0) return false;
    const text = await gitText(repository.git, [
      '--literal-pathspecs',
      'log',
      '--full-history',
      '--format=%H',
      ...refs,
      '--',
      ...pathspecs,
    ]);
    return text.split('\n').includes(commit);
  }

  /** The files under these pathspecs at a commit: repository path → blob id. */
  async filesAt(commit: string, pathspecs: string[]): Promise<Map<string, string>> {
    const repository = this.repository;
    const files = new Map<string, string>();
    if (!repository || pathspecs.length === 0) return files;
    const text = await gitText(repository.git, [
      '--literal-pathspecs',
      'ls-tree',
      '-r',
      '-z',
      commit,
      '--',
      ...pathspecs,
    ]);
    for (const record of text.split('\0')) {
      const match = /^\d+ blob ([0-9a-f]+)\t(.+)$/s.exec(record);
      if (match?.[1] && match[2]) files.set(match[2], match[1]);
    }
    return files;
  }

  /** The bytes of these blobs (one `git cat-file --batch` for all). */
  async blobs(oids: string[]): Promise<Map<string, Buffer>> {
    const repository = this.repository;
    const found = new Map<string, Buffer>();
    const wanted = [...new Set(oids)].filter((oid) => /^[0-9a-f]{40,64}$/.test(oid));
    if (!repository || wanted.length === 0) return found;
    const result = await repository.git(['cat-file', '--batch'], { input: wanted.map((oid) => `${oid}\n`).join('') });
    if (result.status !== 0) throw new GitError(['cat-file', '--batch'], result);
    const out = result.stdout;
    let at = 0;
    while (at < out.length) {
      const end = out.indexOf(10, at);
      if (end < 0) break;
      const [oid = '', type = '', size = ''] = out.subarray(at, end).toString('utf8').split(' ');
      if (type === 'missing' || size === '') {
        at = end + 1;
        continue;
      }
      const length = Number(size);
      found.set(oid, out.subarray(end + 1, end + 1 + length));
      at = end + 1 + length + 1;
    }
    return found;
  }

  /** The refs whose history the desk shows: the checked-out branch and dateline-desk, those that exist. */
  private async historyRefs(): Promise<string[]> {
    const refs: string[] = [];
    for (const ref of ['HEAD', DESK_REF]) if (await this.resolve(`${ref}^{commit}`)) refs.push(ref);
    return refs;
  }

  /** The object id `name` (a ref, or a revision with a ^{…} peel) stands for, or undefined. */
  private async resolve(name: string): Promise<string | undefined> {
    if (!this.repository) return undefined;
    const result = await this.repository.git(['rev-parse', '--verify', '--quiet', name]);
    const oid = result.stdout.toString('utf8').trim();
    return result.status === 0 && oid ? oid : undefined;
  }

  private entries(files: string[], where: 'workspace' | 'site') {
    const { folders } = this.options;
    const base: Record<Side, string> =
      where === 'workspace'
        ? { content: folders.workspaceContentDir, public: folders.workspacePublicDir }
        : { content: folders.contentDir, public: folders.publicDir };
    const seen = new Map<string, { repositoryPath: string; absolute: string }>();
    for (const file of files) {
      const named = nameFile(file);
      const repositoryPath = this.repositoryPath(file);
      if (repositoryPath === undefined) continue; // The public folder is outside the repository.
      seen.set(repositoryPath, { repositoryPath, absolute: path.join(base[named.side], ...named.inside.split('/')) });
    }
    return [...seen.values()];
  }

  /**
   * Author and committer for one commit. The committer time is strictly later than the desk's
   * previous commit, so `git log --date-order` lists saves and publishes made in the same second
   * in the order they were made (git keeps whole seconds); the author time stays the true time.
   */
  private identity(author: Author): Record<string, string> {
    const who = gitIdentity(author);
    const stamp = Math.max(Math.floor(Date.now() / 1000), this.lastStamp + 1);
    this.lastStamp = stamp;
    return {
      GIT_AUTHOR_NAME: who.name,
      GIT_AUTHOR_EMAIL: who.email,
      GIT_COMMITTER_NAME: DESK_COMMITTER.name,
      GIT_COMMITTER_EMAIL: DESK_COMMITTER.email,
      GIT_COMMITTER_DATE: `${stamp} +0000`,
    };
  }

  private async latestCommitTime(): Promise<number> {
    const refs = await this.historyRefs();
    if (!this.repository || refs.length === 0) return 0;
    const text = await gitText(this.repository.git, ['log', '-1', '--date-order', '--format=%ct', ...refs]).catch(
      () => '0',
    );
    return Number(text.trim()) || 0;
  }
}
