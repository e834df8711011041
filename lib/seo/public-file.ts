import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** Files under public/, read at build time by feeds and social images. The validator guarantees they exist. */
const publicPath = (src: string) => path.join(process.cwd(), 'public', src.replace(/^\//, ''));

export const publicFileSize = (src: string): number => statSync(publicPath(src)).size;

export const readPublicFile = (src: string): Buffer => readFileSync(publicPath(src));
