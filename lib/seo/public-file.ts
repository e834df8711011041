import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * Files under public/, read at build time by feeds and social images. The validator guarantees they exist.
 * Not traced by Turbopack: public/ holds the search index too (100,000 files at 100,000 stories),
 * and tracing it took `next build` a minute and a half (docs/performance.md).
 */
const publicPath = (src: string) =>
  path.join(/* turbopackIgnore: true */ process.cwd(), 'public', src.replace(/^\//, ''));

export const publicFileSize = (src: string): number => statSync(publicPath(src)).size;

export const readPublicFile = (src: string): Buffer => readFileSync(publicPath(src));
