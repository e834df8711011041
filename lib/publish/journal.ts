/**
 * The publish journal (docs/decisions/037-publish-journal-and-lock.md): a publish that is killed
 * at any step, `kill -9` included, loses nothing, because what must follow the store swap is
 * written down before the swap, and every publish first finishes what the journal still holds.
 *
 * The swap is the publish's transaction in the content store's database (./database-write.ts),
 * which writes the manifest's rows and the search delta since the build with the stories, so
 * the journal need carry no manifest. Before the swap the publish writes the journal: the
 * database's store version it replaces, the search delta, the pages to revalidate known before
 * the write and what to ask the store for the rest once written (./affected-pages-database.ts).
 * After the swap it writes version.json, updates search, revalidates and deletes the journal.
 * The next publish that finds a journal asks one question, whether the database still has the
 * version the journal replaces:
 * - yes: the swap never happened; the journal is dropped, and the same changes are found and
 *   published again (the manifest's rows, unchanged, still say they are new);
 * - no: the swap happened; every step after it is done again (each one is idempotent:
 *   version.json, the search delta since the build, the revalidation of the same pages).
 * A full build in between drops the journal (lib/build/manifest.ts pendingManifestWritten).
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';

import { writeAtomically } from '../atomic-write';
import { journalFile } from '../build/manifest';
import { versionFile } from '../paths';
import type { Revalidation } from '../revalidate/request';
import type { AfterChange } from './affected-pages-database';

export interface Journal {
  /** The database's store version this publish replaces: while it still has it, the swap did not happen. */
  replaces: string;
  /** The search delta since the last build (lib/search), sent whole each time. */
  search: { upsert: string[]; remove: string[] };
  /** The pages to render again known before the write, sent with whatever store version is current when they are. */
  revalidate: Revalidation;
  /** What to ask the store once written for the rest of the pages (none when every page is rendered again). */
  after?: AfterChange;
}

export function readJournal(): Journal | undefined {
  if (!existsSync(journalFile())) return undefined;
  return JSON.parse(readFileSync(journalFile(), 'utf8')) as Journal;
}

/** Written before the store swap. */
export function writeJournal(journal: Journal): void {
  writeAtomically(journalFile(), JSON.stringify(journal));
}

/** Whether the journal's swap happened: the database (whose version is `current`) no longer has the version it replaces. */
export function swapHappened(journal: Journal, current: string | undefined): boolean {
  return current !== journal.replaces;
}

/** The swap did not happen, or everything after it is done: the journal goes. */
export function closeJournal(): void {
  rmSync(journalFile(), { force: true });
}

/**
 * After the swap: version.json made to name the database's version (`next dev` imports it, so
 * a publish reloads the preview's pages; servers read the database).
 */
export function completeSwap(version: string): void {
  const written = existsSync(versionFile())
    ? (JSON.parse(readFileSync(versionFile(), 'utf8')) as { version?: string }).version
    : undefined;
  if (written !== version) writeAtomically(versionFile(), `${JSON.stringify({ version })}\n`);
}
