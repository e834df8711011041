/**
 * Writes one Pagefind bundle (an index the browser can search or merge) from search documents,
 * and reads back which page id Pagefind gave each URL. Build and publish time only: it starts
 * Pagefind's indexer, a separate process that holds the whole index in memory until closed.
 */
import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';

import * as pagefind from 'pagefind';

import type { SearchDocument } from '../content/types';
import { searchPageHtml } from './search-page-html';

// Pagefind also writes its ready-made UIs; /search has its own, so they would only be dead files.
const READY_MADE_UI = /-ui\.(js|css)$|^pagefind-highlight\.js$/;
// What only the bundle the browser loads first needs: a merged index loads neither (mergeIndex).
const RUNTIME = /^pagefind(-worker)?\.js$|^wasm\.[\w-]+\.pagefind$/;
// Pages sent to the indexer at once: one at a time is a round trip each; all at once holds every body.
const BATCH = 100;

export interface BundleOptions {
  /** Keep pagefind.js, its worker and WebAssembly: only for the bundle the browser starts from. */
  runtime: boolean;
}

/** Indexes `documents` into `outputPath` (replaced); returns how many stories it holds. */
export async function writePagefindBundle(
  documents: Iterable<SearchDocument> | AsyncIterable<SearchDocument>,
  outputPath: string,
  { runtime }: BundleOptions,
): Promise<number> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  let stories = 0;
  try {
    let batch: SearchDocument[] = [];
    const send = async () => {
      const added = await Promise.all(
        batch.map((doc) => index.addHTMLFile({ url: doc.url, content: searchPageHtml(doc) })),
      );
      added.forEach((result, i) => {
        if (result.errors.length) throw new Error(`${batch[i]?.url ?? 'a story'}: ${result.errors.join('; ')}`);
      });
      stories += batch.length;
      batch = [];
    };
    for await (const doc of documents) {
      batch.push(doc);
      if (batch.length === BATCH) await send();
    }
    await send();
    await rm(outputPath, { recursive: true, force: true });
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) throw new Error(written.errors.join('; '));
  } finally {
    // Stops the indexer process, which frees the index it holds; the next bundle starts a fresh one.
    await pagefind.close();
  }
  for (const file of await readdir(outputPath)) {
    if (READY_MADE_UI.test(file) || (!runtime && RUNTIME.test(file))) await rm(path.join(outputPath, file));
  }
  return stories;
}

/** Pagefind's files start with this signature once decompressed (its pagefind.js checks the same). */
const SIGNATURE = 'pagefind_dcd';

function decodePagefindFile(bytes: Buffer): unknown {
  let data = bytes.subarray(0, SIGNATURE.length).toString() === SIGNATURE ? bytes : gunzipSync(bytes);
  data = data.subarray(SIGNATURE.length);
  return JSON.parse(data.toString('utf8'));
}

/**
 * The page id Pagefind gave each URL in a written bundle: the id a browser search result
 * carries (result.id), which is the name of the page's fragment file, or its key inside a
 * fragment group file when Pagefind bundled fragments together.
 */
export async function pageIdsByUrl(bundleDir: string): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  const folder = path.join(bundleDir, 'fragment');
  for (const file of await readdir(folder)) {
    if (!file.endsWith('.pf_fragment')) continue;
    const fragment = decodePagefindFile(await readFile(path.join(folder, file))) as Record<string, unknown>;
    if (typeof fragment.url === 'string') ids.set(fragment.url, file.slice(0, -'.pf_fragment'.length));
    else for (const [id, page] of Object.entries(fragment)) ids.set((page as { url: string }).url, id);
  }
  return ids;
}
