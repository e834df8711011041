import { variantUrl } from './variants';

/**
 * next/image loader for `npm run build:static` (next.config.js). A static host has no image
 * optimizer, so each width in the srcset names a WebP copy drawn at build time
 * (scripts/pipeline/static-export/images.ts). Quality is fixed there, not per picture.
 */
export default function staticImageLoader({ src, width }: { src: string; width: number; quality?: number }): string {
  return variantUrl(src, width);
}
