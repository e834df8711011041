/**
 * Serves the search delta that `npm run publish` writes while `npm start` runs
 * (lib/search/search-delta.ts): files written to public/ after the build are never served, so
 * this route reads them from the delta folder on each request. Only Pagefind's own file names
 * are answered (lib/search/delta-files.ts); anything else, and a bundle file that is not there, is a 404.
 *
 * With no delta, the pointer is `null` (200, not 404: a 404 is a console error on every search).
 * The static export has no server and so no delta: Next exports nothing from this dynamic
 * route, and scripts/pipeline/static-export/finish.ts writes that `null` pointer as a file.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';

import { deltaFileFor, POINTER_FILE, searchDeltaDir } from '@/lib/search/delta-files';
import { isStaticExport } from '@/lib/static-export/mode';

// Never cached by Next: the pointer changes with every publish. (`dynamic = 'force-dynamic'`
// would say the same, but the static export refuses it; a route with generateStaticParams and
// revalidate 0 builds in both.)
export const revalidate = 0;

// Only for the static export's check that a route with params names some (it then skips this
// route as dynamic); the server prerenders nothing.
export function generateStaticParams() {
  return isStaticExport() ? [{ file: [POINTER_FILE] }] : [];
}

// Readers must see a new publish at once; the files are small.
const send = (body: BodyInit, status: number, contentType: string) =>
  new Response(body, { status, headers: { 'Content-Type': contentType, 'Cache-Control': 'no-cache' } });
const NO_DELTA = () => send('null', 200, 'application/json');

export async function GET(_request: Request, { params }: { params: Promise<{ file: string[] }> }) {
  const file = deltaFileFor((await params).file);
  if (!file) return send('Not found', 404, 'text/plain; charset=utf-8');
  try {
    const body = await readFile(path.join(/* turbopackIgnore: true */ searchDeltaDir(), file.relative));
    return send(new Uint8Array(body), 200, file.contentType);
  } catch {
    return file.relative === POINTER_FILE ? NO_DELTA() : send('Not found', 404, 'text/plain; charset=utf-8');
  }
}
