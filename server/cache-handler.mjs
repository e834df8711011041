// @ts-check
/**
 * The shared page cache for several `npm start` instances (docs/decisions/025-shared-cache-in-redis.md).
 * next.config.js points Next at this file only when REDIS_URL is set when a server starts; without
 * it Next keeps its own cache on this host's disk, as before.
 *
 * Every rendered page, route handler answer (feeds, sitemaps, cards) and tag revalidation goes to
 * one Redis through @fortedigital/nextjs-cache-handler's `redis-strings` handler, so a page one
 * instance rendered is a hit on every other, and `npm run publish` revalidates once for all.
 *
 * - Keys start with `dateline:<build id>:`: a new build deployed beside an old one never reads the
 *   old one's pages, and the old keys can be dropped once its last instance is gone
 *   (`npm run cache:prune`).
 * - While Redis is unreachable, each instance keeps what it renders in a bounded memory cache of its
 *   own and serves from there; that memory is emptied as soon as Redis answers again, so nothing
 *   rendered during the outage outlives it. No request waits for Redis: the client fails commands
 *   at once while disconnected and reconnects in the background.
 */
import { CacheHandler } from '@fortedigital/nextjs-cache-handler';
import createLruHandler from '@fortedigital/nextjs-cache-handler/local-lru';
import createRedisHandler from '@fortedigital/nextjs-cache-handler/redis-strings';
import { createClient } from '@redis/client';

import {
  expireAgeSeconds,
  gzipJsonSerializer,
  outageMemory,
  redisKeyPrefix,
  revalidatePathsByTime,
  withRouteHandlerTags,
} from './shared-cache.js';

/** Where the package's redis-strings handler keeps each tag's revalidation time (under the key prefix). */
const REVALIDATED_TAGS = '__revalidated_tags__';

/** How long a start waits for Redis before serving from memory (it keeps trying after). */
const CONNECT_WAIT_MS = 3_000;

CacheHandler.onCreation(async ({ buildId }) => {
  const url = process.env.REDIS_URL;
  if (!url) throw new Error('server/cache-handler.mjs is used only with REDIS_URL set (next.config.js)');

  const client = createClient({
    url,
    // A command sent while disconnected fails at once instead of waiting in a queue: the page
    // renders (or comes from memory) rather than hanging until Redis is back.
    disableOfflineQueue: true,
    socket: {
      connectTimeout: 2_000,
      // Retry for ever, at most every 2 s, so an instance finds Redis again without a restart.
      reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 2_000),
    },
  });
  let down = false;
  client.on('error', (/** @type {Error} */ error) => {
    if (down) return;
    down = true;
    console.warn(`Shared cache: Redis at ${safeUrl(url)} is unreachable (${error.message}); serving from memory`);
  });
  const memory = outageMemory(
    () => client.isReady,
    () => createLruHandler({ maxItemsNumber: 1_000 }),
  );
  client.on('ready', () => {
    memory.forget();
    if (!down) return;
    down = false;
    console.info(`Shared cache: Redis at ${safeUrl(url)} is back; memory cache emptied`);
  });
  // For the revalidation endpoint (lib/publish/shared-cache-state.ts), bundled apart from this file.
  Object.assign(globalThis, { [Symbol.for('dateline.shared-cache')]: { isReady: () => client.isReady } });
  await Promise.race([client.connect().catch(() => undefined), delay(CONNECT_WAIT_MS)]);

  const keyPrefix = redisKeyPrefix(buildId);
  const packaged = createRedisHandler({
    client,
    keyPrefix,
    // A command that takes longer than this counts as Redis being down for that request.
    timeoutMs: 1_000,
    valueSerializer: gzipJsonSerializer,
  });
  const redis = revalidatePathsByTime(packaged, async (tag) => {
    await client.hSet(`${keyPrefix}${REVALIDATED_TAGS}`, tag, Date.now());
  });
  return {
    handlers: [withRouteHandlerTags(redis), withRouteHandlerTags(memory.handler)],
    ttl: { estimateExpireAge: expireAgeSeconds },
  };
});

/** @param {number} ms */
function delay(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}

/** The address without a password, for logs. @param {string} url */
function safeUrl(url) {
  try {
    const parsed = new URL(url);
    parsed.password = '';
    return parsed.toString();
  } catch {
    return 'REDIS_URL';
  }
}

export default CacheHandler;
