/**
 * What the held-back list costs a build: each of its two callers (the content check, and
 * contentlayer.config.ts) reads and parses every article's frontmatter once more after the
 * validator has. Prints the time of one held-back pass over a content folder, median of five,
 * beside the content check's own time for the same folder (docs/decisions/026).
 *
 *   npx tsx scripts/bench/frontmatter-parses.ts [content folder]   (default: CONTENT_DIR or content/)
 */
import { readdirSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import path from 'node:path';

import { buildNow } from '../../lib/now';
import { contentDir, publicDir } from '../../lib/paths';
import { heldBack } from '../../lib/source/held-back';
import { validateContent } from '../../lib/validation/validate-content';

const dir = path.resolve(process.argv[2] ?? contentDir());
const articles = readdirSync(path.join(dir, 'articles'), { recursive: true, encoding: 'utf8' }).filter((name) =>
  name.endsWith('.mdx'),
).length;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;
function timed(run: () => unknown): number {
  const started = performance.now();
  run();
  return performance.now() - started;
}

const heldBackMs = median(Array.from({ length: 5 }, () => timed(() => heldBack(dir, buildNow()))));
// The validator with bodies not compiled: its frontmatter and cross-document work only.
const started = performance.now();
await validateContent({
  contentDir: dir,
  publicDir: publicDir(),
  rootDir: process.cwd(),
  checkBody: () => Promise.resolve({ uses: [], problems: [] }),
});
const validateMs = performance.now() - started;

console.log(`${articles} articles in ${dir} (load ${loadavg()[0]?.toFixed(1)} on ${cpus().length} cores)`);
console.log(`one held-back pass (read + parse every article's frontmatter): ${heldBackMs.toFixed(0)} ms`);
console.log(`  per article: ${((heldBackMs / articles) * 1000).toFixed(0)} µs; a build makes two such passes`);
console.log(`content check without body compiles, for scale: ${validateMs.toFixed(0)} ms`);
