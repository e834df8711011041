/**
 * How the desk names the files it records, and where each is in the content folder's repository.
 *
 * A file is named as Keystatic names it in the workspace: `content/<path inside the content
 * folder>` or `public/<path inside the public folder>` (e.g. content/articles/2026/x.mdx,
 * public/images/articles/2026/x.jpg). Two shorter spellings are taken too, as the contract with
 * the other desk features words it: `images/<…>` is inside the public folder, and any other path
 * is inside the content folder (articles/2026/x.mdx). Anything that could leave its folder
 * (`..`, an absolute path, a backslash, a control character) is refused with an error.
 */
import path from 'node:path';

export type Side = 'content' | 'public';

export interface NamedFile {
  side: Side;
  /** Path inside the content or public folder, posix separators. */
  inside: string;
}

/** C0 control characters and DEL (a line break in a path could forge a line of git's input). */
export const hasControlCharacter = (text: string) =>
  Array.from(text).some((character) => character.charCodeAt(0) < 0x20 || character.charCodeAt(0) === 0x7f);

/** A relative posix path with no empty, `.` or `..` part. */
export function isCleanRelative(file: string): boolean {
  return (
    file.length > 0 &&
    file.length < 400 &&
    !file.startsWith('/') &&
    !file.includes('\\') &&
    !hasControlCharacter(file) &&
    file.split('/').every((part) => part !== '' && part !== '.' && part !== '..')
  );
}

export function nameFile(file: string): NamedFile {
  if (!isCleanRelative(file)) {
    throw new Error(
      `revisions: ${JSON.stringify(file.slice(0, 120))} is not a file inside the content or public folder; name it content/<path> or public/<path>`,
    );
  }
  const [first = '', ...rest] = file.split('/');
  if ((first === 'content' || first === 'public') && rest.length > 0) return { side: first, inside: rest.join('/') };
  if (first === 'images') return { side: 'public', inside: file };
  return { side: 'content', inside: file };
}

/** Where a folder is inside the repository (posix, '' for the top), or undefined when it is outside. */
export function insideRepository(top: string, folder: string): string | undefined {
  const relative = path.relative(top, folder);
  if (relative === '') return '';
  if (relative.startsWith('..') || path.isAbsolute(relative)) return undefined;
  return relative.split(path.sep).join('/');
}
