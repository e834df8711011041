/**
 * Part of `npm run dev`: re-runs the content check whenever a file under content/ or
 * public/images/ changes (lib/dev/content-watcher.ts), prints the result in the terminal and
 * records it for the page (lib/dev/content-status.ts). Contentlayer's own watcher regenerates
 * the data alongside; while the check finds a problem the preview keeps its last good content
 * (lib/dev/last-good-store.ts), so the server never stops and never shows a refused file.
 */
import path from 'node:path';

import { statusDir, writeContentStatus } from '../../lib/dev/content-status';
import { watchContent } from '../../lib/dev/content-watcher';
import { contentDir as contentFolder, publicDir as publicFolder } from '../../lib/paths';

const root = process.cwd();
const contentDir = contentFolder();
const publicDir = publicFolder();

const watcher = watchContent({
  contentDir,
  publicDir,
  rootDir: root,
  onCheck({ problems }) {
    writeContentStatus(statusDir(root), { problems });
    const time = new Date().toLocaleTimeString('en-GB');
    if (problems.length === 0) console.log(`${time} Content check passed.`);
    else
      console.error(
        `${time} Content check found ${problems.length} problem${problems.length === 1 ? '' : 's'} (the page shows the last good version):\n${problems.join('\n')}`,
      );
  },
  // A bug in a check must not stop the preview; say so and keep watching.
  onCrash: (error) => console.error(`Content check crashed: ${(error as Error).stack ?? String(error)}`),
});
await watcher.ready;
console.log(`Watching ${path.relative(root, contentDir)}/ for changes.`);
