/**
 * Following a remote branch from the desk process (startPublishing, lib/desk/publishing/service.ts):
 * read the settings, find the content folder's repository, hand the queue the `pull` job, and —
 * once the queue runs — pull once (pushes made while the desk was down) and then every
 * DESK_FOLLOW_POLL_SECONDS as the webhook's fallback. A clear line at start says what is followed.
 */
import type { Desk } from '../publishing/desk';
import { Follower, setCurrentFollower } from './follower';
import { FOLLOW_HOOK_PATH } from './hook-path';
import { openFollow } from './pull';
import { followSettings, followStartLine } from './settings';

export interface Following {
  follower?: Follower;
  /** Pulls once and starts the poll; call after the queue has started. */
  begin(): Promise<void>;
  stop(): void;
}

export async function prepareFollowing(
  desk: Desk,
  env: Readonly<Record<string, string | undefined>>,
  log: (line: string) => void,
): Promise<Following> {
  const settings = followSettings(env);
  if (!settings) {
    log(followStartLine(undefined, { hookPath: FOLLOW_HOOK_PATH }));
    return { begin: () => Promise.resolve(), stop: () => undefined };
  }
  const follow = await openFollow(desk.workspace.project.contentDir, settings);
  const follower = new Follower(desk, settings, follow, log);
  desk.pull = (job) => follower.run(job);
  setCurrentFollower(follower);
  log(
    followStartLine(settings, {
      repository: follow.repository,
      checkedOut: follow.checkedOut,
      hookPath: FOLLOW_HOOK_PATH,
    }),
  );
  let timer: ReturnType<typeof setInterval> | undefined;
  const poll = (by: 'start' | 'poll') =>
    follower.requestPull(by).catch((error: unknown) => log(`could not queue a pull: ${String(error)}`));
  return {
    follower,
    async begin() {
      await poll('start');
      if (settings.pollSeconds > 0) {
        timer = setInterval(() => void poll('poll'), settings.pollSeconds * 1000);
        timer.unref();
      }
    },
    stop() {
      if (timer) clearInterval(timer);
      desk.pull = undefined;
      setCurrentFollower(undefined);
    },
  };
}
