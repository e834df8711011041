/**
 * The content check of one file on its own: read it, decode it, parse its frontmatter, check its
 * name, fields and body, and say whether it is held back. Everything here depends on the file
 * alone, so it may run in any order and in any thread (lib/build/parallel-check.ts spreads it
 * over the cores); the rules across files run afterwards over the entries (./rules/).
 * Plain data in and out: a task and its outcome cross a worker thread's message port.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

import {
  articleFields,
  authorFields,
  type Fields,
  liveBlogFields,
  livePostFields,
  pageFields,
  sectionFields,
} from '../schema/fields';
import { SLUG_PATTERN } from '../schema/reserved';
import { fingerprint } from '../source/fingerprint';
import { decodeUtf8, parseSourceFile } from '../source/frontmatter';
import { type HeldStory, heldStoryOf } from '../source/held-back';
import type { Problem } from '../source/problem';
import type { BodyReport } from './check-body';
import { checkFields } from './check-fields';
import type { Entry, FileRecord, Kind } from './model';

/** Where a file belongs, from its path inside the content folder. */
export interface Place {
  kind: Kind;
  slug: string;
  /** Year folder of an article or live blog (or a live post's blog). */
  year?: string;
  /** A live blog's folder inside the content folder, for the blog and its posts. */
  blog?: string;
}

/** One file to check in full. */
export interface FileTask {
  /** Path inside the content folder, with the platform's separators. */
  relative: string;
  /** The path messages print (relative to the project root). */
  file: string;
  place: Place;
  size: number;
  mtimeMs: number;
}

/** What checking one file found. */
export interface FileOutcome {
  /** In the order the single-threaded check has always found them. */
  problems: Problem[];
  /** Missing when the file is not UTF-8 text (nothing else could be read). */
  entry?: Entry;
  record?: FileRecord;
  held?: HeldStory;
}

export type BodyCheck = (file: string, body: string, bodyLine: number) => Promise<BodyReport>;

export interface FileContext {
  contentDir: string;
  /** The build's "now", for embargoes. */
  now: Date;
  checkBody: BodyCheck;
}

const FIELDS: Record<Kind, Fields> = {
  article: articleFields,
  live: liveBlogFields,
  post: livePostFields,
  author: authorFields,
  section: sectionFields,
  page: pageFields,
};

const posix = (relative: string) => relative.split(path.sep).join('/');

/** Whether a file is checked in full only when a publish asks for it (stories, live blogs and their posts). */
export const isStoryKind = (kind: Kind) => kind === 'article' || kind === 'live' || kind === 'post';

export async function checkFile(task: FileTask, context: FileContext): Promise<FileOutcome> {
  const { file, place } = task;
  const problems: Problem[] = [];
  const bytes = readFileSync(path.join(context.contentDir, task.relative));
  const { text, problem } = decodeUtf8(file, bytes);
  if (problem || text === undefined) return { problems: problem ? [problem] : [] };

  const parsed = parseSourceFile(file, text, place.kind === 'section' ? 'yaml' : 'mdx');
  problems.push(...parsed.problems);
  const entry: Entry = { ...parsed, ...place, file, uses: [] };
  if (!SLUG_PATTERN.test(place.slug)) {
    problems.push({
      file,
      field: 'file',
      message: `the name "${place.slug}" is not a valid slug`,
      fix: 'rename the file using lowercase letters, digits and single hyphens, e.g. harbour-crane-collapses',
    });
  }
  if (parsed.data) {
    checkFields(parsed.data, FIELDS[place.kind], { file, line: 1, keyLines: parsed.keyLines }, problems);
  }
  if (place.kind !== 'section' && parsed.problems.length === 0) {
    const report = await context.checkBody(file, parsed.body, parsed.bodyLine);
    entry.uses = report.uses;
    problems.push(...report.problems);
  }
  let held: HeldStory | undefined;
  if (place.kind === 'article' || place.kind === 'live') {
    // A live blog is published at its coverage start (its posts are held with it).
    const data = place.kind === 'live' ? { ...parsed.data, date: parsed.data?.coverageStart } : parsed.data;
    held = heldStoryOf(posix(task.relative), data, context.now);
  }
  const record = recordOf(entry, posix(task.relative), {
    size: task.size,
    mtimeMs: task.mtimeMs,
    hash: fingerprint(bytes),
  });
  return { problems, entry, record, ...(held ? { held } : {}) };
}

function recordOf(entry: Entry, relative: string, stat: Pick<FileRecord, 'size' | 'mtimeMs' | 'hash'>): FileRecord {
  const record: FileRecord = { path: relative, kind: entry.kind, slug: entry.slug, ...stat };
  if (!isStoryKind(entry.kind)) return record;
  const date = entry.kind === 'post' ? undefined : text(entry.data?.date ?? entry.data?.coverageStart);
  return {
    ...record,
    ...(date ? { date } : {}),
    ...(entry.data?.draft === true ? { draft: true } : {}),
    alsoRead: entry.uses.flatMap((use) => (use.name === 'AlsoRead' && use.props.slug ? [use.props.slug] : [])),
  };
}

const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
