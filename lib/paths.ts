/**
 * Every path the project reads content from or generates files at, and the only code that reads
 * CONTENT_DIR and PUBLIC_DIR. It sits beside lib/build and lib/content rather than in either:
 * the writers (lib/build, `npm run publish`) and the request-time readers (lib/content,
 * proxy.ts) both need it, and request-time code must not import lib/build.
 */
import path from 'node:path';

import { type Env, readEnv } from './env';

/** The editors' content folder: CONTENT_DIR, or content/ in the project root. */
export const contentDir = (env: Env = process.env) =>
  path.resolve(/* turbopackIgnore: true */ process.cwd(), readEnv('CONTENT_DIR', env));

/** The folder image paths such as /images/x.jpg resolve against: PUBLIC_DIR, or public/. */
export const publicDir = (env: Env = process.env) =>
  path.resolve(/* turbopackIgnore: true */ process.cwd(), readEnv('PUBLIC_DIR', env));

/** Contentlayer's output folder, in the project root. */
export const contentlayerDir = () => path.join(/* turbopackIgnore: true */ process.cwd(), '.contentlayer');

/** Dateline's own generated data, beside Contentlayer's. */
export const datelineDir = () => path.join(contentlayerDir(), 'dateline');

/** Changes whenever the store does; lib/content imports it so `next dev` reloads on edits. */
export const versionFile = () => path.join(datelineDir(), 'version.json');

/**
 * Where builds kept the publish manifest before it moved into the database (content_files):
 * the next build deletes what an older one left.
 */
export const manifestFile = () => path.join(datelineDir(), 'manifest.json');

/** The manifest a content check writes; the build writes it into the database with the store, then deletes it. */
export const pendingManifestFile = () => path.join(datelineDir(), 'manifest.pending.json');

/** Compiled MDX bodies, one file per distinct body (written by lib/build/compiled-bodies.ts). */
export const compiledDir = () => path.join(datelineDir(), 'compiled');

/** The file holding the compiled body with this key. */
export const compiledFile = (key: string) => path.join(compiledDir(), `${key}.js`);
