/**
 * Releasing one story from the workspace into content/ (and the pictures it names into
 * public/images), keeping what was there before so that a story the check refuses can be put
 * back exactly as it was: the previous bytes, or no file at all where the story added one.
 */
import path from 'node:path';

import { putOrRemove, readIfPresent } from './files';
import { picturesNamedIn } from './pictures';
import type { StoryKey } from './story-key';
import { storyFiles, type Workspace } from './workspace';

export interface Release {
  /** Content files written or removed (paths inside the content folder). */
  files: string[];
  /** Pictures copied (paths under images/). */
  pictures: string[];
  /** Puts content/ and public/images back as they were before the release. */
  restore: () => void;
}

export function releaseStory(workspace: Workspace, key: StoryKey, change?: (text: string) => string): Release {
  const { contentDir, publicDir } = workspace.project;
  // A live blog's posts deleted in the desk are deleted from content/ too.
  const files = [...new Set([...storyFiles(workspace.contentDir, key), ...storyFiles(contentDir, key)])].sort();
  const before: { file: string; bytes: Buffer | undefined }[] = [];
  const pictures = new Set<string>();
  try {
    for (const file of files) {
      let bytes = readIfPresent(path.join(workspace.contentDir, file));
      if (bytes && change && /\/index\.mdx$|^articles\//.test(file)) {
        bytes = Buffer.from(change(bytes.toString('utf8')));
        putOrRemove(path.join(workspace.contentDir, file), bytes);
      }
      before.push({ file: path.join(contentDir, file), bytes: readIfPresent(path.join(contentDir, file)) });
      putOrRemove(path.join(contentDir, file), bytes);
      for (const picture of bytes ? picturesNamedIn(bytes.toString('utf8')) : []) pictures.add(picture);
    }
    for (const picture of pictures) {
      const upload = readIfPresent(path.join(workspace.publicDir, 'images', picture));
      if (!upload) {
        pictures.delete(picture); // Already on the site, or missing: the check says which.
        continue;
      }
      const target = path.join(publicDir, 'images', picture);
      before.push({ file: target, bytes: readIfPresent(target) });
      putOrRemove(target, upload);
    }
  } catch (error) {
    restore(before);
    throw error;
  }
  return { files, pictures: [...pictures].sort(), restore: () => restore(before) };
}

function restore(before: { file: string; bytes: Buffer | undefined }[]): void {
  for (const { file, bytes } of [...before].reverse()) putOrRemove(file, bytes);
}
