import { describe, expect, it } from 'vitest';

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

type Handler = Parameters<typeof withDeadline>[0];
type Entry = Parameters<Handler['set']>[1];
/** A stand-in cache entry: only the fields a test looks at, typed as the package's entry. */
const entry = (fields: object) => fields as Entry;

/** A handler that records what it was given, standing in for Redis or the package's memory cache. */
function recorder() {
  const entries = new Map<string, Entry>();
  const revalidated: string[] = [];
  const handler: Handler = {
    name: 'recorder',
    get: (key: string) => Promise.resolve(entries.get(key) ?? null),
    set: (key: string, value: Entry) => Promise.resolve(void entries.set(key, value)),
    revalidateTag: (tag: string) => Promise.resolve(void revalidated.push(tag)),
  };
  return { entries, revalidated, handler };
}

describe('redisKeyPrefix', () => {
  it('puts the build id in every key, so two builds never read each other’s pages', () => {
    expect(redisKeyPrefix('abc123\n')).toBe('dateline:abc123:');
    expect(redisKeyPrefix('abc123')).not.toBe(redisKeyPrefix('def456'));
  });

  it('refuses to start without a build id rather than share keys across builds', () => {
    expect(() => redisKeyPrefix(undefined)).toThrow(/BUILD_ID/);
    expect(() => redisKeyPrefix('  ')).toThrow(/BUILD_ID/);
  });
});

describe('expireAgeSeconds', () => {
  it('keeps a page rendered every 5 minutes for a week, not the package’s 7.5 minutes', () => {
    expect(expireAgeSeconds(300)).toBe(7 * 24 * 3600);
  });

  it('keeps a page that goes stale later than that for one and a half times its stale age', () => {
    expect(expireAgeSeconds(365 * 24 * 3600)).toBe(1.5 * 365 * 24 * 3600);
  });
});

describe('gzipJsonSerializer', () => {
  it('round-trips an entry and stores it smaller than its JSON', async () => {
    const page = entry({ tags: ['_N_T_/uk'], value: { kind: 'APP_PAGE', html: '<p>Harbour wall</p>'.repeat(500) } });
    const stored = await gzipJsonSerializer.serialize(page);
    expect(stored.length).toBeLessThan(JSON.stringify(page).length / 10);
    expect(await gzipJsonSerializer.deserialize(stored)).toEqual(page);
  });

  it('treats a value it cannot read (an older format, a cut value) as a miss', async () => {
    expect(await gzipJsonSerializer.deserialize('{"tags":[]}')).toBeNull();
    const stored = await gzipJsonSerializer.serialize(entry({ a: 1 }));
    expect(await gzipJsonSerializer.deserialize(stored.slice(0, 10))).toBeNull();
  });
});

describe('withRouteHandlerTags', () => {
  it('tags a route handler’s answer with the tags Next put in its header, so revalidatePath reaches it', async () => {
    const store = recorder();
    const handler = withRouteHandlerTags(store.handler);
    await handler.set(
      '/route-cache/APP_ROUTE/x/$/feed.xml',
      entry({
        tags: [],
        value: { kind: 'APP_ROUTE', headers: { 'x-next-cache-tags': '_N_T_/layout,_N_T_/feed.xml' } },
      }),
    );
    expect(store.entries.get('/route-cache/APP_ROUTE/x/$/feed.xml')).toMatchObject({
      tags: ['_N_T_/layout', '_N_T_/feed.xml'],
    });
  });

  it('leaves pages and untagged answers as they are', async () => {
    const store = recorder();
    const handler = withRouteHandlerTags(store.handler);
    const page = entry({ tags: ['a'], value: { kind: 'APP_PAGE', headers: { 'x-next-cache-tags': 'b' } } });
    const bare = entry({ tags: [], value: { kind: 'APP_ROUTE', headers: {} } });
    await handler.set('page', page);
    await handler.set('bare', bare);
    expect(store.entries.get('page')).toBe(page);
    expect(store.entries.get('bare')).toBe(bare);
  });
});

describe('outageMemory', () => {
  it('stores and answers nothing while Redis is up, so it never holds a page another instance revalidated', async () => {
    const store = recorder();
    const memory = outageMemory(
      () => true,
      () => store.handler,
    );
    await memory.handler.set('/uk', entry({ html: 'old' }));
    expect(store.entries.size).toBe(0);
    expect(await memory.handler.get('/uk', { implicitTags: [] })).toBeNull();
  });

  it('serves what this instance rendered while Redis is down, and forgets it when Redis is back', async () => {
    let ready = false;
    const stores = [recorder(), recorder()];
    let made = 0;
    const memory = outageMemory(
      () => ready,
      () => stores[made++]!.handler,
    );
    await memory.handler.set('/uk', entry({ html: 'rendered during the outage' }));
    expect(await memory.handler.get('/uk', { implicitTags: [] })).toEqual({ html: 'rendered during the outage' });
    await memory.handler.revalidateTag('_N_T_/uk');
    expect(stores[0]!.revalidated).toEqual(['_N_T_/uk']);

    ready = true;
    memory.forget();
    ready = false;
    expect(await memory.handler.get('/uk', { implicitTags: [] })).toBeNull();
  });
});

describe('revalidatePathsByTime', () => {
  it('records a path’s revalidation time instead of scanning every cached page for it', async () => {
    const store = recorder();
    const recorded: string[] = [];
    const handler = revalidatePathsByTime(store.handler, (tag) => Promise.resolve(void recorded.push(tag)));
    await handler.revalidateTag('_N_T_/uk/harbour-wall');
    expect(recorded).toEqual(['_N_T_/uk/harbour-wall']);
    expect(store.revalidated).toEqual([]);
  });

  it('leaves tags a page set itself to the package', async () => {
    const store = recorder();
    const recorded: string[] = [];
    const handler = revalidatePathsByTime(store.handler, (tag) => Promise.resolve(void recorded.push(tag)));
    await handler.revalidateTag('stories');
    expect(recorded).toEqual([]);
    expect(store.revalidated).toEqual(['stories']);
  });
});

describe('withDeadline', () => {
  /** A Redis that never answers: a SIGSTOPped redis-server, whose socket stays open. */
  const hanging = () => {
    const calls: string[] = [];
    const handler: Handler = {
      name: 'hanging',
      get: (key: string) => (calls.push(key), new Promise<Entry | null>(() => undefined)),
      set: (key: string) => (calls.push(key), new Promise<void>(() => undefined)),
      revalidateTag: () => Promise.resolve(),
    };
    return { calls, handler };
  };

  it('answers a miss when Redis does not answer within the limit, instead of waiting', async () => {
    const redis = hanging();
    const bounded = withDeadline(redis.handler, { limitMs: 50, pauseMs: 1_000 });
    const started = performance.now();
    expect(await bounded.handler.get('/uk/a', { implicitTags: [] })).toBeNull();
    const waited = performance.now() - started;
    expect(waited).toBeGreaterThanOrEqual(45);
    expect(waited).toBeLessThan(200);
    expect(bounded.isSlow()).toBe(true);
  });

  it('leaves a slow Redis alone for the pause, so only one reader pays the limit', async () => {
    let now = 0;
    const redis = hanging();
    let warnings = 0;
    const bounded = withDeadline(redis.handler, {
      limitMs: 20,
      pauseMs: 5_000,
      now: () => now,
      onSlow: () => warnings++,
    });
    await bounded.handler.get('/first', { implicitTags: [] });
    await bounded.handler.set('/second', entry({}));
    expect(await bounded.handler.get('/third', { implicitTags: [] })).toBeNull();
    expect(redis.calls).toEqual(['/first']);
    expect(warnings).toBe(1);
    now = 5_001;
    expect(bounded.isSlow()).toBe(false);
    await bounded.handler.get('/after-the-pause', { implicitTags: [] });
    expect(redis.calls).toEqual(['/first', '/after-the-pause']);
  });

  it('waits for a slow write no longer than the limit, without taking Redis for slow (gzip is most of a write)', async () => {
    const redis = hanging();
    const bounded = withDeadline(redis.handler, { limitMs: 30, pauseMs: 5_000 });
    const started = performance.now();
    await bounded.handler.set('/big-page', entry({}));
    expect(performance.now() - started).toBeLessThan(200);
    expect(bounded.isSlow()).toBe(false);
  });

  it('passes answers, writes and failures of a Redis in time through unchanged, and never bounds a revalidation', async () => {
    const { entries, revalidated, handler } = recorder();
    const bounded = withDeadline(
      {
        ...handler,
        get: (key: string, meta) =>
          key === '/broken' ? Promise.reject(new Error('READONLY')) : handler.get(key, meta),
      },
      { limitMs: 1_000, pauseMs: 1_000 },
    );
    await bounded.handler.set('/uk/a', entry({ html: 'a' }));
    expect(entries.get('/uk/a')).toEqual({ html: 'a' });
    expect(await bounded.handler.get('/uk/a', { implicitTags: [] })).toEqual({ html: 'a' });
    expect(await bounded.handler.get('/broken', { implicitTags: [] })).toBeNull();
    expect(bounded.isSlow()).toBe(false);
    await bounded.handler.revalidateTag('_N_T_/uk');
    expect(revalidated).toEqual(['_N_T_/uk']);
  });
});

describe('evictionPolicyWarning', () => {
  it('is quiet for a volatile policy, and names the policy and the fix for any other', () => {
    expect(evictionPolicyWarning('volatile-lru')).toBeUndefined();
    expect(evictionPolicyWarning('volatile-ttl')).toBeUndefined();
    expect(evictionPolicyWarning(undefined)).toBeUndefined();
    expect(evictionPolicyWarning('allkeys-lru')).toMatch(/maxmemory-policy is allkeys-lru.*volatile-lru/);
    expect(evictionPolicyWarning('noeviction')).toMatch(/noeviction: a full Redis then refuses every new page/);
  });
});
