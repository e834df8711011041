/**
 * The desk's workspace (docs/decisions/040-desk-workspace-and-publish-queue): a copy of the
 * content folder and an images folder for uploads, where every save made in the desk lands.
 * content/ holds only what an editor released, so `npm run publish`, the cron line and a full
 * build never put a save on the site.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';

import { readEnv } from '../../env';
import { listFiles, readIfPresent, writeFileAtomically } from './files';
import { articleFile, liveFolder, type StoryKey } from './story-key';

export interface ProjectFolders {
  /** The project root (where .dateline/ and .contentlayer/ are). */
  root: string;
  /** The content folder the site publishes from. */
  contentDir: string;
  /** The site's public folder (pictures under images/). */
  publicDir: string;
}

export interface Workspace {
  project: ProjectFolders;
  /** The workspace's copy of the content folder. */
  contentDir: string;
  /** The workspace's public/ (uploads under images/). */
  publicDir: string;
}

/** DESK_WORKSPACE, or .dateline/desk/workspace under the project root. */
export function workspaceFor(
  project: ProjectFolders,
  env: Readonly<Record<string, string | undefined>> = process.env,
): Workspace {
  const dir = path.resolve(project.root, readEnv('DESK_WORKSPACE', env));
  return { project, contentDir: path.join(dir, 'content'), publicDir: path.join(dir, 'public') };
}

/**
 * The files that make up a story in one content folder: an article's file, or every file in a
 * live blog's folder. A live blog wins when both exist (the check reports the clash).
 */
export function storyFiles(contentDir: string, key: StoryKey): string[] {
  const folder = liveFolder(key);
  if (existsSync(path.join(contentDir, folder, 'index.mdx'))) {
    return listFiles(path.join(contentDir, folder)).map((name) => `${folder}/${name}`);
  }
  const article = articleFile(key);
  return existsSync(path.join(contentDir, article)) ? [article] : [];
}

/** The file holding the story's frontmatter (article file or live blog index), if it exists. */
export function mainFile(contentDir: string, key: StoryKey): string | undefined {
  const live = `${liveFolder(key)}/index.mdx`;
  if (existsSync(path.join(contentDir, live))) return live;
  const article = articleFile(key);
  return existsSync(path.join(contentDir, article)) ? article : undefined;
}

export function readStory(contentDir: string, key: StoryKey): string | undefined {
  const file = mainFile(contentDir, key);
  return file === undefined ? undefined : readIfPresent(path.join(contentDir, file))?.toString('utf8');
}

/** Saves a story's text in the workspace: into its live blog's index.mdx if it is one, else its article file. */
export function saveStory(workspace: Workspace, key: StoryKey, text: string): { file: string; created: boolean } {
  const existing = mainFile(workspace.contentDir, key);
  const file = existing ?? articleFile(key);
  writeFileAtomically(path.join(workspace.contentDir, file), text);
  return { file, created: existing === undefined };
}

/** Saves an uploaded picture under the workspace's images/ (path already checked). */
export function savePicture(workspace: Workspace, segments: string[], bytes: Uint8Array): { created: boolean } {
  const file = path.join(workspace.publicDir, 'images', ...segments);
  const created = !existsSync(file);
  writeFileAtomically(file, bytes);
  return { created };
}

/** Every story in a content folder, by key, with its main file's modification time. */
export function listStories(contentDir: string): Map<string, { key: StoryKey; file: string; mtimeMs: number }> {
  const stories = new Map<string, { key: StoryKey; file: string; mtimeMs: number }>();
  for (const kind of ['articles', 'live'] as const) {
    for (const name of listFiles(path.join(contentDir, kind))) {
      const match =
        kind === 'articles' ? /^(\d{4})\/([^/]+)\.mdx$/.exec(name) : /^(\d{4})\/([^/]+)\/index\.mdx$/.exec(name);
      if (!match) continue;
      const key = { year: match[1] ?? '', slug: match[2] ?? '' };
      const file = `${kind}/${name}`;
      stories.set(`${key.year}/${key.slug}`, { key, file, mtimeMs: statSync(path.join(contentDir, file)).mtimeMs });
    }
  }
  return stories;
}
