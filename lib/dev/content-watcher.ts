/**
 * The watcher behind `npm run dev`'s live content check (scripts/editor/watch-content.ts): runs the
 * build's validator whenever a file under the content folder or public/images/ changes.
 *
 * It uses chokidar, the watcher Contentlayer's own dev mode uses (@contentlayer2/source-files),
 * with the same settings. Node's recursive `fs.watch` stopped reporting after a couple of edits
 * on Linux: an editor or git that saves by writing a new file and renaming it over the old one
 * replaces the inode the watch was on, and the watch went quiet for good. chokidar follows
 * renames, new folders and deletions.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';

import { watch as chokidar } from 'chokidar';

import { formatProblem } from '../source/problem';
import { validateContent } from '../validation/validate-content';

export interface CheckResult {
  /** Formatted problems (`file:line: field: what — fix`), empty when the content is valid. */
  problems: string[];
  /** When this check started (ms since the epoch): it saw every save made before that. */
  startedAt: number;
}

export interface ContentWatcher {
  /** Resolves once the watchers are listening. */
  ready: Promise<void>;
  close: () => Promise<void>;
}

export interface WatchOptions {
  contentDir: string;
  publicDir: string;
  rootDir: string;
  /** Called after every check, in order. */
  onCheck: (result: CheckResult) => void;
  /** A check that crashed (a bug in a rule): reported, and the watcher carries on. */
  onCrash?: (error: unknown) => void;
  /** Quiet time before checking, so a burst of saves (an editor's temp files, a git checkout) is checked once. */
  settleMs?: number;
}

export function watchContent(options: WatchOptions): ContentWatcher {
  let timer: NodeJS.Timeout | undefined;
  let running = Promise.resolve();

  async function check(): Promise<void> {
    const startedAt = Date.now();
    try {
      const { problems } = await validateContent({
        contentDir: options.contentDir,
        publicDir: options.publicDir,
        rootDir: options.rootDir,
      });
      options.onCheck({ problems: problems.map(formatProblem), startedAt });
    } catch (error) {
      options.onCrash?.(error);
    }
  }

  function schedule() {
    clearTimeout(timer);
    timer = setTimeout(() => {
      running = running.then(check);
    }, options.settleMs ?? 100);
  }

  const dirs = [options.contentDir, path.join(options.publicDir, 'images')].filter((dir) => existsSync(dir));
  const watcher = chokidar(dirs, {
    ignoreInitial: true,
    // As Contentlayer: report a file once its writer has finished, not half-written.
    awaitWriteFinish: { stabilityThreshold: 50, pollInterval: 10 },
  });
  watcher.on('all', schedule);
  const ready = new Promise<void>((resolve) => watcher.on('ready', () => resolve()));
  running = running.then(check);

  return {
    ready: ready.then(() => running),
    async close() {
      clearTimeout(timer);
      await watcher.close();
      await running;
    },
  };
}
