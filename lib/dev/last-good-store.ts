/**
 * `npm run dev`: Contentlayer regenerates its data after every save, including a file it
 * accepts but the content check refuses (a section that does not exist, an ALSO READ to
 * nowhere, a missing picture). Writing the store from that data would put the refused file
 * in front of the editor as if it were fine, or break the page. So in development the store
 * is written only when the whole content passes the same check as the build; otherwise the
 * preview keeps the last good store, and the page's problem panel (scripts/editor/watch-content.ts)
 * says what to fix. With no store yet (a fresh clone with a broken file), it is written
 * anyway so the preview can start.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';

import { cachedBodyChecker } from '../build/body-cache';
import { writeContentStore } from '../build/store-writer';
import { contentDir, datelineDir, publicDir, versionFile } from '../paths';
import { validateContent } from '../validation/validate-content';

/** Returns whether the store was written. */
export async function writeStoreIfContentPasses(): Promise<boolean> {
  const rootDir = process.cwd();
  // Its own body cache (the build's check keeps another): good bodies are compiled once, and the
  // store writer reuses the compiled code.
  const bodies = cachedBodyChecker(path.join(datelineDir(), 'dev-check-cache.json'), rootDir);
  const { problems } = await validateContent({
    contentDir: contentDir(),
    publicDir: publicDir(),
    rootDir,
    checkBody: bodies.check,
  });
  bodies.save();
  if (problems.length > 0 && existsSync(versionFile())) {
    const files = new Set(problems.map((problem) => problem.file)).size;
    console.log(
      `Content store kept at the last good version: the content check refuses ${files} file${files === 1 ? '' : 's'} (see the page or the check's output).`,
    );
    return false;
  }
  await writeContentStore();
  return true;
}
