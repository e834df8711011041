/**
 * Whether this server keeps its pages in the shared cache (server/cache-handler.mjs, with
 * REDIS_URL) and whether Redis answers now. The revalidation endpoint reports it, so
 * `npm run publish` can say when a revalidation reached one instance only.
 */
import { type Env, isSet } from '../env';

export type SharedCacheState = 'off' | 'up' | 'down';

/** Set by server/cache-handler.mjs, which Next loads outside the app's bundles. */
const PROBE = Symbol.for('dateline.shared-cache');

export function sharedCacheState(env: Env = process.env): SharedCacheState {
  if (!isSet('REDIS_URL', env)) return 'off';
  const probe = (globalThis as Record<symbol, { isReady: () => boolean } | undefined>)[PROBE];
  return probe?.isReady() ? 'up' : 'down';
}
