/**
 * The stories a build holds back: drafts and embargoed articles, read straight from the raw
 * files (before Contentlayer), so the production build can leave them out entirely and print
 * what it held back. Files that cannot be read are left to the validator, which stops the build.
 * The content check takes the list from the frontmatter its validator has parsed already
 * (heldStoryOf); contentlayer.config.ts reads the files again (heldBack) so that what Contentlayer
 * leaves out is decided from the files as they are when it runs (docs/decisions/026).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { visibilityOf } from '../content/published';
import { parseSourceFile } from './frontmatter';

export interface HeldStory {
  /** Path relative to the content folder, posix separators: articles/2027/foo.mdx */
  file: string;
  title: string;
  state: 'draft' | 'embargoed';
  /** For an embargoed story: its publication time (ISO with offset), when a build will publish it. */
  until?: string;
  /** A post of a held-back live blog: held with it, not listed on its own. */
  post?: boolean;
}

/** The story held back for this frontmatter, if any; `file` is its path in the content folder. */
export function heldStoryOf(file: string, data: Record<string, unknown> | undefined, now: Date): HeldStory | undefined {
  if (!data || typeof data.date !== 'string') return undefined;
  const visibility = visibilityOf({ date: data.date, draft: data.draft === true }, now);
  if (visibility.state === 'published') return undefined;
  const title = typeof data.title === 'string' ? data.title : path.posix.basename(file);
  return visibility.state === 'embargoed'
    ? { file, title, state: 'embargoed', until: visibility.until }
    : { file, title, state: 'draft' };
}

export function heldBack(contentDir: string, now: Date): HeldStory[] {
  return [...heldArticles(contentDir, now), ...heldLiveBlogs(contentDir, now)];
}

/**
 * Live blogs (content/live/<yyyy>/<slug>/index.mdx) that are drafts or start their coverage
 * after `now`; `files` lists the live blog's file and every post beside it, all held back.
 */
function heldLiveBlogs(contentDir: string, now: Date): HeldStory[] {
  const live = path.join(contentDir, 'live');
  if (!existsSync(live)) return [];
  const held: HeldStory[] = [];
  for (const year of readdirSync(live).sort()) {
    if (!/^\d{4}$/.test(year)) continue;
    for (const slug of readdirSync(path.join(live, year)).sort()) {
      const folder = path.join(live, year, slug);
      const index = path.join(folder, 'index.mdx');
      if (!existsSync(index)) continue;
      const file = `live/${year}/${slug}/index.mdx`;
      const { data } = parseSourceFile(file, readFileSync(index, 'utf8'), 'mdx');
      if (!data || typeof data.coverageStart !== 'string') continue;
      const visibility = visibilityOf({ date: data.coverageStart, draft: data.draft === true }, now);
      if (visibility.state === 'published') continue;
      const title = typeof data.title === 'string' ? data.title : file;
      const posts = readdirSync(folder)
        .filter((name) => name.endsWith('.mdx') && name !== 'index.mdx')
        .map((name) => `live/${year}/${slug}/${name}`);
      const story: HeldStory =
        visibility.state === 'embargoed'
          ? { file, title, state: 'embargoed', until: visibility.until }
          : { file, title, state: 'draft' };
      held.push(story, ...posts.map((post) => ({ ...story, file: post, post: true })));
    }
  }
  return held;
}

function heldArticles(contentDir: string, now: Date): HeldStory[] {
  const articles = path.join(contentDir, 'articles');
  if (!existsSync(articles)) return [];
  const held: HeldStory[] = [];
  for (const year of readdirSync(articles).sort()) {
    const folder = path.join(articles, year);
    if (!/^\d{4}$/.test(year)) continue;
    for (const name of readdirSync(folder).sort()) {
      if (!name.endsWith('.mdx')) continue;
      const file = `articles/${year}/${name}`;
      const { data } = parseSourceFile(file, readFileSync(path.join(folder, name), 'utf8'), 'mdx');
      const story = heldStoryOf(file, data, now);
      if (story) held.push(story);
    }
  }
  return held;
}

/** What the build prints: one line per held story, embargoes in the order they lift. */
export function describeHeldBack(all: HeldStory[], formatTime: (iso: string) => string): string[] {
  const held = all.filter((story) => !story.post);
  if (held.length === 0) return [];
  const embargoed = held
    .filter((story) => story.until)
    .sort((a, b) => Date.parse(a.until as string) - Date.parse(b.until as string));
  const drafts = held.filter((story) => !story.until);
  return [
    `Held back ${held.length} ${held.length === 1 ? 'story' : 'stories'} (not in this build):`,
    ...embargoed.map(
      (story) =>
        `  embargoed until ${formatTime(story.until as string)}: "${story.title}" (${story.file}) — published by the first build at or after that time`,
    ),
    ...drafts.map((story) => `  draft: "${story.title}" (${story.file}) — published when draft: true is removed`),
  ];
}
