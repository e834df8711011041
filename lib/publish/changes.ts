/**
 * What a publish has to do: compare the content folder with the manifest of the last build or
 * publish (lib/build/manifest.ts). Reads only the files whose size or time changed (to hash
 * them), so on an archive of 100,000 stories it costs a directory listing, a stat per file and a
 * few reads; a caller that knows which files it changed (the desk, which released them) names
 * them, and only those are looked at: the rest are taken as the manifest has them.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';

import { isPublished } from '../content/published';
import { listContentFiles, type ListedFile } from '../source/content-files';
import { fingerprint } from '../source/fingerprint';
import type { FileRecord } from '../validation/model';

export interface Changes {
  /** Content files that are new or whose bytes changed (paths inside the content folder). */
  edited: string[];
  /** Files the manifest has and the folder no longer does. */
  deleted: string[];
  /** Whether an author, section or page changed (they appear on many pages). */
  sharedChanged: boolean;
  /** Articles to check in full: the edited ones and those whose ALSO READ points at an edited or deleted story. */
  toCheck: Set<string>;
  /** Manifest records with the times of files that were touched but not changed brought up to date. */
  known: Map<string, FileRecord>;
  /** Every content file with its size and time, as listed now (so the check need not list them again). */
  listing: Map<string, ListedFile>;
}

/**
 * The folder as the manifest has it, with only `paths` (inside the content folder) looked at
 * again: each one's size and time if it is a file now, else gone.
 */
function listingWith(contentDir: string, records: readonly FileRecord[], paths: readonly string[]) {
  const listing = new Map<string, ListedFile>(records.map((record) => [record.path, record]));
  for (const file of paths) {
    if (path.isAbsolute(file) || file.split('/').some((part) => part === '..' || part.startsWith('.'))) {
      throw new Error(`${file}: not a path inside the content folder — name changed files as articles/2026/<slug>.mdx`);
    }
    const stat = statSync(path.join(contentDir, file), { throwIfNoEntry: false });
    if (stat?.isFile()) listing.set(file, { size: stat.size, mtimeMs: stat.mtimeMs });
    else listing.delete(file);
  }
  return new Map(
    [...listing]
      .map(([file, { size, mtimeMs }]) => [file, { size, mtimeMs }] as const)
      // In the order listContentFiles gives: by code unit.
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  );
}

/**
 * `only`: the files the caller changed (paths inside the content folder, written or removed);
 * without it, every file of the folder is listed and compared with the manifest.
 */
export function findChanges(contentDir: string, records: readonly FileRecord[], only?: readonly string[]): Changes {
  const known = new Map(records.map((record) => [record.path, record]));
  const current = only ? listingWith(contentDir, records, only) : listContentFiles(contentDir);
  const edited: string[] = [];
  for (const [file, stat] of current) {
    const record = known.get(file);
    if (record?.size === stat.size && record.mtimeMs === stat.mtimeMs) continue;
    const hash = fingerprint(readFileSync(path.join(contentDir, file)));
    if (record?.hash === hash) known.set(file, { ...record, ...stat });
    else edited.push(file);
  }
  const deleted = [...known.keys()].filter((file) => !current.has(file));
  // A live blog is one story of many files (docs/decisions/029): a post added, edited or deleted
  // changes the blog, so its index.mdx counts as edited and the whole folder is checked again.
  const touchedBlogs = new Set([...edited, ...deleted].flatMap((file) => liveBlogOf(file) ?? []));
  for (const blog of touchedBlogs) {
    const index = `${blog}/index.mdx`;
    if (current.has(index) && !edited.includes(index)) edited.push(index);
  }
  const isArticle = (file: string) => file.startsWith('articles/') || file.startsWith('live/');
  // Stories whose ALSO READ names a story that changed or went: checked again, so a deleted
  // or unpublished target is reported on the story that links to it, as a full check would.
  const touchedSlugs = new Set([...edited, ...deleted].filter(isArticle).map(storySlugOf));
  const toCheck = new Set(edited.filter(isArticle));
  for (const record of known.values()) {
    if (current.has(record.path) && record.alsoRead?.some((slug) => touchedSlugs.has(slug))) {
      toCheck.add(record.path);
      const blog = liveBlogOf(record.path);
      if (blog) touchedBlogs.add(blog);
    }
  }
  for (const file of current.keys()) {
    const blog = liveBlogOf(file);
    if (blog && touchedBlogs.has(blog)) toCheck.add(file);
  }
  return {
    edited,
    deleted,
    sharedChanged: [...edited, ...deleted].some((file) => !isArticle(file)),
    toCheck,
    known,
    listing: current,
  };
}

/** The folder of the live blog a file belongs to (live/2026/<slug>), if it is one of a live blog's files. */
export function liveBlogOf(file: string): string | undefined {
  return /^(live\/\d{4}\/[^/]+)\/[^/]+\.mdx$/.exec(file)?.[1];
}

/** The slug a story file is known by: an article's file name, a live blog's folder (its posts' too). */
const storySlugOf = (file: string) =>
  (liveBlogOf(file) ?? file)
    .replace(/\.mdx$/, '')
    .split('/')
    .pop() as string;

/** Paths of the stories (articles, live blogs' index.mdx) readers should see now, from checked records: not drafts, not embargoed. */
export function visibleArticles(records: readonly FileRecord[], now: Date): Set<string> {
  return new Set(
    records
      .filter((record) => (record.kind === 'article' || record.kind === 'live') && record.date !== undefined)
      .filter((record) => isPublished({ date: record.date as string, draft: record.draft === true }, now))
      .map((record) => record.path),
  );
}
