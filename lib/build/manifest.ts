/**
 * The manifest: what the last build or publish saw of every content file (size, time, hash,
 * and for articles their date, draft flag and ALSO READ targets). `npm run check:content`
 * writes it as a pending file; the content store writer writes it into the database
 * (content_files, lib/build/database-store/file-writes.ts) in the transaction that writes the
 * store it describes, so a failed build never leaves a manifest ahead of the store, and then
 * deletes the pending file. `npm run publish` reads only the rows it needs from the database.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

import { writeAtomically } from '../atomic-write';
import { datelineDir, manifestFile, pendingManifestFile } from '../paths';
import type { FileRecord } from '../validation/model';

export interface PendingManifest {
  /** The content folder it describes (absolute), so a publish from another CONTENT_DIR is refused. */
  contentDir: string;
  files: FileRecord[];
}

export function writePendingManifest(contentDir: string, files: FileRecord[]): void {
  const manifest: PendingManifest = { contentDir, files };
  writeAtomically(pendingManifestFile(), JSON.stringify(manifest));
}

/** What a publish must finish if it is stopped after its store swap (lib/publish/journal.ts). */
export const journalFile = () => path.join(datelineDir(), 'publish-journal.json');

/** The manifest of the last content check, not yet written into the database by a build. */
export function readPendingManifest(): PendingManifest | undefined {
  if (!existsSync(pendingManifestFile())) return undefined;
  return JSON.parse(readFileSync(pendingManifestFile(), 'utf8')) as PendingManifest;
}

/**
 * Called by the store writer once the build's store and manifest rows are committed. The pending
 * file goes, so a later store write without a content check (Contentlayer run by itself) cannot
 * put this older picture over a publish's rows. The build supersedes any publish left unfinished
 * before it (its store, search index and pages are all new), so that publish's journal goes too.
 * manifest.json is what builds before the manifest moved into the database left.
 */
export function pendingManifestWritten(): void {
  rmSync(pendingManifestFile(), { force: true });
  rmSync(journalFile(), { force: true });
  rmSync(manifestFile(), { force: true });
  rmSync(`${manifestFile()}.next`, { force: true });
}
