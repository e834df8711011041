/**
 * `npm run corpus -- --articles N --out <dir> [--seed S] [--force] [--live-blogs L]`: writes a
 * complete, valid content folder of N synthetic articles (and L live blogs of 24 posts) for benchmarks and load tests. Build the site
 * from it with CONTENT_DIR=<dir> npm run build; the sample in content/ is never touched.
 */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

import { publicDir as publicFolder } from '../../lib/paths';
import { generateCorpus } from './corpus/generate';

const CONTENT_FOLDERS = new Set(['articles', 'live', 'authors', 'sections', 'pages']);

function fail(message: string): never {
  console.error(`corpus: ${message}`);
  process.exit(1);
}

/** Pictures articles may reuse, as public paths, in a stable order. */
export function sampleImages(publicDir: string): string[] {
  const folder = path.join(publicDir, 'images/articles');
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => name.endsWith('.jpg'))
    .sort()
    .map((name) => `/images/articles/${name}`);
}

/** Writes the corpus to `out`, which must be empty, missing, or (with force) an earlier corpus. */
export function writeCorpus(
  out: string,
  articles: number,
  seed: number,
  force: boolean,
  publicDir: string,
  liveBlogs = 0,
): number {
  if (existsSync(out) && readdirSync(out).length > 0) {
    const foreign = readdirSync(out).filter((name) => !CONTENT_FOLDERS.has(name));
    if (!force)
      throw new Error(`${out} is not empty — pick a new folder, or add --force to replace an earlier corpus there`);
    if (foreign.length > 0)
      throw new Error(`${out} holds ${foreign.join(', ')}, so it is not a content folder; refusing to delete it`);
    rmSync(out, { recursive: true });
  }
  let files = 0;
  const made = new Set<string>();
  for (const [relative, text] of generateCorpus({ articles, seed, images: sampleImages(publicDir), liveBlogs })) {
    const file = path.join(out, relative);
    const dir = path.dirname(file);
    if (!made.has(dir)) mkdirSync(dir, { recursive: true });
    made.add(dir);
    writeFileSync(file, text);
    files++;
  }
  return files;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      articles: { type: 'string' },
      out: { type: 'string' },
      seed: { type: 'string', default: '1' },
      force: { type: 'boolean', default: false },
      'live-blogs': { type: 'string', default: '0' },
    },
  });
  const articles = Number(values.articles);
  const seed = Number(values.seed);
  if (!values.out) fail('name the output folder: --out <dir>');
  if (!Number.isInteger(articles) || articles < 1) fail('give the number of articles: --articles 1000');
  if (!Number.isInteger(seed)) fail('--seed must be a whole number');
  const liveBlogs = Number(values['live-blogs']);
  if (!Number.isInteger(liveBlogs) || liveBlogs < 0) fail('--live-blogs must be a whole number (0 for none)');
  const out = path.resolve(values.out);
  const started = performance.now();
  let files = 0;
  try {
    files = writeCorpus(out, articles, seed, values.force, publicFolder(), liveBlogs);
  } catch (error) {
    fail((error as Error).message);
  }
  console.log(
    `Wrote ${articles} articles (${files} files, seed ${seed}) to ${out} in ${Math.round(performance.now() - started)} ms.`,
  );
  console.log(`Build the site from it with: CONTENT_DIR=${out} npm run build`);
}
