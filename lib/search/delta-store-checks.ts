/**
 * What the search delta's rows must do, written once and run on both databases: SQLite in
 * ./delta-store.test.ts, PostgreSQL in lib/db/postgres.test.ts. The delta with the real Pagefind,
 * found by a search through the route: ./search-delta.test.ts.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';

import type { Database } from '../db/connection';
import { routes } from '../routes';
import {
  basePageIdsOf,
  type BundleFile,
  installDelta,
  readBundleFile,
  readPointer,
  readPointerRow,
  resetDelta,
} from './delta-store';
import { deltaBundleUrl, type DeltaPointer } from './search-bundles';

export interface FreshDeltaDatabase {
  database: Database;
  done: () => Promise<void>;
}

const pointerTo = (version: string | null, tombstones: string[] = []): DeltaPointer => ({
  url: version && deltaBundleUrl(version),
  stories: version ? 1 : 0,
  tombstones,
  hiddenIds: [],
  written: '2026-11-28T09:00:00.000Z',
});
// Pagefind's files are gzip and WebAssembly: every byte value must come back as it went in.
const binary = (seed: number) => Buffer.from(Array.from({ length: 300 }, (_, i) => (i * seed) % 256));
const bundle = (seed: number): BundleFile[] => [
  { name: 'pagefind-entry.json', bytes: Buffer.from(`{"version":"1.6.0","seed":${seed}}`) },
  { name: 'wasm.en.pagefind', bytes: binary(seed) },
  { name: 'fragment/en_0bb644b.pf_fragment', bytes: binary(seed + 1) },
];

/** Registers the checks; `fresh` gives a migrated database with no delta and no base ids. */
export function deltaStoreChecks(fresh: () => Promise<FreshDeltaDatabase>): void {
  let opened: FreshDeltaDatabase;
  let database: Database;
  beforeEach(async () => {
    opened = await fresh();
    database = opened.database;
  });
  afterEach(async () => {
    await opened.done();
  });
  const versions = async () =>
    (await database.db.selectFrom('search_delta_files').select('version').distinct().execute())
      .map((row) => row.version)
      .sort();
  const install = (version: string | null, seed = 1) =>
    installDelta(database, { version, files: version ? bundle(seed) : [], pointer: pointerTo(version) });

  it('has no delta and no base until a full build writes one; then no delta, and the base ids it asks for', async () => {
    expect(await readPointerRow(database)).toBeUndefined();
    expect(await readPointer(database)).toBeUndefined();
    await resetDelta(database, { '/uk/crane-falls': 'en_1', '/world/seoul-talks': 'en_2' });
    expect(await readPointerRow(database)).toEqual({ pointer: 'null' });
    expect(await readPointer(database)).toBeUndefined();
    expect(await basePageIdsOf(database, ['/uk/crane-falls', '/uk/never-published'])).toEqual({
      '/uk/crane-falls': 'en_1',
    });
    // The next build's ids replace these whole.
    await resetDelta(database, { '/uk/lighthouse-relit': 'en_9' });
    expect(await basePageIdsOf(database, ['/uk/crane-falls', '/uk/lighthouse-relit'])).toEqual({
      '/uk/lighthouse-relit': 'en_9',
    });
  });

  it('looks up base ids for thousands of changed stories at once', async () => {
    const ids = Object.fromEntries(
      Array.from({ length: 1_300 }, (_, i) => [routes.article('uk', `story-${i}`), `en_${i}`]),
    );
    await resetDelta(database, ids);
    const asked = [...Object.keys(ids), '/uk/not-in-the-base'];
    expect(await basePageIdsOf(database, asked)).toEqual(ids);
  });

  it('serves a publish’s bundle byte for byte under its version, and the pointer to it', async () => {
    await resetDelta(database, {});
    await install('mikx2b1c-0a1b2c', 3);
    expect(await readPointer(database)).toEqual(pointerTo('mikx2b1c-0a1b2c'));
    for (const file of bundle(3)) {
      expect((await readBundleFile(database, 'mikx2b1c-0a1b2c', file.name))?.equals(file.bytes), file.name).toBe(true);
    }
    expect(await readBundleFile(database, 'mikx2b1c-0a1b2c', 'pagefind.js')).toBeUndefined();
    expect(await readBundleFile(database, 'mikx2b1c-ffffff', 'pagefind-entry.json')).toBeUndefined();
  });

  it('keeps the previous bundle for readers who loaded the old pointer, and drops every older one', async () => {
    await resetDelta(database, {});
    await install('mikx2b1c-000001');
    await install('mikx2b1c-000002');
    expect(await versions()).toEqual(['mikx2b1c-000001', 'mikx2b1c-000002']);
    await install('mikx2b1c-000003');
    expect(await versions()).toEqual(['mikx2b1c-000002', 'mikx2b1c-000003']);
    // A publish that only removes stories has no bundle: the pointer says so, the last bundle stays.
    await installDelta(database, { version: null, files: [], pointer: pointerTo(null, ['/uk/crane-falls']) });
    expect(await readPointer(database)).toEqual(pointerTo(null, ['/uk/crane-falls']));
    expect(await versions()).toEqual(['mikx2b1c-000003']);
    await install('mikx2b1c-000004');
    expect(await versions()).toEqual(['mikx2b1c-000004']);
  });

  it('leaves the delta as it was when a publish fails half-way through writing its bundle', async () => {
    await resetDelta(database, {});
    await install('mikx2b1c-000001', 5);
    const before = await readPointer(database);
    // Enough files for several inserts, the last naming the first file again: it fails after
    // the earlier ones went in.
    const files = Array.from({ length: 120 }, (_, i) => ({ name: `fragment/en_${i}.pf_fragment`, bytes: binary(i) }));
    const failing = installDelta(database, {
      version: 'mikx2b1c-000002',
      files: [...files, files[0] as BundleFile],
      pointer: pointerTo('mikx2b1c-000002'),
    });
    await expect(failing).rejects.toThrow();
    expect(await readPointer(database)).toEqual(before);
    expect(await versions()).toEqual(['mikx2b1c-000001']);
    expect((await readBundleFile(database, 'mikx2b1c-000001', 'wasm.en.pagefind'))?.equals(binary(5))).toBe(true);
  });

  it('a full build drops every bundle and the pointer', async () => {
    await resetDelta(database, {});
    await install('mikx2b1c-000001');
    await install('mikx2b1c-000002');
    await resetDelta(database, { '/uk/crane-falls': 'en_1' });
    expect(await readPointer(database)).toBeUndefined();
    expect(await versions()).toEqual([]);
  });
}
