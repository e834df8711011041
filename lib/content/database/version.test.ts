/** How long a process trusts the version it read, and what a refresh promises. */
import { describe, expect, it } from 'vitest';

import { CachedRead, VERSION_TTL_MS } from './version';

/** A store whose version the test sets, counting the reads; each read resolves when released. */
function fakeStore() {
  const store = { version: 'v1', reads: 0, clock: 0, pending: [] as (() => void)[] };
  const read = () => {
    store.reads++;
    const version = store.version;
    return new Promise<string>((resolve) => store.pending.push(() => resolve(version)));
  };
  /** Finishes the reads under way, the newest first when `newestFirst`. */
  const release = (newestFirst = false) => {
    const pending = store.pending.splice(0);
    for (const resolve of newestFirst ? pending.reverse() : pending) resolve();
  };
  return { store, release, cache: new CachedRead(read, VERSION_TTL_MS, () => store.clock) };
}

describe('the store version a process reads', () => {
  it('is read once per second at most, however many requests ask', async () => {
    const { store, release, cache } = fakeStore();
    const asked = [cache.get(), cache.get(), cache.get()];
    release();
    expect(await Promise.all(asked)).toEqual(['v1', 'v1', 'v1']);
    expect(store.reads).toBe(1);

    store.version = 'v2';
    store.clock = VERSION_TTL_MS - 1;
    expect(await cache.get()).toBe('v1');
    expect(store.reads).toBe(1);

    // A host the revalidate endpoint never reached sees the publish within the second.
    store.clock = VERSION_TTL_MS;
    const later = cache.get();
    release();
    expect(await later).toBe('v2');
    expect(store.reads).toBe(2);
  });

  it('is read again at once by refresh(), even while an older read is under way', async () => {
    const { store, release, cache } = fakeStore();
    const before = cache.get();
    store.version = 'v2';
    const refreshed = cache.refresh();
    release(true);
    expect(await refreshed).toBe('v2');
    expect(await before).toBe('v1');
    // The older read finished after the refresh began: it does not put v1 back.
    expect(await cache.get()).toBe('v2');
  });

  it('does not keep a failed read', async () => {
    let fail = true;
    const cache = new CachedRead(
      () => (fail ? Promise.reject(new Error('database away')) : Promise.resolve('v3')),
      VERSION_TTL_MS,
      () => 0,
    );
    await expect(cache.get()).rejects.toThrow('database away');
    fail = false;
    expect(await cache.get()).toBe('v3');
  });
});
