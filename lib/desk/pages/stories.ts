/** What the desk knows about a story: its workspace and site files, its last job and its status. */
import path from 'node:path';

import type { Desk } from '../publishing/desk';
import type { Job } from '../publishing/queue';
import { type StoryFields, storyFields } from '../publishing/story-fields';
import { type Review, reviewStoreOf } from '../review/store';
import { readIfPresent } from '../workspace/files';
import { keyText, type StoryKey } from '../workspace/story-key';
import { conflictedFiles } from '../workspace/sync';
import { listStories, mainFile, storyFiles } from '../workspace/workspace';

export type StoryStatus =
  | 'not published'
  | 'changed since published'
  | 'published'
  | 'scheduled'
  | 'unpublished'
  | 'refused'
  | 'waiting for review'
  | 'sent back';

export interface StoryState {
  key: StoryKey;
  /** Main file inside the content folder (workspace copy, else the site's). */
  file: string;
  fields: StoryFields;
  status: StoryStatus;
  /** Changed in content/ by someone else while the desk had changes too. */
  conflict: boolean;
  job?: Job;
  /** Its open review (lib/desk/review/store.ts): waiting for an editor, or sent back to its reporter. */
  review?: Review;
}

/** Whether the workspace and the site hold the same bytes for every file of the story. */
function sameOnBoth(desk: Desk, key: StoryKey): boolean {
  const files = new Set([
    ...storyFiles(desk.workspace.contentDir, key),
    ...storyFiles(desk.workspace.project.contentDir, key),
  ]);
  for (const file of files) {
    const a = readIfPresent(path.join(desk.workspace.contentDir, file));
    const b = readIfPresent(path.join(desk.workspace.project.contentDir, file));
    if (!a || !b || !a.equals(b)) return false;
  }
  return true;
}

export async function storyStates(desk: Desk, keys: StoryKey[]): Promise<StoryState[]> {
  const conflicts = await conflictedFiles(desk.options.database);
  const jobs = await desk.queue.latestFor(keys.map(keyText));
  const reviews = await reviewStoreOf(desk).open(keys.map(keyText));
  const now = desk.options.now().getTime();
  const states: StoryState[] = [];
  for (const key of keys) {
    const deskFile = mainFile(desk.workspace.contentDir, key);
    const siteFile = mainFile(desk.workspace.project.contentDir, key);
    const file = deskFile ?? siteFile;
    if (!file) continue;
    const folder = deskFile ? desk.workspace.contentDir : desk.workspace.project.contentDir;
    const text = readIfPresent(path.join(folder, file))?.toString('utf8') ?? '';
    const fields = storyFields(path.posix.join('content', file), text, key);
    const job = jobs.get(keyText(key));
    const review = reviews.get(keyText(key));
    const site = siteFile
      ? storyFields(
          siteFile,
          readIfPresent(path.join(desk.workspace.project.contentDir, siteFile))?.toString('utf8') ?? '',
          key,
        )
      : undefined;
    let status: StoryStatus;
    // An open review says what the story waits for (a publish ends it), whatever its files say.
    if (review) {
      status = review.state === 'waiting' ? 'waiting for review' : 'sent back';
    } else if (sameOnBoth(desk, key) && site) {
      status = site.draft ? 'unpublished' : site.date && Date.parse(site.date) > now ? 'scheduled' : 'published';
    } else if (job?.state === 'refused') {
      status = 'refused';
    } else {
      status = site ? 'changed since published' : 'not published';
    }
    const conflict = storyFiles(desk.workspace.contentDir, key).some((name) => conflicts.has(name));
    states.push({ key, file, fields, status, conflict, ...(job ? { job } : {}), ...(review ? { review } : {}) });
  }
  return states;
}

/** Every story key in the workspace or on the site, newest change first. */
export function allStoryKeys(desk: Desk): StoryKey[] {
  const stories = new Map(listStories(desk.workspace.project.contentDir));
  for (const [key, story] of listStories(desk.workspace.contentDir)) stories.set(key, story);
  return [...stories.values()].sort((a, b) => b.mtimeMs - a.mtimeMs).map((story) => story.key);
}
