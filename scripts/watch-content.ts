/**
 * Part of `npm run dev`: re-runs the content check whenever a file under content/ or
 * public/images/ changes, prints the result in the terminal and records it for the page
 * (lib/dev/content-status.ts). Contentlayer's own watcher regenerates the data alongside; on a
 * file it cannot read it keeps the last good data and carries on, so the server never stops.
 */
import { existsSync, watch } from 'node:fs';
import path from 'node:path';

import { statusDir, writeContentStatus } from '../lib/dev/content-status';
import { contentDir as contentFolder, publicDir as publicFolder } from '../lib/paths';
import { formatProblem } from '../lib/validation/problem';
import { validateContent } from '../lib/validation/validate-content';

const root = process.cwd();
const contentDir = contentFolder();
const publicDir = publicFolder();

let timer: NodeJS.Timeout | undefined;
let running = Promise.resolve();

async function check(): Promise<void> {
  try {
    const { problems } = await validateContent({ contentDir, publicDir, rootDir: root });
    const lines = problems.map(formatProblem);
    writeContentStatus(statusDir(root), { problems: lines });
    const time = new Date().toLocaleTimeString('en-GB');
    if (lines.length === 0) console.log(`${time} Content check passed.`);
    else
      console.error(
        `${time} Content check found ${lines.length} problem${lines.length === 1 ? '' : 's'} (the page shows the last good version):\n${lines.join('\n')}`,
      );
  } catch (error) {
    // A bug in a check must not stop the preview; say so and keep watching.
    console.error(`Content check crashed: ${(error as Error).stack ?? String(error)}`);
  }
}

/** Editors save in bursts (and editors write temp files): check once things settle. */
function schedule() {
  clearTimeout(timer);
  timer = setTimeout(() => {
    running = running.then(check);
  }, 100);
}

await check();
for (const dir of [contentDir, path.join(publicDir, 'images')]) {
  if (existsSync(dir)) watch(dir, { recursive: true }, schedule);
}
console.log(`Watching ${path.relative(root, contentDir)}/ for changes.`);
