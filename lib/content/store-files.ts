/**
 * Where the content store lives. Shared by the writer (run by Contentlayer after each
 * generation) and the reader (lib/content), so both agree on every path.
 */
import path from 'node:path';

/** Contentlayer's output folder, in the project root. */
export const contentlayerDir = () => path.join(/* turbopackIgnore: true */ process.cwd(), '.contentlayer');

/** Summaries of every article (no bodies) plus authors, sections and pages. */
export const storeFile = () => path.join(contentlayerDir(), 'dateline', 'store.json');

/** Changes whenever the store does; lib/content imports it so `next dev` reloads on edits. */
export const versionFile = () => path.join(contentlayerDir(), 'dateline', 'version.json');

/** Contentlayer's own per-document JSON, which holds an article's compiled body. */
export const documentFile = (name: string) => path.join(contentlayerDir(), 'generated', 'Article', name);

/** Compiled MDX bodies, one file per distinct body (written by lib/mdx/compiled-bodies.ts). */
export const compiledDir = () => path.join(contentlayerDir(), 'dateline', 'compiled');

/** The file holding the compiled body with this key. */
export const compiledFile = (key: string) => path.join(compiledDir(), `${key}.js`);
