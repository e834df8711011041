/**
 * Temporary git repositories for the follower's tests: the publishing host's repository (the
 * desk's, content/ committed on main), a bare remote cloned from it, and an editor's laptop
 * cloned from the remote.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface TestRepos {
  dir: string;
  /** The publishing host's project (a repository with content/). */
  server: string;
  remote: string;
  laptop: string;
  /** git in one of the repositories, as `who` (default the laptop's editor). */
  git: (cwd: string, args: string[], who?: { name: string; email: string }) => string;
  write: (cwd: string, file: string, text: string) => void;
  read: (cwd: string, file: string) => string;
  /** Writes, commits and (from the laptop) pushes. */
  commit: (
    cwd: string,
    files: Record<string, string>,
    message: string,
    who?: { name: string; email: string },
  ) => string;
  remove: () => void;
}

export const LAPTOP_EDITOR = { name: 'Lena Laptop', email: 'lena@example.test' };
export const DESK_PERSON = { name: 'Ed Editor', email: 'ed@example.test' };

export function makeRepos(initial: Record<string, string>): TestRepos {
  const dir = mkdtempSync(path.join(tmpdir(), 'dateline-follow-'));
  const server = path.join(dir, 'server');
  const remote = path.join(dir, 'remote.git');
  const laptop = path.join(dir, 'laptop');
  const git = (cwd: string, args: string[], who = LAPTOP_EDITOR) =>
    execFileSync('git', args, {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: who.name,
        GIT_AUTHOR_EMAIL: who.email,
        GIT_COMMITTER_NAME: who.name,
        GIT_COMMITTER_EMAIL: who.email,
      },
    });
  const write = (cwd: string, file: string, text: string) => {
    mkdirSync(path.dirname(path.join(cwd, file)), { recursive: true });
    writeFileSync(path.join(cwd, file), text);
  };
  const read = (cwd: string, file: string) => readFileSync(path.join(cwd, file), 'utf8');
  const commit = (cwd: string, files: Record<string, string>, message: string, who = LAPTOP_EDITOR) => {
    for (const [file, text] of Object.entries(files)) write(cwd, file, text);
    git(cwd, ['add', '--', ...Object.keys(files)], who);
    git(cwd, ['commit', '--quiet', '-m', message], who);
    return git(cwd, ['rev-parse', 'HEAD']).trim();
  };
  mkdirSync(server);
  git(server, ['init', '--quiet', '--initial-branch=main']);
  commit(server, initial, 'The newsroom content', DESK_PERSON);
  git(dir, ['clone', '--quiet', '--bare', server, remote]);
  git(dir, ['clone', '--quiet', remote, laptop]);
  return {
    dir,
    server,
    remote,
    laptop,
    git,
    write,
    read,
    commit,
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
