/**
 * Serves the search delta that `npm run publish` writes while `npm start` runs
 * (lib/search/search-delta.ts): files written to public/ after the build are never served, so
 * this route reads them from the delta folder on each request. Only Pagefind's own file names
 * are answered (lib/search/delta-files.ts); everything else, and any file that is not there, is a 404.
 *
 * The static export has no server and so no delta: it exports one placeholder here, which
 * scripts/static-export/finish.ts deletes, so the host answers 404 and search uses the base alone.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { deltaFileFor, POINTER_FILE, searchDeltaDir } from '@/lib/search/delta-files';
import { isStaticExport } from '@/lib/static-export/mode';

// Never cached by Next: the pointer changes with every publish. (`dynamic = 'force-dynamic'`
// would say the same, but the static export refuses it; a route with generateStaticParams and
// revalidate 0 builds in both.)
export const revalidate = 0;

export function generateStaticParams() {
  // The static export refuses a route with no params; the server prerenders none.
  return isStaticExport() ? [{ file: [POINTER_FILE] }] : [];
}

const notFound = () => new Response('Not found', { status: 404, headers: { 'Cache-Control': 'no-cache' } });

export async function GET(_request: Request, { params }: { params: Promise<{ file: string[] }> }) {
  if (isStaticExport()) return notFound();
  const file = deltaFileFor((await params).file);
  if (!file) return notFound();
  let body: Buffer;
  try {
    body = await readFile(path.join(searchDeltaDir(), file.relative));
  } catch {
    return notFound();
  }
  return new Response(new Uint8Array(body), {
    headers: {
      'Content-Type': file.contentType,
      // Readers must see a new publish at once; the files are small.
      'Cache-Control': 'no-cache',
    },
  });
}
