/**
 * The search delta a publish writes: a small Pagefind bundle of every story added or changed
 * since the last full build, and the URLs whose base copies readers must no longer find. It
 * lives outside public/ (`next start` serves public/ only as it was at build time) and
 * app/pagefind-delta serves it (docs/decisions/024-search-index-per-year.md).
 *
 * Layout of the delta folder:
 *   base-ids.json    URL → page id in the base bundles; written by `npm run build:search`
 *   current.json     the pointer readers start from (DeltaPointer); replaced in one rename
 *   <version>/       one delta bundle per publish; the previous one is kept for readers
 *                    who loaded the old pointer and are still fetching its files
 *
 * A publish writes its bundle under a temporary name, renames it into place, and only then
 * replaces current.json, so a reader sees the old delta or the new one, never part of one; a
 * publish that fails or is killed half-way leaves the old delta in place.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';

import { writeAtomically } from '../atomic-write';
import { BASE_IDS_FILE, POINTER_FILE, searchDeltaDir, VERSION_PATTERN } from './delta-files';
import { type BasePageIds, deltaPointer, type SearchDeltaChanges, storiesToIndex } from './delta-pointer';
import { pageIdsByUrl, writePagefindBundle } from './pagefind-bundle';
import { deltaBundleUrl, type DeltaPointer } from './search-bundles';

export { searchDeltaDir } from './delta-files';
export type { BasePageIds, SearchDeltaChanges } from './delta-pointer';

// A temporary folder this old belongs to a publish that died; younger ones may still be in use.
const ABANDONED_AFTER_MS = 10 * 60_000;

/** After a full build: no delta, and the new base bundles' page ids. */
export async function resetSearchDelta(baseIds: BasePageIds, { dir = searchDeltaDir() } = {}): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, BASE_IDS_FILE), JSON.stringify(baseIds));
}

// One delta at a time per process: Pagefind's indexer is one process per Node process, and
// two writers would each close it under the other. (Publishes from two processes at once are
// not supported either: the publish journal is one file too.)
let queue: Promise<unknown> = Promise.resolve();

/**
 * Rebuilds the delta from the whole publish journal: `upsert` is every story added or changed
 * since the last full build, `remove` every URL unpublished or deleted since then.
 */
export function updateSearchDelta(changes: SearchDeltaChanges, { dir = searchDeltaDir() } = {}): Promise<void> {
  const run = queue.then(() => writeDelta(changes, dir));
  queue = run.catch(() => undefined);
  return run;
}

async function writeDelta(changes: SearchDeltaChanges, dir: string): Promise<void> {
  const baseIds = await readBaseIds(dir);
  const previous = await readPointer(dir);
  const version = `${Date.now().toString(36)}-${randomBytes(3).toString('hex')}`;
  const staging = path.join(dir, `${version}.tmp`);
  try {
    const stories = storiesToIndex(changes);
    let url: string | null = null;
    let deltaIds = new Set<string>();
    if (stories.length > 0) {
      await writePagefindBundle(stories, staging, { runtime: true }); // the runtime: a site may have no base bundle yet
      deltaIds = new Set((await pageIdsByUrl(staging)).values());
      await rename(staging, path.join(dir, version));
      url = deltaBundleUrl(version);
    }
    const pointer = deltaPointer(
      changes,
      { ids: baseIds, deltaIds },
      { url, stories: stories.length, written: new Date() },
    );
    writeAtomically(path.join(dir, POINTER_FILE), JSON.stringify(pointer));
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
  await removeOldBundles(dir, new Set([version, versionOf(previous)]));
}

async function readBaseIds(dir: string): Promise<BasePageIds> {
  try {
    return JSON.parse(await readFile(path.join(dir, BASE_IDS_FILE), 'utf8')) as BasePageIds;
  } catch (error) {
    throw new Error(
      `${path.join(dir, BASE_IDS_FILE)}: cannot read the base search index's page ids (${(error as Error).message}) — run npm run build:search (or npm run build) first`,
    );
  }
}

/** The delta readers see now, if any. */
export async function readPointer(dir: string = searchDeltaDir()): Promise<DeltaPointer | undefined> {
  try {
    return JSON.parse(await readFile(path.join(dir, POINTER_FILE), 'utf8')) as DeltaPointer;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

const versionOf = (pointer: DeltaPointer | undefined) => pointer?.url?.split('/').at(-2);

/** Bundles older than the previous delta, and what dead publishes left behind. */
async function removeOldBundles(dir: string, keep: ReadonlySet<string | undefined>): Promise<void> {
  for (const entry of await readdir(dir)) {
    const full = path.join(dir, entry);
    if (VERSION_PATTERN.test(entry) && !keep.has(entry)) await rm(full, { recursive: true, force: true });
    else if (entry.endsWith('.tmp')) {
      const modified = (await stat(full).catch(() => undefined))?.mtimeMs ?? Date.now();
      if (Date.now() - modified > ABANDONED_AFTER_MS) await rm(full, { recursive: true, force: true });
    }
  }
}
