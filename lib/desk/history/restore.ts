/**
 * Restoring a revision: that revision's bytes of the story's files are written into the
 * workspace as a new save ("Restore 2026/x to 1a2b3c4"), authored by the person who restored
 * it. Nothing reaches readers until an editor publishes, as with any save. The commit id must be
 * 40 lower-case hex digits AND one of this story's own revisions; anything else is refused
 * before git is asked for any file.
 */
import path from 'node:path';

import { Refusal } from '../api/answers';
import type { Desk } from '../publishing/desk';
import type { DeskUser } from '../roles';
import { listFiles, putOrRemove } from '../workspace/files';
import { keyText, liveFolder, type StoryKey, storyOfFile } from '../workspace/story-key';
import type { ContentHistory } from './history';
import { recordSave } from './index';

export const REVISION_ID = /^[0-9a-f]{40}$/;

export async function restoreRevision(
  history: ContentHistory,
  desk: Desk,
  user: DeskUser,
  key: StoryKey,
  commit: string,
): Promise<{ short: string; files: string[] }> {
  if (!REVISION_ID.test(commit)) {
    throw new Refusal(400, 'A revision is named by its full commit id: 40 characters 0-9 and a-f.');
  }
  if (!history.enabled) throw new Refusal(409, `Revisions are not recorded on this desk: ${history.reason ?? ''}`);
  const pathspecs = history.storyPaths(key);
  if (!(await history.isRevisionOf(commit, pathspecs))) {
    throw new Refusal(404, `${commit.slice(0, 7)} is not a revision of ${keyText(key)}.`);
  }
  const tree = await history.filesAt(commit, pathspecs);
  const files = new Map<string, string>();
  for (const [repositoryPath, oid] of tree) {
    const file = history.contentFileOf(repositoryPath);
    const owner = file === undefined ? undefined : storyOfFile(file);
    // Only the story's own files, whatever the tree holds.
    if (file && owner && keyText(owner) === keyText(key)) files.set(file, oid);
  }
  if (files.size === 0) {
    throw new Refusal(
      409,
      `${keyText(key)} had no file in revision ${commit.slice(0, 7)}; there is nothing to restore.`,
    );
  }
  const blobs = await history.blobs([...files.values()]);
  const touched = new Set<string>();
  // A live blog's posts added since that revision leave the workspace (a new revision keeps them).
  const folder = liveFolder(key);
  if ([...files.keys()].some((file) => file.startsWith(`${folder}/`))) {
    for (const name of listFiles(path.join(desk.workspace.contentDir, folder))) {
      const file = `${folder}/${name}`;
      if (!files.has(file)) {
        putOrRemove(path.join(desk.workspace.contentDir, file), undefined);
        touched.add(file);
      }
    }
  }
  for (const [file, oid] of files) {
    const bytes = blobs.get(oid);
    if (!bytes) throw new Error(`revisions: git has no bytes for ${file} in ${commit}`);
    putOrRemove(path.join(desk.workspace.contentDir, file), bytes);
    touched.add(file);
  }
  const short = commit.slice(0, 7);
  await desk.noteSaved(user, key);
  const saved = [...touched].sort().map((file) => `content/${file}`);
  await recordSave(saved, user, `Restore ${keyText(key)} to ${short}`);
  return { short, files: saved };
}
