/**
 * Draws the resized WebP copies that the static export's pages ask for (the srcset URLs of
 * lib/static-export/image-loader.ts), so a phone gets a picture sized for its screen without
 * an image server. Only the widths the pages name are drawn; a copy is never wider than its
 * source. Copies are cached by source content and width, so a rebuild draws only new ones.
 */
import { createHash } from 'node:crypto';
import { copyFile, mkdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';

import sharp from 'sharp';

import { parseVariantUrl } from '../../../lib/static-export/variants';

/** WebP at this quality is visually close to the sources at about a third of JPEG's bytes. */
const QUALITY = 75;
// Two at a time: libvips already uses several threads per image, and this machine has 2 cores.
const PARALLEL = 2;

const VARIANT_URL = /\/_img\/\d+\/[^\s"'\\,?#]+\.webp/g;

/** Every variant URL in a page. */
export const variantUrlsIn = (html: string) => html.match(VARIANT_URL) ?? [];

export async function drawVariants(
  urls: Iterable<string>,
  { publicDir, outDir, cacheDir }: { publicDir: string; outDir: string; cacheDir: string },
) {
  await mkdir(cacheDir, { recursive: true });
  const queue = [...new Set(urls)];
  let drawn = 0;
  const problems: string[] = [];
  async function one(url: string) {
    const variant = parseVariantUrl(url);
    const source = variant && path.join(publicDir, variant.src);
    if (!variant || !source?.startsWith(publicDir + path.sep))
      return void problems.push(`${url}: not a picture under public/`);
    const bytes = await readFile(source).catch(() => undefined);
    if (!bytes) return void problems.push(`${url}: ${variant.src} does not exist`);
    const key = createHash('sha256').update(bytes).digest('hex').slice(0, 32);
    const cached = path.join(cacheDir, `${key}-${variant.width}-q${QUALITY}.webp`);
    if (!(await stat(cached).catch(() => undefined))) {
      await sharp(bytes)
        .resize({ width: variant.width, withoutEnlargement: true })
        .webp({ quality: QUALITY })
        .toFile(cached);
      drawn++;
    }
    const target = path.join(outDir, url);
    await mkdir(path.dirname(target), { recursive: true });
    await copyFile(cached, target);
  }
  async function worker() {
    for (let url = queue.pop(); url !== undefined; url = queue.pop()) await one(url);
  }
  const total = queue.length;
  await Promise.all(Array.from({ length: PARALLEL }, worker));
  // A page asking for a picture that is not there is a broken page: fail the build.
  if (problems.length) throw new Error(`Image variants:\n  ${problems.join('\n  ')}`);
  return { total, drawn };
}
