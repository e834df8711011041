/**
 * Serves the search delta that `npm run publish` writes while `npm start` runs
 * (lib/search/search-delta.ts) from the database, so every instance sharing it serves the same
 * delta at once, without a shared folder. Only Pagefind's own file names are answered
 * (lib/search/delta-files.ts); anything else, and a bundle file that is not there, is a 404.
 *
 * With no delta, the pointer is `null` (200, not 404: a 404 is a console error on every search).
 * The static export has no server and so no delta: Next exports nothing from this dynamic
 * route but the pointer, which is `null` without asking any database, and
 * scripts/pipeline/static-export/finish.ts writes that `null` pointer as a file.
 */
import { processDatabase } from '@/lib/db/process-database';
import { deltaFileFor, POINTER_FILE } from '@/lib/search/delta-files';
import { readBundleFile, readPointer } from '@/lib/search/delta-store';
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
const NOT_FOUND = () => send('Not found', 404, 'text/plain; charset=utf-8');

export async function GET(_request: Request, { params }: { params: Promise<{ file: string[] }> }) {
  const file = deltaFileFor((await params).file);
  if (!file) return NOT_FOUND();
  if (file.version === null) {
    if (isStaticExport()) return send('null', 200, file.contentType);
    try {
      return send(JSON.stringify((await readPointer(await processDatabase())) ?? null), 200, file.contentType);
    } catch (error) {
      // Search still works without the delta (the base bundles are static files): stories
      // published since the build are missing from it until the database answers again.
      console.error(`search delta: cannot read the pointer (${(error as Error).message}); answering no delta`);
      return send('null', 200, file.contentType);
    }
  }
  const body = await readBundleFile(await processDatabase(), file.version, file.name);
  return body ? send(new Uint8Array(body), 200, file.contentType) : NOT_FOUND();
}
