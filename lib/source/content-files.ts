/**
 * The files of a content folder: shared by the validator (which records them, with each file's
 * fingerprint from lib/source/fingerprint.ts, in the manifest) and `npm run publish` (which
 * compares the folder with that manifest), so the two can never disagree about a file.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

export interface ListedFile {
  size: number;
  mtimeMs: number;
}

/** Every file under `dir` (paths with forward slashes, sorted), leaving out dot files and folders. */
export function listContentFiles(dir: string): Map<string, ListedFile> {
  const found = new Map<string, ListedFile>();
  if (!existsSync(dir)) return found;
  for (const relative of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    if (relative.split(path.sep).some((part) => part.startsWith('.'))) continue;
    const stat = statSync(path.join(dir, relative));
    if (stat.isFile()) found.set(relative.split(path.sep).join('/'), { size: stat.size, mtimeMs: stat.mtimeMs });
  }
  return found;
}
