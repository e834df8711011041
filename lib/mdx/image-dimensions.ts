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
 */
export function dimensionsOf(src: string): ImageDimensions | undefined {
  try {
    const { width, height } = imageSize(readFileSync(path.join(publicDir(), src)));
    return width && height ? { width, height } : undefined;
  } catch {
    return undefined;
  }
}
