/**
 * A story's revisions as the desk shows them: each commit that touched the story's files (saves
 * on dateline-desk and releases on the checked-out branch, in the order they were made), and
 * what it changed against the revision before it in that list, file by file.
 */
import { type StoryKey } from '../workspace/story-key';
import { type TextDiff, textDiff } from './diff';
import type { ContentHistory, Revision } from './history';

export interface FileChange {
  /** Path inside the content folder (articles/2026/x.mdx). */
  file: string;
  state: 'added' | 'removed' | 'changed';
  diff: TextDiff;
}

export interface StoryRevision extends Revision {
  changes: FileChange[];
}

export async function storyRevisions(history: ContentHistory, key: StoryKey, limit = 30): Promise<StoryRevision[]> {
  const pathspecs = history.storyPaths(key);
  // One more than shown: the oldest shown is compared with the one before it.
  const revisions = await history.revisions(pathspecs, limit + 1);
  const trees = await Promise.all(revisions.map((revision) => history.filesAt(revision.commit, pathspecs)));
  const blobs = await history.blobs(trees.flatMap((tree) => [...tree.values()]));
  const text = (oid: string | undefined) => (oid === undefined ? undefined : blobs.get(oid)?.toString('utf8'));
  return revisions.slice(0, limit).map((revision, index) => {
    const now = trees[index] ?? new Map<string, string>();
    const before = trees[index + 1] ?? new Map<string, string>();
    const changes: FileChange[] = [];
    for (const file of [...new Set([...before.keys(), ...now.keys()])].sort()) {
      const a = before.get(file);
      const b = now.get(file);
      if (a === b) continue;
      changes.push({
        file: history.contentFileOf(file) ?? file,
        state: a === undefined ? 'added' : b === undefined ? 'removed' : 'changed',
        diff: textDiff(text(a), text(b)),
      });
    }
    return { ...revision, changes };
  });
}
