/**
 * The files of the base search index and which of them the server may send (app/pagefind): the
 * manifest and, below a year, Pagefind's own file names (./delta-files.ts bundleFileFor). The
 * index is a folder of the build outside public/ (./search-bundles.ts BASE_DIR), so neither Next
 * nor server/public-files.js lists its ~one file per story at start (docs/decisions/056).
 */
import { type BundleFile, bundleFileFor } from './delta-files';
import { MANIFEST_FILE } from './search-bundles';

/** As a bundle's file, its name inside the index folder: indexes.json, 2026/fragment/en_0bb644b.pf_fragment. */
export type BaseFile = BundleFile;

const YEAR = /^[0-9]{4}$/;

/** The file a request for /pagefind/<segments…> may read, or undefined (404). */
export function baseFileFor(segments: readonly string[]): BaseFile | undefined {
  if (segments.length === 1 && segments[0] === MANIFEST_FILE) {
    return { name: MANIFEST_FILE, contentType: 'application/json', hashed: false };
  }
  const [year, ...rest] = segments;
  if (year === undefined || !YEAR.test(year)) return undefined;
  const file = bundleFileFor(rest);
  return file ? { ...file, name: `${year}/${file.name}` } : undefined;
}
