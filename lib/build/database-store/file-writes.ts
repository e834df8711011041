/**
 * Writing the publish manifest (content_files, content_file_links; lib/db/migrations/130-content-files.ts):
 * what the last build or publish saw of every content file. A build makes the rows match the
 * content check's records, touching only those that differ (a warm build writes none) and
 * emptying the since-build delta; a publish replaces the rows of the files it looked at and
 * adds its stories to the delta. Both inside the transaction that writes the stories, so the
 * manifest is never ahead of (or behind) the store it describes.
 */
import type { Insertable } from 'kysely';

import type { DialectName } from '../../db/connection';
import type { ContentFileLinkTable, ContentFileTable } from '../../db/schema';
import type { FileRecord } from '../../validation/model';
import { chunks, insertRows, KEYS_PER_STATEMENT, type Writer } from './batches';
import { readState, writeState } from './state';

/** What `npm run check:content` saw: the folder it read and a record per file. */
export interface ManifestFiles {
  contentDir: string;
  files: readonly FileRecord[];
}

/** A publish's change to the manifest: rows of files looked at again, and files gone. */
export interface FileChange {
  upsert: readonly FileRecord[];
  remove: readonly string[];
  /** The stories (their URLs) this publish changed or removed, added to the delta since the build. */
  sinceBuild?: { changed: readonly string[]; removed: readonly string[] };
}

const isStory = (record: FileRecord) => record.kind === 'article' || record.kind === 'live';

/** A story's publication time when it is not a draft: what embargo lookups ask by. */
function publishMs(record: FileRecord): number | null {
  if (!isStory(record) || record.draft === true || record.date === undefined) return null;
  const at = Date.parse(record.date);
  return Number.isNaN(at) ? null : at;
}

export function fileRow(record: FileRecord): Insertable<ContentFileTable> {
  return {
    path: record.path,
    kind: record.kind,
    slug: record.slug,
    size: record.size,
    mtime_ms: record.mtimeMs,
    publish_ms: publishMs(record),
    record: JSON.stringify(record),
  };
}

const linkRows = (records: readonly FileRecord[]): Insertable<ContentFileLinkTable>[] =>
  records.flatMap((record) => [...new Set(record.alsoRead ?? [])].map((target) => ({ path: record.path, target })));

async function deleteFiles(trx: Writer, paths: readonly string[]): Promise<void> {
  for (const slice of chunks(paths, KEYS_PER_STATEMENT)) {
    await trx.deleteFrom('content_file_links').where('path', 'in', slice).execute();
    await trx.deleteFrom('content_files').where('path', 'in', slice).execute();
  }
}

async function insertFiles(trx: Writer, dialect: DialectName, records: readonly FileRecord[]): Promise<void> {
  await insertRows(trx, dialect, 'content_files', records.map(fileRow));
  await insertRows(trx, dialect, 'content_file_links', linkRows(records));
}

/** The build: rows made to match `manifest`, only those that differ written; the delta since the build emptied. */
export async function syncFiles(trx: Writer, dialect: DialectName, manifest: ManifestFiles) {
  const stored = new Map(
    (await trx.selectFrom('content_files').select(['path', 'record']).execute()).map((row) => [row.path, row.record]),
  );
  const seen = new Set<string>();
  const changed: FileRecord[] = [];
  for (const record of manifest.files) {
    if (seen.has(record.path)) throw new Error(`${record.path}: the content check recorded this file twice`);
    seen.add(record.path);
    if (stored.get(record.path) !== JSON.stringify(record)) changed.push(record);
  }
  const gone = [...stored.keys()].filter((path) => !seen.has(path));
  await deleteFiles(trx, [...changed.map((record) => record.path).filter((path) => stored.has(path)), ...gone]);
  await insertFiles(trx, dialect, changed);
  if ((await readState(trx, 'content_dir')) !== manifest.contentDir) {
    await writeState(trx, 'content_dir', manifest.contentDir);
  }
  // The build's search index has every story: nothing is pending since it.
  const pending = await trx.selectFrom('content_search_delta').select('url').limit(1).execute();
  if (pending.length > 0) await trx.deleteFrom('content_search_delta').execute();
  return { written: changed.length, removed: gone.length };
}

/** A publish: the rows of the files it looked at replaced, those of deleted files gone, its stories in the delta. */
export async function changeFiles(trx: Writer, dialect: DialectName, change: FileChange): Promise<void> {
  await deleteFiles(trx, [...new Set([...change.remove, ...change.upsert.map((record) => record.path)])]);
  await insertFiles(trx, dialect, change.upsert);
  const delta = [
    ...(change.sinceBuild?.changed ?? []).map((url) => ({ url, change: 'changed' as const })),
    ...(change.sinceBuild?.removed ?? []).map((url) => ({ url, change: 'removed' as const })),
  ];
  for (const slice of chunks(delta, KEYS_PER_STATEMENT)) {
    await trx
      .insertInto('content_search_delta')
      .values(slice)
      .onConflict((conflict) => conflict.column('url').doUpdateSet((row) => ({ change: row.ref('excluded.change') })))
      .execute();
  }
}
