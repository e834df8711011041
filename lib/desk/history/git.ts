/**
 * Running git for the desk's history: always an argument array (never a shell, so nothing in a
 * path, a name or a message is ever interpreted), in a cleaned environment (no GIT_DIR, index or
 * identity inherited from whoever started the desk), with identity and index passed explicitly
 * where a command needs them, and the repository's hooks and signing switched off: a desk commit
 * is the newsroom's record, not a developer's commit, and must not wait on a pinentry or a linter.
 */
import { spawn } from 'node:child_process';

export interface GitResult {
  status: number;
  stdout: Buffer;
  stderr: string;
}

export interface GitCall {
  /** Bytes written to git's standard input. */
  input?: string | Buffer;
  /** Variables set for this call only (GIT_INDEX_FILE, GIT_AUTHOR_NAME, …). */
  env?: Record<string, string>;
}

/** What stays of the desk's environment for git: nothing that points git elsewhere or names someone. */
export function gitEnvironment(base: Readonly<Record<string, string | undefined>>): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const [name, value] of Object.entries(base)) {
    if (value === undefined) continue;
    // GIT_CONFIG_NOSYSTEM / GIT_CONFIG_GLOBAL only choose which config files are read; keep them.
    if (name.startsWith('GIT_') && name !== 'GIT_CONFIG_NOSYSTEM' && name !== 'GIT_CONFIG_GLOBAL') continue;
    kept[name] = value;
  }
  return { ...kept, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C', LANGUAGE: 'C' };
}

/** Settings every desk call runs with, whatever the repository's or the server's config says. */
const SAFE_CONFIG = ['-c', 'commit.gpgSign=false', '-c', 'core.hooksPath=/dev/null', '-c', 'core.quotePath=false'];

export type Git = (args: string[], call?: GitCall) => Promise<GitResult>;

/** A git runner for one repository (or folder), with the cleaned environment. */
export function gitIn(cwd: string, env: Readonly<Record<string, string | undefined>> = process.env): Git {
  const base = gitEnvironment(env);
  return (args, call = {}) =>
    new Promise((resolve, reject) => {
      const child = spawn('git', [...SAFE_CONFIG, ...args], {
        cwd,
        // The project's ProcessEnv type names variables it reads; git's are plain strings.
        env: { ...base, ...call.env } as NodeJS.ProcessEnv,
        stdio: ['pipe', 'pipe', 'pipe'],
      });
      const out: Buffer[] = [];
      const err: Buffer[] = [];
      child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
      child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
      child.on('error', reject);
      child.on('close', (code) =>
        resolve({ status: code ?? 1, stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString('utf8') }),
      );
      child.stdin.on('error', () => undefined); // git may exit before reading all of it; the status says why.
      child.stdin.end(call.input ?? '');
    });
}

export class GitError extends Error {
  constructor(
    readonly args: string[],
    readonly result: GitResult,
  ) {
    super(`git ${args.slice(0, 3).join(' ')} failed (${result.status}): ${result.stderr.trim().slice(0, 400)}`);
  }
}

/** Runs git and answers its standard output as text, or throws GitError. */
export async function gitText(git: Git, args: string[], call?: GitCall): Promise<string> {
  const result = await git(args, call);
  if (result.status !== 0) throw new GitError(args, result);
  return result.stdout.toString('utf8');
}
