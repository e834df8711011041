/**
 * Pictures for the signed-in editor's previews: /images/<path> from the workspace first (uploads
 * not yet published), then the project's public/images (what readers already have). Only the
 * picture types the site uses; nothing outside those two folders.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.gif': 'image/gif',
};

/** The picture at `sitePath` (/images/…, already checked by paths.ts), or undefined. */
export async function readPicture(
  sitePath: string,
  folders: { workspace: string; root: string },
): Promise<{ bytes: Buffer; type: string } | undefined> {
  const type = TYPES[path.extname(sitePath).toLowerCase()];
  if (!type || !sitePath.startsWith('/images/')) return undefined;
  const relative = decodeURIComponent(sitePath.slice('/images/'.length));
  for (const base of [folders.workspace, folders.root]) {
    const images = path.join(base, 'public', 'images');
    const file = path.resolve(images, relative);
    if (!file.startsWith(images + path.sep)) return undefined;
    try {
      return { bytes: await readFile(file), type };
    } catch {
      // Not in this folder: try the next.
    }
  }
  return undefined;
}
