/**
 * Which remote branch the desk follows (docs/deploy.md, "A push publishes"), read from the
 * environment in this one function and checked once at start:
 *
 *   DESK_FOLLOW_REMOTE         the remote to follow: a remote name of the content folder's
 *                              repository (origin) or a URL / path git can fetch. Unset: nothing is followed.
 *   DESK_FOLLOW_BRANCH         its branch (default main)
 *   DESK_FOLLOW_SECRET         the webhook's shared secret (unset: no webhook, polling only)
 *   DESK_FOLLOW_POLL_SECONDS   how often the desk fetches anyway, as a fallback (default 60; 0 = never)
 *
 * Bad values stop the desk with a message that names the variable and the fix.
 */

export interface FollowSettings {
  /**
   * A remote name of the content folder's repository, or a URL / path git can fetch, exactly as
   * given (which of the two is decided against `git remote` when the desk starts).
   */
  remote: string;
  branch: string;
  /** The webhook's shared secret; undefined when only polling is wanted. */
  secret?: string;
  /** 0 = no polling. */
  pollSeconds: number;
}

import { isSet, readEnv, VARIABLES } from '../../env';

type Env = Readonly<Record<string, string | undefined>>;

export const DEFAULT_FOLLOW_BRANCH: string = VARIABLES.DESK_FOLLOW_BRANCH.default;
export const DEFAULT_POLL_SECONDS: number = VARIABLES.DESK_FOLLOW_POLL_SECONDS.default;
export const MIN_FOLLOW_SECRET_LENGTH = 20;

/** A branch name git takes (a subset: letters, digits, . _ - /, no "..", no leading "-" or "/"). */
const BRANCH = /^[A-Za-z0-9_][A-Za-z0-9._/-]*$/;

/** The follow settings, or undefined when DESK_FOLLOW_REMOTE is not set (nothing is followed). */
export function followSettings(env: Env = process.env): FollowSettings | undefined {
  const remote = readEnv('DESK_FOLLOW_REMOTE', env)?.trim();
  if (!remote) {
    const stray = (['DESK_FOLLOW_BRANCH', 'DESK_FOLLOW_SECRET', 'DESK_FOLLOW_POLL_SECONDS'] as const).filter((name) =>
      isSet(name, env),
    );
    if (stray.length > 0)
      throw new Error(
        `${stray.join(', ')} ${stray.length === 1 ? 'is' : 'are'} set but DESK_FOLLOW_REMOTE is not: set DESK_FOLLOW_REMOTE to the remote the desk follows (a remote name such as origin, or a URL), or unset ${stray.join(', ')}`,
      );
    return undefined;
  }
  if (remote.startsWith('-') || /[\s\0]/.test(remote))
    throw new Error(
      `DESK_FOLLOW_REMOTE: "${remote}" is not a remote — give a remote name (origin) or a URL such as git@github.com:newsroom/site.git`,
    );
  const branch = readEnv('DESK_FOLLOW_BRANCH', env).trim();
  if (!BRANCH.test(branch) || branch.includes('..') || branch.endsWith('/') || branch.endsWith('.lock'))
    throw new Error(`DESK_FOLLOW_BRANCH: "${branch}" is not a branch name — use one such as main`);
  const secret = readEnv('DESK_FOLLOW_SECRET', env);
  if (secret !== undefined && secret.trim().length < MIN_FOLLOW_SECRET_LENGTH)
    throw new Error(
      `DESK_FOLLOW_SECRET is ${secret.trim().length} characters long: use at least ${MIN_FOLLOW_SECRET_LENGTH} random characters (openssl rand -hex 32), the same in the webhook's settings`,
    );
  const pollSeconds = readEnv('DESK_FOLLOW_POLL_SECONDS', env);
  if (pollSeconds > 0 && pollSeconds < 5)
    throw new Error(
      `DESK_FOLLOW_POLL_SECONDS: "${pollSeconds}" is not a poll interval — give whole seconds, at least 5 (e.g. 60), or 0 to turn polling off`,
    );
  return {
    remote,
    branch,
    ...(secret !== undefined ? { secret: secret.trim() } : {}),
    pollSeconds,
  };
}

/** The remote as it may be printed: a URL's password or token is never written to a log. */
export function remoteForLog(settings: Pick<FollowSettings, 'remote'>): string {
  return settings.remote.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^@/]*@/i, '$1…@');
}

/** The line the desk prints at start about what it follows. */
export function followStartLine(
  settings: FollowSettings | undefined,
  where: { repository?: string; checkedOut?: string; hookPath: string },
): string {
  if (!settings)
    return 'Not following a git remote: pushes publish nothing (set DESK_FOLLOW_REMOTE to follow one; docs/deploy.md).';
  const hook = settings.secret
    ? `webhook POST ${where.hookPath} (X-Hub-Signature-256 or X-Dateline-Token)`
    : 'no webhook (DESK_FOLLOW_SECRET is not set)';
  const poll = settings.pollSeconds > 0 ? `polling every ${settings.pollSeconds} s` : 'no polling';
  return `Following ${settings.branch} of ${remoteForLog(settings)} into ${where.repository ?? '?'} (branch ${where.checkedOut ?? '?'}): ${hook}; ${poll}.`;
}
