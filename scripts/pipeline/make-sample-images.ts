/**
 * `npm run images`: draws the sample publication's illustrations locally (no downloads, no
 * stock photos). Every image path an article names under /images/articles/ that does not exist
 * yet gets a deterministic abstract landscape, seeded by its file name, as a 1600×900 JPEG.
 * `--force` redraws them all.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import sharp from 'sharp';

import { contentDir as contentFolder, publicDir as publicFolder } from '../../lib/paths';

const WIDTH = 1600;
const HEIGHT = 900;
const root = process.cwd();
const contentDir = contentFolder();
const publicDir = publicFolder();
const force = process.argv.includes('--force');

/** Palettes of [sky top, sky bottom, far land, near land, sun]. */
const PALETTES = [
  ['#1d3557', '#f4a261', '#6d597a', '#355070', '#ffd166'],
  ['#0b2545', '#8da9c4', '#13315c', '#134074', '#eef4ed'],
  ['#2a9d8f', '#e9c46a', '#264653', '#1b3a36', '#fefae0'],
  ['#3d405b', '#e07a5f', '#81b29a', '#3d5a50', '#f2cc8f'],
  ['#22223b', '#9a8c98', '#4a4e69', '#22223b', '#f2e9e4'],
  ['#03045e', '#90e0ef', '#0077b6', '#023e8a', '#caf0f8'],
  ['#5f0f40', '#fb8b24', '#9a031e', '#310a1f', '#ffe8d6'],
  ['#283618', '#dda15e', '#606c38', '#283618', '#fefae0'],
] as const;

function random(seed: string) {
  let state = createHash('sha256').update(seed).digest().readUInt32LE(0);
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function ridge(next: () => number, base: number, roughness: number): string {
  const points: string[] = [`0,${HEIGHT}`];
  const steps = 8 + Math.floor(next() * 6);
  for (let i = 0; i <= steps; i++) {
    const x = Math.round((WIDTH / steps) * i);
    const y = Math.round(base + (next() - 0.5) * roughness);
    points.push(`${x},${y}`);
  }
  points.push(`${WIDTH},${HEIGHT}`);
  return points.join(' ');
}

export function illustration(seed: string): string {
  const next = random(seed);
  const [skyTop, skyBottom, far, near, sun] = PALETTES[Math.floor(next() * PALETTES.length)] as readonly string[];
  const sunX = Math.round(200 + next() * 1200);
  const sunY = Math.round(180 + next() * 260);
  const sunR = Math.round(60 + next() * 90);
  const blocks = Array.from({ length: 5 + Math.floor(next() * 8) }, () => {
    const w = Math.round(40 + next() * 120);
    const h = Math.round(80 + next() * 260);
    const x = Math.round(next() * (WIDTH - w));
    return `<rect x="${x}" y="${HEIGHT - 170 - h}" width="${w}" height="${h + 170}" fill="${near}" opacity="0.85"/>`;
  }).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}">
  <defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${skyTop}"/><stop offset="1" stop-color="${skyBottom}"/></linearGradient></defs>
  <rect width="${WIDTH}" height="${HEIGHT}" fill="url(#sky)"/>
  <circle cx="${sunX}" cy="${sunY}" r="${sunR}" fill="${sun}" opacity="0.9"/>
  <polygon points="${ridge(next, HEIGHT * 0.58, 220)}" fill="${far}" opacity="0.8"/>
  ${blocks}
  <polygon points="${ridge(next, HEIGHT * 0.8, 120)}" fill="${near}"/>
</svg>`;
}

function imagePathsNamedInContent(): string[] {
  const dir = path.join(contentDir, 'articles');
  if (!existsSync(dir)) return [];
  const found = new Set<string>();
  for (const relative of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    if (!relative.endsWith('.mdx')) continue;
    const source = readFileSync(path.join(dir, relative), 'utf8');
    for (const match of source.matchAll(/(?:src:\s*|src=)["']?(\/images\/articles\/[^"'\s]+\.jpg)/g))
      found.add(match[1] as string);
  }
  return [...found].sort();
}

let made = 0;
for (const src of imagePathsNamedInContent()) {
  const target = path.join(publicDir, src);
  if (!force && existsSync(target)) continue;
  mkdirSync(path.dirname(target), { recursive: true });
  await sharp(Buffer.from(illustration(path.basename(src))))
    .jpeg({ quality: 78, mozjpeg: true })
    .toFile(target);
  made++;
}
console.log(`Drew ${made} illustration${made === 1 ? '' : 's'} in ${path.relative(root, publicDir)}/images/articles.`);
