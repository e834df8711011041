/**
 * The manifest: what the last build or publish saw of every content file (size, time, hash,
 * and for articles their date, draft flag and ALSO READ targets). `npm run check:content`
 * writes it as pending; the content store writer promotes it once the store it describes is
 * written, so a failed build never leaves a manifest ahead of the store. `npm run publish`
 * compares the content folder against it to find the few files it must check and publish.
 */
import { existsSync, readFileSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';

import { writeAtomically } from '../atomic-write';
import { datelineDir, manifestFile, pendingManifestFile } from '../paths';
import type { FileRecord } from '../validation/model';

export interface Manifest {
  /** The content folder it describes (absolute), so a publish from another CONTENT_DIR is refused. */
  contentDir: string;
  files: FileRecord[];
  /**
   * Stories added, changed or removed since the last full build (their URLs), kept so that each
   * publish can hand the search index the whole delta since the build (lib/search).
   */
  sinceBuild: { changed: string[]; removed: string[] };
}

export function writePendingManifest(contentDir: string, files: FileRecord[]): void {
  const manifest: Manifest = { contentDir, files, sinceBuild: { changed: [], removed: [] } };
  writeAtomically(pendingManifestFile(), JSON.stringify(manifest));
}

/** What a publish must finish if it is stopped after its store swap (lib/publish/journal.ts). */
export const journalFile = () => path.join(datelineDir(), 'publish-journal.json');
/** The manifest that publish puts in place once its store is swapped. */
export const nextManifestFile = () => `${manifestFile()}.next`;

/**
 * Called by the store writer after a full build's store is in place. The build supersedes any
 * publish left unfinished before it (its store, search index and pages are all new), so that
 * publish's journal goes: finishing it would put an older manifest over the build's.
 */
export function promotePendingManifest(): void {
  if (existsSync(pendingManifestFile())) renameSync(pendingManifestFile(), manifestFile());
  rmSync(nextManifestFile(), { force: true });
  rmSync(journalFile(), { force: true });
}

function read(file: string): Manifest | undefined {
  if (!existsSync(file)) return undefined;
  return JSON.parse(readFileSync(file, 'utf8')) as Manifest;
}

export const readManifest = (): Manifest | undefined => read(manifestFile());

/** The manifest of the last content check, before the build made it current. */
export const readPendingManifest = (): Manifest | undefined => read(pendingManifestFile());

export function writeManifest(manifest: Manifest): void {
  writeAtomically(manifestFile(), JSON.stringify(manifest));
}
