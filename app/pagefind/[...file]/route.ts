/**
 * Serves the base search index that `npm run build:search` writes to search-index/ (outside
 * public/, so that neither Next nor server/public-files.js lists its ~one file per story when
 * the server starts: docs/decisions/056-search-index-outside-public.md). Only the manifest and
 * Pagefind's own file names are answered (lib/search/base-files.ts); anything else, and a file
 * that is not there, is a 404 that nothing caches.
 *
 * The static export copies the folder to out/pagefind (scripts/pipeline/static-export/finish.ts);
 * from this route it exports only the manifest, which it needs to name one file.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';

import { baseFileFor } from '@/lib/search/base-files';
import { BASE_DIR, MANIFEST_FILE } from '@/lib/search/search-bundles';
import { isStaticExport } from '@/lib/static-export/mode';

// Read at each request: a new build replaces the folder; Next caches nothing of it.
export const revalidate = 0;

// Only for the static export's check that a route with params names some; the server prerenders nothing.
export function generateStaticParams() {
  return isStaticExport() ? [{ file: [MANIFEST_FILE] }] : [];
}

/** Chunks named by their hash never change; the rest as public files are: checked again each time. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
const CHECKED_EACH_TIME = 'public, max-age=0';

const NOT_FOUND = () =>
  new Response('Not found', {
    status: 404,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
  });

export async function GET(_request: Request, { params }: { params: Promise<{ file: string[] }> }) {
  const file = baseFileFor((await params).file);
  if (!file) return NOT_FOUND();
  // Not traced into the build (the folder is written beside `next build`, and is large).
  const location = path.join(/* turbopackIgnore: true */ process.cwd(), BASE_DIR, ...file.name.split('/'));
  let body: Buffer;
  let etag: string;
  try {
    const info = await stat(location);
    if (!info.isFile()) return NOT_FOUND();
    etag = `W/"${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}"`;
    body = await readFile(location);
  } catch {
    return NOT_FOUND();
  }
  // A request that already has this ETag gets a 304 from the server (server/not-modified.js).
  return new Response(new Uint8Array(body), {
    status: 200,
    headers: {
      'Content-Type': file.contentType,
      'Cache-Control': file.hashed ? IMMUTABLE : CHECKED_EACH_TIME,
      ETag: etag,
    },
  });
}
