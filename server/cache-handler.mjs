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

import { readEnv } from '../lib/env.js';
import {
  evictionPolicyWarning,
  expireAgeSeconds,
  gzipJsonSerializer,
  outageMemory,
  redisKeyPrefix,
  revalidatePathsByTime,
  withDeadline,
  withRouteHandlerTags,
} from './shared-cache.js';

/** Where the package's redis-strings handler keeps each tag's revalidation time (under the key prefix). */
const REVALIDATED_TAGS = '__revalidated_tags__';

/** How long a start waits for Redis before serving from memory (it keeps trying after). */
const CONNECT_WAIT_MS = 3_000;

/**
 * The most a slow or half-open Redis adds to a request (withDeadline): a read that takes longer is
 * a miss, and Redis is then left alone for SLOW_PAUSE_MS while memory serves.
 */
const REDIS_LIMIT_MS = 150;
const SLOW_PAUSE_MS = 5_000;

CacheHandler.onCreation(async ({ buildId }) => {
  const url = readEnv('REDIS_URL');
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
  /** @type {{ isSlow: () => boolean } | undefined} */
  let deadline;
  const usable = () => client.isReady && !deadline?.isSlow();
  const memory = outageMemory(usable, () => createLruHandler({ maxItemsNumber: 1_000 }));
  client.on('ready', () => {
    memory.forget();
    warnAboutEviction(client);
    if (!down) return;
    down = false;
    console.info(`Shared cache: Redis at ${safeUrl(url)} is back; memory cache emptied`);
  });
  // For the revalidation endpoint (lib/revalidate/shared-cache-state.ts), bundled apart from this file.
  Object.assign(globalThis, { [Symbol.for('dateline.shared-cache')]: { isReady: usable } });
  await Promise.race([client.connect().catch(() => undefined), delay(CONNECT_WAIT_MS)]);

  const keyPrefix = redisKeyPrefix(buildId);
  const packaged = createRedisHandler({
    client,
    keyPrefix,
    // A command that takes longer than this fails (a reader waits REDIS_LIMIT_MS at most: withDeadline).
    timeoutMs: 1_000,
    valueSerializer: gzipJsonSerializer,
  });
  const redis = revalidatePathsByTime(packaged, async (tag) => {
    await client.hSet(`${keyPrefix}${REVALIDATED_TAGS}`, tag, Date.now());
  });
  let warnedSlow = 0;
  const bounded = withDeadline(redis, {
    limitMs: REDIS_LIMIT_MS,
    pauseMs: SLOW_PAUSE_MS,
    onSlow() {
      // Once a minute at most: a Redis that stays slow would otherwise fill the log.
      if (Date.now() - warnedSlow < 60_000) return;
      warnedSlow = Date.now();
      console.warn(
        `Shared cache: Redis at ${safeUrl(url)} took over ${REDIS_LIMIT_MS} ms; serving from memory, trying again in ${SLOW_PAUSE_MS / 1000} s`,
      );
    },
  });
  deadline = bounded;
  return {
    handlers: [withRouteHandlerTags(bounded.handler), withRouteHandlerTags(memory.handler)],
    ttl: { estimateExpireAge: expireAgeSeconds },
  };
});

/**
 * Warns at start (and on each reconnect) when Redis's eviction policy can drop what must stay.
 * A managed Redis may refuse CONFIG: then nothing is said.
 * @param {{ configGet: (parameter: string) => Promise<Record<string, string>> }} client
 */
function warnAboutEviction(client) {
  client
    .configGet('maxmemory-policy')
    .then((config) => {
      const warning = evictionPolicyWarning(config['maxmemory-policy']);
      if (warning) console.warn(warning);
    })
    .catch(() => undefined);
}

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
