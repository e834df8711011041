/**
 * A publish checks what changed, and a file that fails the check holds back only itself and what
 * cannot go out without it (issue 21): every other story, correction and embargo lift goes out.
 *
 * The check sees the change's neighbourhood (./changes.ts), not the whole archive: the stories
 * around it, every author, section and page; ./neighbourhood.ts widens it when a checked story
 * names a story it lacks.
 *
 * A refused file is treated as unchanged for this run: a changed story keeps its last record
 * (the manifest's), a new one is left out as if it were not written yet, a deleted one stays. The
 * check then runs again over that picture of the folder, because refusing one file can break
 * another: a valid story whose ALSO READ names a refused new story now names nothing, so it is
 * refused too; the check repeats until it finds nothing new (each round refuses at least one more
 * file, so it ends).
 *
 * What follows from a refused file:
 * - a story unchanged itself but checked because its ALSO READ names a changed or deleted story
 *   (./changes.ts), with a problem: publishing that change would break a story already live, so
 *   the change it names is held back, and the live story is named with its problem;
 * - a live blog is typed as one story (its folder): a refused post or index holds back every
 *   changed file of that blog;
 * - a new author, section or page that is refused is left out, so the stories that name it fail
 *   the check by themselves (they name an author or section that does not exist) and are refused;
 *   an edited one keeps its last published version in the store (the old text is not kept on
 *   disk, so the stories are checked against the edited file, and nothing that names it is held
 *   back: the editor is told so).
 */
import path from 'node:path';

import type { ListedFile } from '../source/content-files';
import type { Problem } from '../source/problem';
import { validateContent, type ValidateOptions, type ValidationResult } from '../validation/validate-content';
import { type Changes, liveBlogOf } from './changes';

export interface RefusedFile {
  /** Path inside the content folder, e.g. articles/2026/x.mdx. */
  file: string;
  problems: Problem[];
}

export interface IsolatedCheck {
  /** The last round's result: clean, with refused files as they were at the last publish. */
  checked: ValidationResult;
  /** Sorted by file. */
  refused: RefusedFile[];
  /** Changed and deleted files that go out in this publish (paths inside the content folder). */
  accepted: { edited: string[]; deleted: string[] };
}

export async function checkIsolated(
  options: Omit<ValidateOptions, 'only' | 'known' | 'listing'>,
  /** What changed, and the neighbourhood's records as the last build or publish left them (changes.last). */
  changes: Changes,
): Promise<IsolatedCheck> {
  const rootDir = options.rootDir ?? process.cwd();
  const inContent = (file: string) =>
    path.relative(options.contentDir, path.resolve(rootDir, file)).split(path.sep).join('/');
  const shown = (file: string) => path.relative(rootDir, path.join(options.contentDir, file)) || file;
  const { last } = changes;
  const changed = new Set([...changes.edited, ...changes.deleted]);
  const refused = new Map<string, Problem[]>();
  const refuse = (file: string, problems: Problem[]) => refused.set(file, [...(refused.get(file) ?? []), ...problems]);

  for (;;) {
    const listing = new Map<string, ListedFile>(changes.listing);
    for (const file of refused.keys()) {
      const record = last.get(file);
      if (!record) listing.delete(file);
      else if (!listing.has(file)) listing.set(file, { size: record.size, mtimeMs: record.mtimeMs });
    }
    const checked = await validateContent({
      ...options,
      only: (file) => changes.toCheck.has(file) && !refused.has(file),
      known: changes.known,
      listing: new Map([...listing].sort(([a], [b]) => a.localeCompare(b))),
    });
    const fresh = new Map<string, Problem[]>();
    for (const problem of checked.problems) {
      const file = inContent(problem.file);
      if (refused.has(file)) continue;
      fresh.set(file, [...(fresh.get(file) ?? []), problem]);
    }
    if (fresh.size === 0) {
      const files = checked.files
        .filter((record) => !refused.has(record.path))
        .concat([...refused.keys()].flatMap((file) => last.get(file) ?? []))
        .sort((a, b) => a.path.localeCompare(b.path));
      return {
        checked: { ...checked, files },
        refused: [...refused]
          .map(([file, problems]) => ({ file, problems }))
          .sort((a, b) => a.file.localeCompare(b.file)),
        accepted: {
          edited: changes.edited.filter((file) => !refused.has(file)),
          deleted: changes.deleted.filter((file) => !refused.has(file)),
        },
      };
    }
    for (const [file, problems] of fresh) {
      refuse(file, problems);
      if (!changed.has(file)) {
        // Live already; what breaks it is the change it names in ALSO READ.
        const names = new Set(last.get(file)?.alsoRead ?? []);
        for (const target of changed) {
          if (refused.has(target) || !names.has(storySlug(target))) continue;
          refuse(target, [
            {
              file: shown(target),
              field: 'file',
              message: `not published: ${shown(file)}, which readers can see now, names it in ALSO READ and would break`,
              fix: `take the ALSO READ out of ${shown(file)} in the same publish, or keep this story as it was`,
            },
          ]);
        }
      }
    }
    // A live blog goes out as one: every changed file of a blog with a refused file waits.
    const blogs = new Set([...refused.keys()].flatMap((file) => liveBlogOf(file) ?? []));
    for (const file of changed) {
      const blog = liveBlogOf(file);
      if (!blog || !blogs.has(blog) || refused.has(file)) continue;
      refuse(file, [
        {
          file: shown(file),
          field: 'file',
          message: `not published: another file of the live blog ${blog} has a problem, and a live blog is published as one`,
          fix: 'fix the problems listed for that blog and publish again',
        },
      ]);
    }
  }
}

/** The slug a story file is known by (a live blog's folder name for its files). */
function storySlug(file: string): string {
  return (liveBlogOf(file) ?? file.replace(/\.mdx$/, '')).split('/').pop() as string;
}

/** Whether a content file is an author, section or page (shown on many pages). */
export const isSharedFile = (file: string) => !file.startsWith('articles/') && !file.startsWith('live/');
