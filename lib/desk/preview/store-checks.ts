/**
 * What preview links must do against a real database, written once and run on both: SQLite in
 * ./store.test.ts, PostgreSQL in ./store.postgres.test.ts. Every way an address is refused is
 * here, in the order lib/desk/preview/open.ts checks them.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';

import type { Database } from '../../db/connection';
import { checkPreview } from './open';
import { parsePreviewPath, PREVIEW_PREFIX, previewKey, previewPath, signPreview } from './signature';
import { expirySeconds, PreviewLinkStore } from './store';

export interface FreshDatabase {
  database: Database;
  done: () => Promise<void>;
}

const rita = { id: 'u-rita', name: 'Rita Reporter' };
const STORY = '2026/harbour-wall-repaired';

export function previewStoreChecks(fresh: () => Promise<FreshDatabase>): void {
  let opened: FreshDatabase;
  let clock: number;
  let store: PreviewLinkStore;
  const key = previewKey('a-test-secret-that-is-long-enough-for-the-desk');
  const now = () => new Date(clock);
  const check = (path: string) => checkPreview(path, { key, store, now });
  beforeEach(async () => {
    opened = await fresh();
    clock = Date.parse('2026-11-28T09:00:00.250Z');
    store = new PreviewLinkStore(opened.database, now);
  });
  afterEach(async () => {
    await opened.done();
  });

  it('makes a link that works for the hours given, lists it, and opens it', async () => {
    const link = await store.create(STORY, rita, 48);
    expect(link).toMatchObject({
      story: STORY,
      createdBy: rita,
      createdAt: '2026-11-28T09:00:00.250Z',
      expiresAt: '2026-11-30T09:00:00.000Z',
    });
    expect(await store.live(STORY)).toEqual([link]);
    expect(await store.live('2026/another-story')).toEqual([]);
    expect(await check(previewPath(key, link.id, expirySeconds(link)))).toEqual({
      state: 'open',
      link,
      story: { year: '2026', slug: 'harbour-wall-repaired' },
    });
  });

  it('says a link has expired once its time is up, and no longer lists it', async () => {
    const link = await store.create(STORY, rita, 1);
    const address = previewPath(key, link.id, expirySeconds(link));
    clock += 3_600_000;
    expect(await check(address)).toEqual({ state: 'expired', at: link.expiresAt });
    expect(await store.live(STORY)).toEqual([]);
  });

  it('says an expired link has expired from its signed address alone, before reading the database', async () => {
    const link = await store.create(STORY, rita, 48);
    await opened.database.db.deleteFrom('desk_preview_links').execute();
    const past = Math.floor(clock / 1000) - 60;
    expect(await check(previewPath(key, link.id, past))).toEqual({
      state: 'expired',
      at: new Date(past * 1000).toISOString(),
    });
  });

  it('says a revoked link was withdrawn, and no longer lists it', async () => {
    const link = await store.create(STORY, rita, 48);
    const other = await store.create(STORY, rita, 48);
    expect(await store.revoke('2026/another-story', link.id)).toBe(false);
    expect(await store.revoke(STORY, link.id)).toBe(true);
    expect(await store.revoke(STORY, link.id)).toBe(true);
    expect(await check(previewPath(key, link.id, expirySeconds(link)))).toEqual({ state: 'withdrawn' });
    expect((await store.live(STORY)).map((live) => live.id)).toEqual([other.id]);
    expect((await store.find(link.id))?.revokedAt).toBe('2026-11-28T09:00:00.250Z');
  });

  it('refuses a forged, altered or unknown address as not found', async () => {
    const link = await store.create(STORY, rita, 48);
    const expires = expirySeconds(link);
    const good = previewPath(key, link.id, expires);
    const signature = parsePreviewPath(good)?.signature ?? '';
    const refused = [
      // Malformed.
      '/preview/',
      `${good}/`,
      good.replace('/preview/', '/preview//'),
      // The expiry pushed later, the signature kept.
      `${PREVIEW_PREFIX}${link.id}.${expires + 86_400}.${signature}`,
      // Another id, the signature kept.
      `${PREVIEW_PREFIX}${'f'.repeat(32)}.${expires}.${signature}`,
      // Signed with another secret.
      previewPath(previewKey('somebody-else-s-secret-that-is-long-enough'), link.id, expires),
      // Signed correctly, but no such link.
      previewPath(key, 'e'.repeat(32), expires),
      // Signed correctly for this link's id, with an expiry the link was not made with.
      previewPath(key, link.id, expires + 60),
    ];
    for (const address of refused) expect(await check(address), address).toEqual({ state: 'not found' });
    expect(signPreview(key, link.id, expires)).toBe(signature);
  });
}
