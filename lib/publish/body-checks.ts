/**
 * The publish's body check (docs/decisions/055-publish-manifest-in-the-database.md): no cache
 * file is read (the build's is one file for the whole archive). A story's body is compiled
 * again: the few a publish checks, about 2 ms each, and their ALSO READ uses, with lines, are
 * what the rules read. An author's or page's body that has the bytes it had at the last build or
 * publish (its manifest row's hash) passed this check then, and no rule across files reads an
 * author's or page's components, so it is not compiled again: with 200 authors that is seconds
 * of every publish.
 */
import path from 'node:path';

import { freshBodyChecker } from '../build/body-cache';
import type { BodyReport } from '../validation/check-body';
import type { Changes } from './changes';
import { isSharedFile } from './isolate';

export function publishBodyCheck(
  folders: { rootDir: string; contentDir: string },
  changes: Pick<Changes, 'last' | 'edited'>,
): (file: string, body: string, bodyLine: number) => Promise<BodyReport> {
  const fresh = freshBodyChecker(folders.rootDir);
  const edited = new Set(changes.edited);
  return (file, body, bodyLine) => {
    const inContent = path.relative(folders.contentDir, path.resolve(folders.rootDir, file)).split(path.sep).join('/');
    if (isSharedFile(inContent) && changes.last.has(inContent) && !edited.has(inContent)) {
      return Promise.resolve({ uses: [], problems: [] });
    }
    return fresh(file, body, bodyLine);
  };
}
