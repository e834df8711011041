/**
 * A live blog's posts in the desk: where a post's file is, the id a new post gets, and writing it
 * into the workspace under that id without ever taking an id another post has.
 *
 * Ids are `<hhmmss>-<first words>` in the site's time zone (e.g. 061512-ferry-services-resume),
 * like the files editors name by hand. Two posts in the same second with the same words get
 * `-2`, `-3`…: the file is written under a temporary name and then hard-linked to its id, which
 * the file system does only if no file has that name yet. So two requests at once (even from two
 * desk processes) can never take one id, and no reader ever sees half a post file.
 */
import { existsSync, linkSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { listFiles } from '../workspace/files';
import { liveFolder, type StoryKey } from '../workspace/story-key';
import type { Workspace } from '../workspace/workspace';

/** A post's file inside the content folder. */
export const postFile = (key: StoryKey, id: string) => `${liveFolder(key)}/${id}.mdx`;

export const POST_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** `<year>/<slug>/<post id>`: how a post is named in the desk's queue. */
export const postRefText = (key: StoryKey, id: string) => `${key.year}/${key.slug}/${id}`;

export function parsePostRef(text: string | null): { key: StoryKey; id: string } | undefined {
  const [year = '', slug = '', id = '', ...rest] = (text ?? '').split('/');
  if (rest.length > 0 || !/^\d{4}$/.test(year) || !POST_ID.test(slug) || !POST_ID.test(id)) return undefined;
  return { key: { year, slug }, id };
}

const slugWords = (text: string) =>
  text
    .replace(/<[^>]*>/g, ' ') // story components say nothing about the post
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .split('-')
    .filter(Boolean)
    .slice(0, 5)
    .join('-')
    .slice(0, 48)
    .replace(/-+$/, '');

/** The id a post gets before uniqueness: its time of day (from `time`, …T06:15:12+00:00) and first words. */
export function postIdBase(time: string, words: string): string {
  const clock = /T(\d{2}):(\d{2}):(\d{2})/.exec(time);
  const stamp = clock ? `${clock[1]}${clock[2]}${clock[3]}` : 'post';
  const slug = slugWords(words);
  return slug ? `${stamp}-${slug}` : stamp;
}

/**
 * Writes the post into the workspace under the first free id (free in the workspace and on the
 * site), and returns that id.
 */
export function writeNewPost(workspace: Workspace, key: StoryKey, base: string, text: string): string {
  const folder = path.join(workspace.contentDir, liveFolder(key));
  mkdirSync(folder, { recursive: true });
  const temporary = path.join(folder, `.post-${process.pid}-${Math.random().toString(36).slice(2)}.tmp`);
  try {
    writeFileSync(temporary, text);
    for (let n = 1; n < 1000; n += 1) {
      const id = n === 1 ? base : `${base}-${n}`;
      if (existsSync(path.join(workspace.project.contentDir, postFile(key, id)))) continue;
      try {
        linkSync(temporary, path.join(workspace.contentDir, postFile(key, id)));
        return id;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
    }
    throw new Error(`no free post id for ${base} in ${liveFolder(key)}`);
  } finally {
    rmSync(temporary, { force: true });
  }
}

/** The ids of a blog's posts in one content folder. */
export function postIds(contentDir: string, key: StoryKey): string[] {
  return listFiles(path.join(contentDir, liveFolder(key)))
    .filter((name) => name.endsWith('.mdx') && name !== 'index.mdx' && !name.includes('/'))
    .map((name) => name.slice(0, -'.mdx'.length));
}

/** Whether the story is a live blog in the desk or on the site. */
export const isLiveBlog = (workspace: Workspace, key: StoryKey) =>
  [workspace.contentDir, workspace.project.contentDir].some((dir) =>
    existsSync(path.join(dir, liveFolder(key), 'index.mdx')),
  );
