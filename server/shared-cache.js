// @ts-check
/**
 * The decisions of the shared cache (server/cache-handler.mjs) as small functions with tests.
 */
import { promisify } from 'node:util';
import { gunzip, gzip } from 'node:zlib';

const gzipAsync = promisify(gzip);
const gunzipAsync = promisify(gunzip);

/** Where every key of one build starts: builds never share pages, and old ones can be dropped. */
export const KEY_NAMESPACE = 'dateline';

/** @param {string | undefined} buildId the contents of .next/BUILD_ID */
export function redisKeyPrefix(buildId) {
  const id = buildId?.trim();
  if (!id) throw new Error('the shared cache needs .next/BUILD_ID: run `npm run build` first');
  return `${KEY_NAMESPACE}:${id}:`;
}

/** Seven days, in seconds. */
const WEEK = 7 * 24 * 60 * 60;

/**
 * How long Redis keeps a page after it was last rendered. A page older than its `revalidate`
 * (5 minutes here) is still served once while it renders again in the background; only a page
 * nobody asked for during this time is dropped and rendered on its next request, while the
 * reader waits. The package's default (1.5 × revalidate = 7.5 minutes) would make nearly every
 * archive request wait for a render; a week keeps an archive story read once a week cached, and
 * Redis's own eviction (maxmemory, docs/deploy.md §3) bounds the memory.
 * @param {number} staleAgeSeconds
 */
export function expireAgeSeconds(staleAgeSeconds) {
  return Math.max(Math.floor(staleAgeSeconds * 1.5), WEEK);
}

/**
 * One of the package's cache handlers (Redis, memory), as @fortedigital/nextjs-cache-handler types it.
 * @typedef {import('@fortedigital/nextjs-cache-handler/cache-handler.types').Handler} Handler
 */

/**
 * Gives a route handler's answer (feeds, sitemaps, cards) the tags Next wrote in its
 * `x-next-cache-tags` header, as the package already does for pages. Without them a feed stored in
 * Redis never matched a `revalidatePath('/feed.xml')` made on another instance: Next checks those
 * tags only against revalidations its own process made (measured: the feed kept an unpublished
 * story on the other instance, and on this one for the first request).
 * @param {Handler} handler
 * @returns {Handler}
 */
export function withRouteHandlerTags(handler) {
  return {
    ...handler,
    async set(key, entry, ctx) {
      return handler.set(key, routeHandlerTagged(entry), ctx);
    },
  };
}

/** @param {any} entry a cache entry: { tags, value: { kind, headers }, … } */
function routeHandlerTagged(entry) {
  const header = entry?.value?.kind === 'APP_ROUTE' ? entry.value.headers?.['x-next-cache-tags'] : undefined;
  if (typeof header !== 'string' || header === '') return entry;
  return { ...entry, tags: [...new Set([...(entry.tags ?? []), ...header.split(',')])] };
}

/** Next's prefix for the tags it derives from paths (revalidatePath). */
const IMPLICIT_TAG = '_N_T_';

/**
 * Revalidates a path's tag by time only. The package's handler records the time of an implicit
 * tag's revalidation (which every later read compares with the entry's age, so the entry is
 * already dead), and then also reads its whole tag map to delete the entries at once: one field per
 * cached page, for every tag. A publish revalidates about 20 paths; measured with
 * scripts/bench/tag-scan.ts on a loaded 2-core machine, 12 s at 20,000 cached pages and 106 s at
 * 100,000. Recording the time is enough: a dead entry is never served, and the next render of
 * that page writes over it.
 * @param {Handler} handler the package's Redis handler
 * @param {(tag: string) => Promise<void>} recordTime records `tag`'s revalidation time where the handler reads it
 * @returns {Handler}
 */
export function revalidatePathsByTime(handler, recordTime) {
  return {
    ...handler,
    async revalidateTag(tag) {
      if (tag.startsWith(IMPLICIT_TAG)) return recordTime(tag);
      return handler.revalidateTag(tag);
    },
  };
}

/**
 * Bounds what a slow or half-open Redis costs a reader. A SIGSTOPped redis-server keeps its socket
 * open, so the client sees no error and each command waits for its own timeout. Here a read gets
 * `limitMs`: when it runs out the reader gets a miss (the page renders, or comes from the outage
 * memory), and for the next `pauseMs` nothing is read from or written to Redis, so only the reader
 * who found Redis slow paid the limit; `isSlow()` tells the outage memory to take over meanwhile.
 * A write is waited for at most `limitMs` too, and then finishes (or times out) on its own: its
 * time is mostly gzip of the page, not Redis, so a slow write does not count as a slow Redis.
 * Revalidations are not bounded: a publish must reach Redis or say that it did not.
 * @param {Handler} handler the Redis handler
 * @param {{ limitMs: number, pauseMs: number, onSlow?: () => void, now?: () => number }} options
 * @returns {{ handler: Handler, isSlow: () => boolean }}
 */
export function withDeadline(handler, { limitMs, pauseMs, onSlow, now = Date.now }) {
  let pausedUntil = 0;
  const isSlow = () => now() < pausedUntil;
  /**
   * Whether `call` settled within the limit, and with what.
   * @template T
   * @param {() => Promise<T>} call
   * @param {T} fallback what a failed call answers
   * @returns {Promise<{ late: true } | { late: false, answer: T }>}
   */
  const withinLimit = async (call, fallback) => {
    /** @type {ReturnType<typeof setTimeout> | undefined} */
    let timer;
    /** @type {Promise<{ late: true }>} */
    const late = new Promise((resolve) => {
      timer = setTimeout(() => resolve({ late: true }), limitMs);
    });
    try {
      // A call that fails, before or after the limit, is a miss; no one waits for it after.
      const settled = call().then(
        (answer) => ({ late: /** @type {const} */ (false), answer }),
        () => ({ late: /** @type {const} */ (false), answer: fallback }),
      );
      return await Promise.race([settled, late]);
    } finally {
      clearTimeout(timer);
    }
  };
  /** @param {() => Promise<void>} call */
  const write = async (call) => {
    if (!isSlow()) await withinLimit(call, undefined);
  };
  return {
    isSlow,
    handler: {
      ...handler,
      async get(key, meta) {
        if (isSlow()) return null;
        const result = await withinLimit(() => handler.get(key, meta), null);
        if (!result.late) return result.answer;
        pausedUntil = now() + pauseMs;
        onSlow?.();
        return null;
      },
      set: (key, value, ctx) => write(() => handler.set(key, value, ctx)),
      ...(handler.delete
        ? { delete: (/** @type {string} */ key) => write(() => handler.delete?.(key) ?? Promise.resolve()) }
        : {}),
    },
  };
}

/**
 * Whether Redis's eviction policy keeps what the shared cache needs: pages expire (a week) and
 * may be evicted; the revalidation times and tag maps have no expiry and must not be. Only the
 * volatile-* policies evict keys with an expiry alone (docs/deploy.md §3).
 * @param {string | undefined} policy the value of CONFIG GET maxmemory-policy
 * @returns {string | undefined} the warning to print, or undefined when the policy is right
 */
export function evictionPolicyWarning(policy) {
  if (policy === undefined || policy.startsWith('volatile-')) return undefined;
  const what =
    policy === 'noeviction'
      ? 'a full Redis then refuses every new page'
      : 'Redis may then evict the revalidation times, and a revalidated page could be served again';
  return `Shared cache: Redis's maxmemory-policy is ${policy}: ${what}. Set maxmemory-policy volatile-lru (docs/deploy.md §3).`;
}

/**
 * A memory cache that only works while Redis does not: asked after Redis failed a command, it
 * answers from what this instance rendered since; while Redis is up it stores and answers nothing,
 * so it never holds a page that another instance has since revalidated. `forget()` (called when
 * Redis is back) drops everything it kept.
 * @param {() => boolean} redisIsReady
 * @param {() => Handler} makeMemory a bounded in-memory handler (the package's local-lru)
 */
export function outageMemory(redisIsReady, makeMemory) {
  let memory = makeMemory();
  /** @type {Handler} */
  const handler = {
    name: 'memory-while-redis-is-down',
    async get(key, meta) {
      return redisIsReady() ? null : memory.get(key, meta);
    },
    async set(key, value, ctx) {
      if (!redisIsReady()) await memory.set(key, value, ctx);
    },
    async revalidateTag(tag) {
      await memory.revalidateTag(tag);
    },
    async delete(key) {
      await memory.delete?.(key);
    },
  };
  return {
    handler,
    forget() {
      memory = makeMemory();
    },
  };
}

/**
 * How a cache entry is stored: JSON, gzipped, as base64 text. An article's entry (its HTML, its RSC
 * payload and the RSC segments Next keeps for prefetches) is about 360 KB of JSON and 95 KB stored
 * this way (measured, docs/deploy.md §3): Redis holds about four times as many pages in the same
 * memory, for about a millisecond of gunzip per request. zlib runs off the main thread.
 * An entry that does not decode (another format, a cut value) counts as a miss and is rendered again.
 */
/** @type {import('@fortedigital/nextjs-cache-handler/redis-strings').CacheValueSerializer} */
export const gzipJsonSerializer = {
  /** @param {unknown} value */
  async serialize(value) {
    const packed = await gzipAsync(Buffer.from(JSON.stringify(value), 'utf8'));
    return packed.toString('base64');
  },
  /** @param {string | Buffer} stored */
  async deserialize(stored) {
    try {
      const packed = Buffer.from(typeof stored === 'string' ? stored : stored.toString('latin1'), 'base64');
      return JSON.parse((await gunzipAsync(packed)).toString('utf8'));
    } catch {
      return null;
    }
  },
};
