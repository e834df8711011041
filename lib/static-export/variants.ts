/**
 * Where the static export keeps a resized copy of a local picture. The image loader (in the
 * browser-facing markup) and the build step that draws the copies must agree on this one
 * address scheme, so both use these two functions. The original's extension stays in the
 * name so two sources that differ only by extension never share a variant.
 */
const PREFIX = '/_img/';
const PATTERN = /^\/_img\/(\d+)(\/[^?#]+)\.webp$/;

/** Only files under public/ are resized; anything else (SVG, data: URLs) is served as is. */
const RESIZABLE = /^\/[^?#]+\.(jpe?g|png|webp|avif)$/i;

export function variantUrl(src: string, width: number): string {
  if (!RESIZABLE.test(src)) return src;
  return `${PREFIX}${width}${src}.webp`;
}

export function parseVariantUrl(url: string): { src: string; width: number } | undefined {
  const match = PATTERN.exec(url);
  if (!match?.[1] || !match[2]) return undefined;
  const src = decodeURI(match[2]);
  if (src.split('/').includes('..')) return undefined;
  return { src, width: Number(match[1]) };
}
