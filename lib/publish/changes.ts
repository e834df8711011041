/**
 * What a publish has to do: compare the content files with the manifest of the last build or
 * publish (the database's content_files, ./file-rows.ts), and gather the few records the check
 * needs around the change (its neighbourhood) instead of the whole archive's.
 *
 * A caller that knows which files it changed (the desk, which released them; `npm run publish --
 * <file>…`) names them, and only those are looked at on disk: the cost is constant in the
 * archive's size. Without names the whole folder is listed and compared with every row's size
 * and time (the one step that grows with the archive: about 0.7 s for 100,000 files, 1.6 s with
 * the rows' sizes and times on the loaded benchmark machine, npm run bench:manifest-reads), and only
 * files whose size or time differ are read (to hash them).
 *
 * The neighbourhood, each part read by an index:
 * - the rows of the files looked at (the changed and deleted ones);
 * - the stories whose ALSO READ names a changed or deleted story (checked again, so a deleted or
 *   unpublished target is reported on the story that links to it, as a full check would);
 * - every file of a live blog that changed (a live blog is one story of many files,
 *   docs/decisions/029);
 * - the stories sharing a slug with a checked story (duplicate slugs) and the stories a checked
 *   story names in ALSO READ (missing, draft or embargoed targets);
 * - every author, section and page (few; always checked in full).
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';

import { isPublished } from '../content/published';
import { alsoReadSlugsOf } from '../schema/computed';
import { listContentFiles, type ListedFile } from '../source/content-files';
import { fingerprint } from '../source/fingerprint';
import type { FileRecord } from '../validation/model';
import type { FileRows } from './file-rows';

export interface Changes {
  /** Content files that are new or whose bytes changed (paths inside the content folder). */
  edited: string[];
  /** Files the manifest has and the folder no longer does. */
  deleted: string[];
  /** Whether an author, section or page changed (they appear on many pages). */
  sharedChanged: boolean;
  /** Articles to check in full: the edited ones and those whose ALSO READ points at an edited or deleted story. */
  toCheck: Set<string>;
  /** The neighbourhood's records, with the times of files that were touched but not changed brought up to date. */
  known: Map<string, FileRecord>;
  /** The neighbourhood's records as the manifest has them: what a refused file keeps. */
  last: Map<string, FileRecord>;
  /** The neighbourhood's files with their size and time as they are now: what the check lists. */
  listing: Map<string, ListedFile>;
  /** Story slugs whose every row is in the neighbourhood (see widenChanges). */
  slugs: Set<string>;
}

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function checkNamed(file: string): void {
  if (path.isAbsolute(file) || file.split('/').some((part) => part === '..' || part.startsWith('.') || part === '')) {
    throw new Error(`${file}: not a path inside the content folder — name changed files as articles/2026/<slug>.mdx`);
  }
}

/** Each named file as it is on disk now: its size and time, or undefined when it is gone. */
function statNamed(contentDir: string, files: readonly string[]): Map<string, ListedFile | undefined> {
  const seen = new Map<string, ListedFile | undefined>();
  for (const file of files) {
    checkNamed(file);
    const stat = statSync(path.join(contentDir, file), { throwIfNoEntry: false });
    seen.set(file, stat?.isFile() ? { size: stat.size, mtimeMs: stat.mtimeMs } : undefined);
  }
  return seen;
}

/** The whole folder against every row's size and time: the files that differ, as they are now. */
async function statDiffering(contentDir: string, rows: FileRows): Promise<Map<string, ListedFile | undefined>> {
  const listed = listContentFiles(contentDir);
  const stored = await rows.stats();
  const seen = new Map<string, ListedFile | undefined>();
  for (const [file, stat] of listed) {
    const row = stored.get(file);
    if (row?.size !== stat.size || row.mtimeMs !== stat.mtimeMs) seen.set(file, stat);
  }
  for (const file of stored.keys()) if (!listed.has(file)) seen.set(file, undefined);
  return seen;
}

/** ALSO READ targets written in a file, read before the check so their rows come in one query (widenChanges catches any missed). */
const alsoReadIn = (contentDir: string, file: string): string[] =>
  alsoReadSlugsOf(readFileSync(path.join(contentDir, file), 'utf8'));

/**
 * Brings rows into the neighbourhood: as the manifest has them (what a refused file keeps, and
 * what the check knows of a file it does not read), and listed as the row says unless the file
 * was looked at on disk, whose listing is as it is now (or absent: deleted).
 */
function include(changes: Changes, records: readonly FileRecord[], lookedAt: (file: string) => boolean): void {
  for (const record of records) {
    if (!changes.last.has(record.path)) changes.last.set(record.path, record);
    if (!changes.known.has(record.path)) changes.known.set(record.path, record);
    if (!lookedAt(record.path) && !changes.listing.has(record.path)) {
      changes.listing.set(record.path, { size: record.size, mtimeMs: record.mtimeMs });
    }
  }
}

/**
 * `only`: the files the caller changed (paths inside the content folder, written or removed);
 * without it, every file of the folder is listed and compared with the manifest.
 */
export async function findChanges(contentDir: string, rows: FileRows, only?: readonly string[]): Promise<Changes> {
  const seen = only ? statNamed(contentDir, only) : await statDiffering(contentDir, rows);
  const last = await rows.at(seen.keys());
  const known = new Map(last);
  const edited: string[] = [];
  const deleted: string[] = [];
  for (const [file, stat] of seen) {
    const record = last.get(file);
    if (!stat) {
      if (record) deleted.push(file);
      continue;
    }
    if (record?.size === stat.size && record.mtimeMs === stat.mtimeMs) continue;
    const hash = fingerprint(readFileSync(path.join(contentDir, file)));
    if (record?.hash === hash) known.set(file, { ...record, ...stat });
    else edited.push(file);
  }
  // A file not looked at is on disk as its row says; one looked at, as it is now.
  const present = (file: string) => (seen.has(file) ? seen.get(file) !== undefined : last.has(file));
  const listing = new Map<string, ListedFile>();
  for (const [file, stat] of seen) if (stat) listing.set(file, stat);
  const changes: Changes = {
    edited,
    deleted,
    sharedChanged: [...edited, ...deleted].some((file) => !isArticle(file)),
    toCheck: new Set(edited.filter(isArticle)),
    known,
    last,
    listing,
    slugs: new Set(),
  };
  const add = (records: readonly FileRecord[]) => include(changes, records, (file) => seen.has(file));

  // A live blog's files, read once per blog; every one present is checked with the blog.
  const blogs = new Map<string, string[]>();
  const readBlog = async (blog: string) => {
    if (blogs.has(blog)) return;
    const files = await rows.blogFiles(blog);
    add(files);
    const looked = [...seen.keys()].filter((file) => liveBlogOf(file) === blog);
    blogs.set(blog, [...new Set([...files.map((record) => record.path), ...looked])].filter(present));
  };
  // A post added, edited or deleted changes its live blog: its index.mdx counts as edited.
  for (const blog of new Set([...edited, ...deleted].flatMap((file) => liveBlogOf(file) ?? []))) {
    await readBlog(blog);
    const index = `${blog}/index.mdx`;
    if (present(index) && !edited.includes(index)) edited.push(index);
  }
  // Stories whose ALSO READ names a story that changed or went are checked again.
  const touchedSlugs = new Set([...edited, ...deleted].filter(isArticle).map(storySlugOf));
  const naming = await rows.naming(touchedSlugs);
  add(naming);
  for (const record of naming.filter((found) => present(found.path))) {
    changes.toCheck.add(record.path);
    const blog = liveBlogOf(record.path);
    if (blog) await readBlog(blog);
  }
  for (const files of blogs.values()) for (const file of files) changes.toCheck.add(file);
  add(await rows.shared());

  // Around each checked story: those with its slug, and those it names in ALSO READ.
  const around = new Set<string>();
  for (const file of changes.toCheck) {
    if (!liveBlogOf(file) || file.endsWith('/index.mdx')) around.add(storySlugOf(file));
    for (const slug of known.get(file)?.alsoRead ?? []) around.add(slug);
    if (edited.includes(file)) for (const slug of alsoReadIn(contentDir, file)) around.add(slug);
  }
  await widenChanges(changes, rows, around);
  changes.listing = new Map(
    [...changes.listing].filter(([file]) => present(file)).sort(([a], [b]) => byCodeUnit(a, b)),
  );
  return changes;
}

/**
 * Brings every story with one of `slugs` into the neighbourhood (those not already in), so the
 * check sees all the stories that share a slug or that an ALSO READ names. Returns whether any
 * slug was new: a check that found a target it had not read is run again with it (./neighbourhood.ts).
 */
export async function widenChanges(changes: Changes, rows: FileRows, slugs: Iterable<string>): Promise<boolean> {
  const fresh = [...new Set(slugs)].filter((slug) => !changes.slugs.has(slug));
  if (fresh.length === 0) return false;
  for (const slug of fresh) changes.slugs.add(slug);
  // The files looked at on disk are listed as they are now already, or were deleted: no row relists them.
  const gone = new Set(changes.deleted);
  const lookedAt = (file: string) => gone.has(file) || changes.edited.includes(file);
  include(changes, await rows.storiesWithSlugs(fresh), lookedAt);
  changes.listing = new Map([...changes.listing].sort(([a], [b]) => byCodeUnit(a, b)));
  return true;
}

const isArticle = (file: string) => file.startsWith('articles/') || file.startsWith('live/');

/** The folder of the live blog a file belongs to (live/2026/<slug>), if it is one of a live blog's files. */
export function liveBlogOf(file: string): string | undefined {
  return /^(live\/\d{4}\/[^/]+)\/[^/]+\.mdx$/.exec(file)?.[1];
}

/** The slug a story file is known by: an article's file name, a live blog's folder (its posts' too). */
export const storySlugOf = (file: string) =>
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
