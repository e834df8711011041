/**
 * The files of the search delta folder and which of them the server may send
 * (app/pagefind-delta): an allow-list of Pagefind's own file names, so no request can name
 * anything else in the folder (base-ids.json, temporary folders) or outside it.
 */
import path from 'node:path';

import { type Env, readEnv } from '../env';

export const BASE_IDS_FILE = 'base-ids.json';
export const POINTER_FILE = 'current.json';
/** Delta bundle folders: time in base 36, then random hex, so names sort by age and never collide. */
export const VERSION_PATTERN = /^[0-9a-z]{8,10}-[0-9a-f]{6}$/;

/**
 * Where the delta lives: $SEARCH_DELTA_DIR, or .dateline/search-delta in the project (the folder
 * `npm start` and `npm run publish` run from). The server and the publish must agree on it.
 */
export const searchDeltaDir = (env: Env = process.env): string =>
  // The ignore comment keeps Next's file tracing from copying the whole project (content
  // files, drafts included) into the route's trace; the folder is read at run time only.
  path.resolve(
    /* turbopackIgnore: true */ readEnv('SEARCH_DELTA_DIR', env) ??
      path.join(/* turbopackIgnore: true */ process.cwd(), '.dateline', 'search-delta'),
  );

// What a Pagefind bundle holds, by name; all but the pointer sit in a version folder.
const BUNDLE_FILES: [RegExp, string][] = [
  [/^pagefind(-worker)?\.js$/, 'text/javascript; charset=utf-8'],
  [/^pagefind-entry\.json$/, 'application/json'],
  [/^pagefind\.[\w-]+\.pf_meta$/, 'application/octet-stream'],
  // Gzipped WebAssembly that pagefind.js unpacks itself, so not application/wasm.
  [/^wasm\.[\w-]+\.pagefind$/, 'application/octet-stream'],
];
const CHUNK_FOLDERS: Record<string, RegExp> = {
  index: /^[\w-]+\.pf_index$/,
  fragment: /^[\w-]+\.pf_fragment$/,
  filter: /^[\w-]+\.pf_filter$/,
};

export interface DeltaFile {
  /** Path inside the delta folder. */
  relative: string;
  contentType: string;
}

/** The file a request for /pagefind-delta/<segments…> may read, or undefined (404). */
export function deltaFileFor(segments: readonly string[]): DeltaFile | undefined {
  if (segments.length === 1 && segments[0] === POINTER_FILE) {
    return { relative: POINTER_FILE, contentType: 'application/json' };
  }
  const [version, ...rest] = segments;
  if (!version || !VERSION_PATTERN.test(version)) return undefined;
  const [only] = rest;
  if (rest.length === 1 && only !== undefined) {
    const type = BUNDLE_FILES.find(([pattern]) => pattern.test(only))?.[1];
    return type ? { relative: path.join(version, only), contentType: type } : undefined;
  }
  if (rest.length === 2) {
    const [folder, name] = rest as [string, string];
    const pattern = Object.hasOwn(CHUNK_FOLDERS, folder) ? CHUNK_FOLDERS[folder] : undefined;
    return pattern?.test(name)
      ? { relative: path.join(version, folder, name), contentType: 'application/octet-stream' }
      : undefined;
  }
  return undefined;
}
