/**
 * The search delta a publish writes: a small Pagefind bundle of every story added or changed
 * since the last full build, and the URLs whose base copies readers must no longer find
 * (docs/decisions/024-search-index-per-year.md). It lives in the database (./delta-store.ts), not
 * in public/ (`next start` serves public/ only as it was at start) nor in a folder (which every
 * instance would have to share), and app/pagefind-delta serves it on every instance.
 *
 * Pagefind writes a bundle to a folder, so a publish indexes into a temporary folder, then puts the
 * bundle's files, the new pointer and the removal of old bundles in the database in one
 * transaction: a reader sees the old delta or the new one, never part of one, and a publish that
 * fails or is killed half-way leaves the old delta in place.
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import type { Database } from '../db/connection';
import { deltaFileFor, VERSION_PATTERN } from './delta-files';
import { type BasePageIds, deltaPointer, type SearchDeltaChanges, storiesToIndex } from './delta-pointer';
import { basePageIdsOf, type BundleFile, installDelta, readPointerRow, resetDelta } from './delta-store';
import { pageIdsByUrl, writePagefindBundle } from './pagefind-bundle';
import { deltaBundleUrl } from './search-bundles';

export type { BasePageIds, SearchDeltaChanges } from './delta-pointer';
export { readPointer } from './delta-store';

/** After a full build: no delta, and the new base bundles' page ids. */
export async function resetSearchDelta(database: Database, baseIds: BasePageIds): Promise<void> {
  await resetDelta(database, baseIds);
}

// One delta at a time per process: Pagefind's indexer is one process per Node process, and
// two writers would each close it under the other. (Publishes from two processes at once are
// not supported either: the publish takes one lock.)
let queue: Promise<unknown> = Promise.resolve();

/**
 * Rebuilds the delta from the whole publish journal: `upsert` is every story added or changed
 * since the last full build, `remove` every URL unpublished or deleted since then.
 */
export function updateSearchDelta(database: Database, changes: SearchDeltaChanges): Promise<void> {
  const run = queue.then(() => writeDelta(database, changes));
  queue = run.catch(() => undefined);
  return run;
}

async function writeDelta(database: Database, changes: SearchDeltaChanges): Promise<void> {
  if (!(await readPointerRow(database))) {
    throw new Error(
      'the search index has no base in the database (no npm run build:search since the search delta moved there) — run npm run build:search (or npm run build) first',
    );
  }
  const version = `${Date.now().toString(36)}-${randomBytes(3).toString('hex')}`;
  const staging = await mkdtemp(path.join(tmpdir(), 'dateline-search-delta-'));
  try {
    const stories = storiesToIndex(changes);
    let files: BundleFile[] = [];
    let deltaIds = new Set<string>();
    if (stories.length > 0) {
      const bundle = path.join(staging, version);
      await writePagefindBundle(stories, bundle, { runtime: true }); // the runtime: a site may have no base bundle yet
      deltaIds = new Set((await pageIdsByUrl(bundle)).values());
      files = await bundleFiles(bundle, version);
    }
    const ids = await basePageIdsOf(database, [...changes.remove, ...changes.upsert.map((doc) => doc.url)]);
    const pointer = deltaPointer(
      changes,
      { ids, deltaIds },
      { url: stories.length > 0 ? deltaBundleUrl(version) : null, stories: stories.length, written: new Date() },
    );
    await installDelta(database, { version: stories.length > 0 ? version : null, files, pointer });
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

/** Every file Pagefind wrote for the bundle; each must be one the delta route serves. */
async function bundleFiles(dir: string, version: string): Promise<BundleFile[]> {
  if (!VERSION_PATTERN.test(version)) throw new Error(`"${version}" is not a delta version`);
  const files: BundleFile[] = [];
  for (const relative of await readdir(dir, { recursive: true, encoding: 'utf8' })) {
    const full = path.join(dir, relative);
    if (!(await stat(full)).isFile()) continue;
    const name = relative.split(path.sep).join('/');
    if (!deltaFileFor([version, ...name.split('/')])) {
      throw new Error(
        `Pagefind wrote ${name}, a file the search delta route would not serve — add its name to lib/search/delta-files.ts`,
      );
    }
    files.push({ name, bytes: await readFile(full) });
  }
  return files.sort((a, b) => a.name.localeCompare(b.name));
}
