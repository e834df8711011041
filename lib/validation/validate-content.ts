/**
 * The content validator: every rule the build enforces, run over the raw files before
 * Contentlayer sees them, reporting every problem at once.
 *
 * Per file: location and name here, then (./check-file.ts, in this thread or spread over the
 * cores) encoding, line endings, frontmatter syntax, fields and types (lib/schema/fields.ts), MDX
 * syntax and components. Across files, in this thread: the named rules in ./rules/
 * (sections, authors and ALSO READ targets that exist, image files that exist, unique slugs,
 * slugs that do not collide with routes, dates consistent with their folder, …).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';

import { buildNow } from '../now';
import type { Progress } from '../progress';
import { listContentFiles, type ListedFile } from '../source/content-files';
import type { HeldStory } from '../source/held-back';
import { type Problem, sortProblems } from '../source/problem';
import { checkBody } from './check-body';
import { checkFile, type FileContext, type FileOutcome, type FileTask, isStoryKind, type Place } from './check-file';
import type { Entry, FileRecord, Kind } from './model';
import { picturesNamedBy } from './named-pictures';
import { crossDocumentProblems } from './rules';

export interface ValidateOptions {
  /** Folder holding articles/, authors/, sections/, pages/. */
  contentDir: string;
  /** Folder that image paths such as /images/x.jpg are resolved against. */
  publicDir: string;
  /** Paths in messages are relative to this folder (the project root). */
  rootDir?: string;
  /** The build's "now", for embargoes (default: lib/now buildNow()). */
  now?: Date;
  /** Checks article bodies; defaults to compiling every one (see lib/build/body-cache.ts for reuse). */
  checkBody?: typeof checkBody;
  /**
   * Publish mode: check in full only the articles this returns true for (paths inside the
   * content folder, forward slashes); every other article is taken from `known` (the last
   * build's records), counted for unique slugs and ALSO READ targets, and not read at all.
   * Authors, sections and pages are always checked in full. Problems are reported for the
   * files checked in full only.
   */
  only?: (path: string) => boolean;
  known?: ReadonlyMap<string, FileRecord>;
  /** The content folder's files (forward-slash paths) with their size and time, when the caller has just listed them. */
  listing?: ReadonlyMap<string, ListedFile>;
  /** Reports the per-file loop's progress, given the number of files (lib/progress.ts). */
  progress?: (total: number) => Progress;
  /**
   * Runs the checks of the files checked in full (./check-file.ts), calling `done` as each one
   * finishes, and gives their outcomes back in the tasks' order. Default: one after another in
   * this thread (checkFilesHere); the build spreads them over the cores (lib/build/parallel-check.ts).
   */
  checkFiles?: FileChecks;
}

export type FileChecks = (tasks: readonly FileTask[], context: FileContext, done: () => void) => Promise<FileOutcome[]>;

export interface ValidationResult {
  problems: Problem[];
  counts: Record<Kind, number>;
  /** Every content file that could be read, as checked (or, in publish mode, as known). */
  files: FileRecord[];
  /** Drafts and embargoed stories among the articles checked in full, from the frontmatter parsed here. */
  held: HeldStory[];
  /**
   * The pictures each file checked in full names (./named-pictures.ts), by its path inside the
   * content folder; files that name none are left out.
   */
  pictures: Map<string, string[]>;
}

const LAYOUT_HELP =
  'articles go in articles/<yyyy>/<slug>.mdx, live blogs in live/<yyyy>/<slug>/index.mdx with their posts beside it, authors in authors/<slug>.mdx, sections in sections/<slug>.yaml, pages in pages/<slug>.mdx';

const posix = (relative: string) => relative.split(path.sep).join('/');

/** Where a file belongs, from its path inside the content folder; a problem if nowhere. */
function classify(relative: string): Place | { problem: { message: string; fix: string } } {
  const parts = relative.split(path.sep);
  const extension = path.extname(relative);
  const slug = path.basename(relative, extension);
  if (parts[0] === 'live') return classifyLive(parts, extension, slug);
  const expected: Record<string, { kind: Kind; extension: string; depth: number }> = {
    articles: { kind: 'article', extension: '.mdx', depth: 3 },
    authors: { kind: 'author', extension: '.mdx', depth: 2 },
    sections: { kind: 'section', extension: '.yaml', depth: 2 },
    pages: { kind: 'page', extension: '.mdx', depth: 2 },
  };
  const rule = expected[parts[0] ?? ''];
  if (!rule) {
    return { problem: { message: 'is in a folder the site does not read', fix: `move it: ${LAYOUT_HELP}` } };
  }
  if (extension !== rule.extension) {
    const hint =
      extension === '.yml' || extension === '.md'
        ? `rename it to ${slug}${rule.extension}`
        : `${parts[0]} must be ${rule.extension} files`;
    return { problem: { message: `has the extension "${extension || '(none)'}"`, fix: hint } };
  }
  if (parts.length !== rule.depth || (rule.kind === 'article' && !/^\d{4}$/.test(parts[1] ?? ''))) {
    return {
      problem: {
        message: 'is not where files of its kind live',
        fix:
          rule.kind === 'article'
            ? 'move it to articles/<yyyy>/ where yyyy is the year of its date'
            : `move it directly into ${parts[0]}/`,
      },
    };
  }
  return { kind: rule.kind, slug, year: rule.kind === 'article' ? parts[1] : undefined };
}

/** live/<yyyy>/<slug>/index.mdx is a live blog; any other .mdx beside it is one of its posts. */
function classifyLive(
  parts: string[],
  extension: string,
  name: string,
): Place | { problem: { message: string; fix: string } } {
  if (extension !== '.mdx') {
    return {
      problem: {
        message: `has the extension "${extension || '(none)'}"`,
        fix: `live blogs and their posts must be .mdx files${extension === '.md' ? `: rename it to ${name}.mdx` : ''}`,
      },
    };
  }
  const [, year = '', folder = ''] = parts;
  if (parts.length !== 4 || !/^\d{4}$/.test(year)) {
    return {
      problem: {
        message: 'is not where live blogs live',
        fix: 'a live blog is live/<yyyy>/<slug>/index.mdx and each post is live/<yyyy>/<slug>/<post-id>.mdx',
      },
    };
  }
  const blog = `live/${year}/${folder}`;
  return name === 'index' ? { kind: 'live', slug: folder, year, blog } : { kind: 'post', slug: name, year, blog };
}

export async function validateContent(options: ValidateOptions): Promise<ValidationResult> {
  const rootDir = options.rootDir ?? process.cwd();
  const problems: Problem[] = [];
  const display = (relative: string) => path.relative(rootDir, path.join(options.contentDir, relative)) || relative;

  if (!existsSync(options.contentDir)) {
    problems.push({
      file: display('.'),
      field: 'file',
      message: 'the content folder does not exist',
      fix: 'create it, or point CONTENT_DIR at the right folder',
    });
  }

  const checked = new Set<string>();
  const listing = options.listing ?? listContentFiles(options.contentDir);
  const listed = [...listing].map(([file, stat]) => ({ relative: file.split('/').join(path.sep), ...stat }));
  const progress = options.progress?.(listed.length);
  // Each file's outcome in the listing's order, whoever works it out: the cheap ones here, at
  // once; the ones to check in full as a batch (possibly on other threads).
  const outcomes: (FileOutcome | number)[] = [];
  const tasks: FileTask[] = [];
  for (const { relative, size, mtimeMs } of listed) {
    const file = display(relative);
    const place = classify(relative);
    if ('problem' in place) {
      outcomes.push({ problems: [{ file, field: 'file', ...place.problem }] });
      checked.add(file);
      progress?.tick();
      continue;
    }
    const known = options.known?.get(posix(relative));
    if (isStoryKind(place.kind) && options.only && !options.only(posix(relative)) && known) {
      outcomes.push({ problems: [], entry: knownEntry(known, file, place), record: known });
      progress?.tick();
      continue;
    }
    checked.add(file);
    outcomes.push(tasks.length);
    tasks.push({ relative, file, place, size, mtimeMs });
  }
  const context = {
    contentDir: options.contentDir,
    now: options.now ?? buildNow(),
    checkBody: options.checkBody ?? checkBody,
  };
  const tick = () => progress?.tick();
  const checkedInFull = await (options.checkFiles ?? checkFilesHere)(tasks, context, tick);

  const entries: Entry[] = [];
  const files: FileRecord[] = [];
  const held: HeldStory[] = [];
  const pictures = new Map<string, string[]>();
  for (const slot of outcomes) {
    const outcome = typeof slot === 'number' ? checkedInFull[slot] : slot;
    if (!outcome) throw new Error(`the content check lost the outcome of ${tasks[slot as number]?.file ?? 'a file'}`);
    problems.push(...outcome.problems);
    if (outcome.entry) entries.push(outcome.entry);
    // The pictures of a file checked in full, for the publish to copy (./named-pictures.ts).
    const task = typeof slot === 'number' ? tasks[slot] : undefined;
    const named = task && outcome.entry ? picturesNamedBy(outcome.entry) : [];
    if (task && named.length > 0) pictures.set(posix(task.relative), named);
    if (outcome.record) files.push(outcome.record);
    if (outcome.held) held.push(outcome.held);
  }

  progress?.done();
  problems.push(...crossDocumentProblems(entries, options.publicDir, context.now));
  const counts = { article: 0, live: 0, post: 0, author: 0, section: 0, page: 0 };
  for (const entry of entries) counts[entry.kind]++;
  const reported = options.only ? problems.filter((problem) => checked.has(problem.file)) : problems;
  return { problems: sortProblems(reported), counts, files, held, pictures };
}

/** The per-file checks one after another in this thread: the default, and what a small folder gets. */
export const checkFilesHere: FileChecks = async (tasks, context, done) => {
  const outcomes: FileOutcome[] = [];
  for (const task of tasks) {
    outcomes.push(await checkFile(task, context));
    done();
  }
  return outcomes;
};

/** An unchanged article, as the last build recorded it: enough to be a slug and an ALSO READ target. */
function knownEntry(known: FileRecord, file: string, place: Place): Entry {
  return {
    kind: place.kind,
    file,
    slug: place.slug,
    year: place.year,
    blog: place.blog,
    known: true,
    data: { ...(known.date ? { date: known.date } : {}), ...(known.draft ? { draft: true } : {}) },
    body: '',
    bodyLine: 1,
    keyLines: new Map(),
    problems: [],
    uses: [],
  };
}
