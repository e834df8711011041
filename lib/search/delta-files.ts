/**
 * The files of the search delta and which of them the server may send (app/pagefind-delta): an
 * allow-list of Pagefind's own file names, so no request can name anything else (the base page
 * ids, a bundle being written) whatever the database holds. The files themselves are rows of the
 * database (./delta-store.ts), so every instance serves the same delta without a shared folder.
 */
export const POINTER_FILE = 'current.json';
/** Delta bundle versions: time in base 36, then random hex, so they sort by age and never collide. */
export const VERSION_PATTERN = /^[0-9a-z]{8,10}-[0-9a-f]{6}$/;

// What a Pagefind bundle holds, by name; all but the pointer belong to a version.
const BUNDLE_FILES: [RegExp, string][] = [
  [/^pagefind(-worker)?\.js$/, 'text/javascript; charset=utf-8'],
  [/^pagefind-entry\.json$/, 'application/json'],
  [/^pagefind\.[\w-]+\.pf_meta$/, 'application/octet-stream'],
  // Gzipped WebAssembly that pagefind.js unpacks itself, so not application/wasm.
  [/^wasm\.[\w-]+\.pagefind$/, 'application/octet-stream'],
];
/** The bundle's own files whose names carry a hash of their bytes (pagefind.en_1a2b3c.pf_meta, wasm.en.pagefind is not). */
const HASHED_FILE = /^pagefind\.[\w-]+\.pf_meta$/;
const CHUNK_FOLDERS: Record<string, RegExp> = {
  index: /^[\w-]+\.pf_index$/,
  fragment: /^[\w-]+\.pf_fragment$/,
  filter: /^[\w-]+\.pf_filter$/,
};

export interface DeltaFile {
  /** The bundle's version; null for the pointer, which belongs to none. */
  version: string | null;
  /** Inside the bundle, forward slashes: pagefind.js, fragment/en_0bb644b.pf_fragment; or current.json. */
  name: string;
  contentType: string;
}

/** The file a request for /pagefind-delta/<segments…> may read, or undefined (404). */
export function deltaFileFor(segments: readonly string[]): DeltaFile | undefined {
  if (segments.length === 1 && segments[0] === POINTER_FILE) {
    return { version: null, name: POINTER_FILE, contentType: 'application/json' };
  }
  const [version, ...rest] = segments;
  if (!version || !VERSION_PATTERN.test(version)) return undefined;
  const file = bundleFileFor(rest);
  return file ? { version, name: file.name, contentType: file.contentType } : undefined;
}

/** A file of a Pagefind bundle the server may send. */
export interface BundleFile {
  /** Forward slashes: pagefind.js, fragment/en_0bb644b.pf_fragment. */
  name: string;
  contentType: string;
  /** Named by a hash of its bytes: new bytes get a new name. */
  hashed: boolean;
}

/** A file inside one Pagefind bundle, by Pagefind's own names only (the base bundles use it too). */
export function bundleFileFor(segments: readonly string[]): BundleFile | undefined {
  const [only] = segments;
  if (segments.length === 1 && only !== undefined) {
    const type = BUNDLE_FILES.find(([pattern]) => pattern.test(only))?.[1];
    return type ? { name: only, contentType: type, hashed: HASHED_FILE.test(only) } : undefined;
  }
  if (segments.length === 2) {
    const [folder, name] = segments as [string, string];
    const pattern = Object.hasOwn(CHUNK_FOLDERS, folder) ? CHUNK_FOLDERS[folder] : undefined;
    // Chunks are named by a hash of what they hold: new bytes get a new name.
    return pattern?.test(name)
      ? { name: `${folder}/${name}`, contentType: 'application/octet-stream', hashed: true }
      : undefined;
  }
  return undefined;
}
