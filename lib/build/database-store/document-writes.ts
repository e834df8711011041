/** Writing content_documents: a build writes only the documents that changed, a publish all of them. */
import type { Insertable } from 'kysely';

import type { DialectName } from '../../db/connection';
import type { ContentDocumentTable } from '../../db/schema';
import { insertRows, type Writer } from './batches';
import { documentKey, documentRows, type StoreDocuments } from './documents';

/** Makes the table hold exactly `documents`, touching only rows that differ. */
export async function syncDocuments(trx: Writer, dialect: DialectName, documents: StoreDocuments) {
  const wanted = new Map(documentRows(documents).map((row) => [documentKey(row), row]));
  const current = await trx.selectFrom('content_documents').selectAll().execute();
  const same = (row: (typeof current)[number]) => {
    const next = wanted.get(documentKey(row));
    return next?.record === row.record && next.source_path === row.source_path;
  };
  const stale = current.filter((row) => !same(row));
  for (const row of stale) {
    await trx.deleteFrom('content_documents').where('kind', '=', row.kind).where('slug', '=', row.slug).execute();
  }
  const kept = new Set(current.filter(same).map(documentKey));
  const fresh: Insertable<ContentDocumentTable>[] = [...wanted.values()].filter((row) => !kept.has(documentKey(row)));
  await insertRows(trx, dialect, 'content_documents', fresh);
  const replaced = new Set(fresh.map(documentKey));
  return { documents: fresh.length, documentsRemoved: stale.filter((row) => !replaced.has(documentKey(row))).length };
}

/** A publish that changed a shared file: the few documents are written again whole. */
export async function replaceDocuments(trx: Writer, dialect: DialectName, documents: StoreDocuments): Promise<void> {
  const rows = documentRows(documents);
  await trx.deleteFrom('content_documents').execute();
  await insertRows(trx, dialect, 'content_documents', rows);
}
