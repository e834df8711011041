import { readFileSync } from 'node:fs';
import path from 'node:path';

import { imageSize } from 'image-size';

import { publicDir } from '../paths';

export interface ImageDimensions {
  width: number;
  height: number;
}

/**
 * Intrinsic size of a local image referenced by its public path. next/image needs it to
 * reserve the slot (no layout shift); reading it at build time keeps it out of the frontmatter.
 * Returns undefined when the file is missing: the validator reports that with a proper message.
 * `folders` are the public folders to look in, first match wins (the desk's preview looks in its
 * workspace's uploads before the site's public/); a path that leaves its folder is never read.
 */
export function dimensionsOf(src: string, folders: readonly string[] = [publicDir()]): ImageDimensions | undefined {
  for (const folder of folders) {
    const base = path.resolve(folder);
    const file = path.resolve(base, `.${src.startsWith('/') ? '' : '/'}${src}`);
    if (!file.startsWith(base + path.sep)) return undefined;
    try {
      const { width, height } = imageSize(readFileSync(file));
      if (width && height) return { width, height };
    } catch {
      // Not in this folder (or not a picture): try the next.
    }
  }
  return undefined;
}
