/**
 * The endpoint `npm run publish` calls after it has written the content store's database: it makes
 * this server read the store's new version and renders again, on their next request, the pages the publish names
 * (lib/publish/affected-pages.ts). Only a caller with DATELINE_PUBLISH_SECRET may use it; a
 * server started without that secret refuses every request (docs/decisions/023).
 */
import { revalidatePath } from 'next/cache';

import { contentVersion } from '@/lib/content';
import { isPublishSecret, parseRevalidateRequest } from '@/lib/revalidate/request';
import { sharedCacheState } from '@/lib/revalidate/shared-cache-state';

import { readEnv } from '../../../lib/env';

// No `dynamic` setting: a POST handler always runs on request, and the static export (which has
// no server, so no publishing) accepts a route without one and leaves it out.

const answer = (status: number, body: Record<string, unknown>) =>
  Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } });

/** Why the caller may not publish, or undefined when it may. */
function refusal(request: Request): Response | undefined {
  const secret = readEnv('DATELINE_PUBLISH_SECRET');
  if (!secret) return answer(403, { error: 'publishing is off: start the server with DATELINE_PUBLISH_SECRET set' });
  if (!isPublishSecret(request.headers.get('authorization'), secret)) {
    return answer(401, { error: 'wrong or missing publish secret' });
  }
  return undefined;
}

export async function POST(request: Request) {
  const refused = refusal(request);
  if (refused) return refused;
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return answer(400, { error: 'the body is not JSON' });
  }
  const parsed = parseRevalidateRequest(body);
  if ('error' in parsed) return answer(400, parsed);
  // Reading the version here makes this process see the publish before any page renders again.
  const serving = await contentVersion();
  if (serving !== parsed.version) {
    return answer(409, {
      error: `the server reads store ${serving}, not ${parsed.version}: same content store database (DATABASE_URL)?`,
    });
  }
  for (const { route, type } of parsed.routes) revalidatePath(route, type);
  for (const path of parsed.paths) revalidatePath(path);
  // With Redis down, this revalidated only this instance's own memory (server/cache-handler.mjs).
  return answer(200, {
    version: serving,
    paths: parsed.paths.length,
    routes: parsed.routes.length,
    sharedCache: sharedCacheState(),
  });
}
