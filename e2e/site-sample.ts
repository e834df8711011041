/** Site-level facts the distribution tests need, read from the content and config, not copied. */
import { readdirSync } from 'node:fs';
import path from 'node:path';

import { testEnv } from './support/test-env';

const contentDir = path.resolve(import.meta.dirname, '../content');
const names = (dir: string, ext: string) =>
  readdirSync(path.join(contentDir, dir))
    .filter((file) => file.endsWith(ext))
    .map((file) => path.basename(file, ext))
    .sort();

export const sections = names('sections', '.yaml');
export const pages = names('pages', '.mdx');

/** The origin the build wrote into absolute URLs (lib/site.ts: SITE_URL, default http://localhost:3000). */
export const siteUrl = testEnv('SITE_URL').replace(/\/$/, '');

/** `npm test` builds with this DATELINE_NOW (package.json); the news sitemap's window is measured from it. */
export const TEST_BUILD_NOW = testEnv('DATELINE_NOW') ?? '2026-11-28T12:00:00Z';
