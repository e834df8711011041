/**
 * The publish journal (docs/decisions/037-publish-journal-and-lock.md): a publish that is killed
 * at any step, `kill -9` included, loses nothing, because what must follow the store swap is
 * written down before the swap, and every publish first finishes what the journal still holds.
 *
 * Before the new store is written, the publish writes the next manifest beside the current one
 * and the journal: the store version it replaces, the search delta and the pages to revalidate.
 * After the swap it puts the manifest in place, updates search, revalidates and deletes the
 * journal. The next publish that finds a journal asks one question, whether the store still has
 * the version the journal replaces:
 * - yes: the swap never happened; the journal and the next manifest are dropped, and the same
 *   changes are found and published again (the manifest still says they are new);
 * - no: the swap happened; every step after it is done again (each one is idempotent: the
 *   manifest rename, the search delta since the build, the revalidation of the same pages).
 * A full build in between drops the journal (lib/build/manifest.ts promotePendingManifest).
 */
import { existsSync, readFileSync, renameSync, rmSync } from 'node:fs';

import { writeAtomically } from '../atomic-write';
import { journalFile, type Manifest, nextManifestFile } from '../build/manifest';
import { routeTableOf } from '../build/store-writer';
import { currentStore } from '../content/store';
import { manifestFile, routesFile, versionFile } from '../paths';
import type { Revalidation } from '../revalidate/request';

export interface Journal {
  /** The store version this publish replaces: while the store still has it, the swap did not happen. */
  replaces: string;
  /** The search delta since the last build (lib/search), sent whole each time. */
  search: { upsert: string[]; remove: string[] };
  /** The pages to render again, sent with whatever store version is current when they are. */
  revalidate: Revalidation;
}

export function readJournal(): Journal | undefined {
  if (!existsSync(journalFile())) return undefined;
  return JSON.parse(readFileSync(journalFile(), 'utf8')) as Journal;
}

/** Written before the store swap: the manifest first, then the journal that names it. */
export function writeJournal(journal: Journal, manifest: Manifest): void {
  writeAtomically(nextManifestFile(), JSON.stringify(manifest));
  writeAtomically(journalFile(), JSON.stringify(journal));
}

/** Whether the journal's swap happened (the store no longer has the version it replaces). */
export function swapHappened(journal: Journal): boolean {
  return currentStore().version !== journal.replaces;
}

/** The swap did not happen: nothing of this publish is on the site, and nothing of it is kept. */
export function dropJournal(): void {
  rmSync(nextManifestFile(), { force: true });
  rmSync(journalFile(), { force: true });
}

/**
 * After the swap: the manifest in place, and the store's version file and route table made to
 * match the store (the store writer writes them just after the store; a kill between the writes
 * leaves them one version behind, and the server checks the version before it revalidates).
 */
export function completeSwap(): void {
  if (existsSync(nextManifestFile())) renameSync(nextManifestFile(), manifestFile());
  const store = currentStore();
  const written = existsSync(versionFile())
    ? (JSON.parse(readFileSync(versionFile(), 'utf8')) as { version?: string }).version
    : undefined;
  if (written !== store.version) writeAtomically(versionFile(), `${JSON.stringify({ version: store.version })}\n`);
  const routes = existsSync(routesFile())
    ? (JSON.parse(readFileSync(routesFile(), 'utf8')) as { version?: string }).version
    : undefined;
  if (routes !== store.version) {
    writeAtomically(routesFile(), JSON.stringify(routeTableOf(store.version, store)));
  }
}

/** Everything is done: the journal goes. */
export function closeJournal(): void {
  rmSync(journalFile(), { force: true });
}
