/**
 * Where the browser finds the search indexes (docs/decisions/024-search-index-per-year.md), shared by
 * the writers (scripts/pipeline/build-search-index.ts, ./search-delta.ts) and the reader (./pagefind-client.ts).
 *
 * - Base: one Pagefind bundle per publication year, written by `npm run build:search` to
 *   search-index/<year>/ and listed, newest first, in search-index/indexes.json; served at
 *   /pagefind/ by app/pagefind (the static export copies it to out/pagefind). Not in public/:
 *   Next and server/public-files.js list public/ at start, and the index has about one file per
 *   story (docs/decisions/056-search-index-outside-public.md).
 * - Delta: what was published since that build, written by each publish outside public/ (which
 *   `next start` serves only as it was at build time) and served by app/pagefind-delta. A
 *   static export has none: its /pagefind-delta/current.json is `null`.
 */

/** The base bundles' folder, at the project's root (a build artefact, like .next). */
export const BASE_DIR = 'search-index';
/** Where readers ask for them. */
export const BASE_FOLDER = 'pagefind';
export const MANIFEST_FILE = 'indexes.json';
export const MANIFEST_URL = `/${BASE_FOLDER}/${MANIFEST_FILE}`;
export const yearBundleUrl = (year: number) => `/${BASE_FOLDER}/${year}/`;

export const DELTA_PREFIX = '/pagefind-delta/';
export const DELTA_POINTER_URL = `${DELTA_PREFIX}current.json`;
export const deltaBundleUrl = (version: string) => `${DELTA_PREFIX}${version}/`;

/** /pagefind/indexes.json: the year bundles of the last full build. */
export interface SearchManifest {
  /** Newest year first. Only the first carries Pagefind's script and WebAssembly. */
  bundles: { year: number; url: string; stories: number }[];
}

/** /pagefind-delta/current.json: the latest publish's delta, relative to the base bundles; `null` when there is none. */
export interface DeltaPointer {
  /** URL of the delta bundle; null when nothing was added or changed (removals only). */
  url: string | null;
  stories: number;
  /** Story URLs whose copies in the base bundles are out of date: removed, or changed (the delta has them). */
  tombstones: string[];
  /**
   * Pagefind page ids (result.id) of those base copies, so the browser knows which results to
   * check without loading every result's data. Ids are per bundle: one may, rarely, belong to
   * another story in another year, so a result is hidden only when its URL is a tombstone too.
   */
  hiddenIds: string[];
  /** When the delta was written (ISO). */
  written: string;
}
