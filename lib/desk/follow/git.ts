/**
 * git for the follower: always an argument array (execFile, never a shell), never a prompt for
 * a password (a remote that wants one fails at once), hooks off, and the desk's own name on the
 * merge commits it makes unless the operator's environment gives another (GIT_COMMITTER_NAME…).
 */
import { execFile } from 'node:child_process';

export interface GitResult {
  status: number;
  stdout: string;
  stderr: string;
}

export class GitError extends Error {}

/** The name and address the desk signs its merge commits with (overridden by GIT_* variables). */
export const DESK_GIT_IDENTITY = { name: 'Dateline desk', email: 'desk@dateline.invalid' };

const TIMEOUT_MS = 120_000;

/** Runs git in `cwd`; resolves with its exit status and output whatever the status. */
export function runGit(cwd: string, args: string[]): Promise<GitResult> {
  const full = [
    '-c',
    `user.name=${DESK_GIT_IDENTITY.name}`,
    '-c',
    `user.email=${DESK_GIT_IDENTITY.email}`,
    '-c',
    'core.hooksPath=/dev/null',
    ...args,
  ];
  return new Promise((resolve, reject) => {
    execFile(
      'git',
      full,
      {
        cwd,
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
        timeout: TIMEOUT_MS,
        env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_ASKPASS: 'true', LC_ALL: 'C' },
      },
      (error, stdout, stderr) => {
        if (error && typeof error.code !== 'number') {
          reject(new GitError(`git ${args[0] ?? ''} could not run: ${error.message}`));
          return;
        }
        resolve({ status: error ? Number(error.code) : 0, stdout, stderr });
      },
    );
  });
}

/** Runs git and returns its standard output; a non-zero exit throws with git's own message. */
export async function git(cwd: string, args: string[]): Promise<string> {
  const result = await runGit(cwd, args);
  if (result.status !== 0)
    throw new GitError(
      `git ${args.filter((arg) => !arg.includes('://')).join(' ')}: ${result.stderr.trim() || result.stdout.trim()}`,
    );
  return result.stdout;
}

/** NUL-separated output (-z) as a list. */
export const zList = (text: string) => text.split('\0').filter(Boolean);
