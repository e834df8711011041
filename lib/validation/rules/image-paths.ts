import { existsSync } from 'node:fs';
import path from 'node:path';

import type { Problem } from '../../source/problem';
import type { Entry } from '../model';

// Refuses remote pictures, relative paths and missing files: every picture is served from public/ (no network at build or run time).
export function imagePathProblem(
  entry: Entry,
  where: { field: string; line: number },
  src: string | undefined,
  publicDir: string,
): Problem | undefined {
  if (!src) return undefined;
  const { field, line } = where;
  if (/^[a-z]+:\/\//i.test(src) || src.startsWith('//')) {
    return {
      file: entry.file,
      line,
      field,
      message: `"${src}" is a remote image`,
      fix: 'save the picture under public/images/ and use its path, e.g. /images/articles/x.jpg',
    };
  }
  if (!src.startsWith('/')) {
    return {
      file: entry.file,
      line,
      field,
      message: `"${src}" is not a path from the site root`,
      fix: `start it with a slash: /${src.replace(/^(\.\.?\/)*(public\/)?/, '')}`,
    };
  }
  // "/../../x.png" would name a file outside public/ that the social cards then read (and the
  // server never serves); "/images/./x.png" or "/images//x.png" a file the server serves under
  // another address. One spelling only: the file's own path from public/.
  const parts = src.slice(1).split('/');
  if (src.includes('\\') || parts.some((part) => part === '' || part === '.' || part === '..')) {
    const inside = path.posix.normalize(src).replace(/^(\/\.\.)+/, '');
    return {
      file: entry.file,
      line,
      field,
      message: `"${src}" is not a plain path inside public/ (it has "..", "." or an empty part, or a backslash)`,
      fix: `write the file's own path from public/ with slashes only, e.g. ${inside.includes('\\') || inside === '/' ? '/images/articles/x.jpg' : inside}`,
    };
  }
  if (!existsSync(path.join(publicDir, src))) {
    return {
      file: entry.file,
      line,
      field,
      message: `image file "${src}" does not exist`,
      fix: `add the file at public${src} or correct the path`,
    };
  }
  return undefined;
}
