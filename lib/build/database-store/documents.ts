/**
 * Authors, sections and pages in the database (content_documents): few and read whole, so a
 * build or a publish that changed one of them compares and rewrites them all.
 */
import type { Insertable } from 'kysely';

import type { ContentDocumentKind, ContentDocumentTable } from '../../db/schema';

/** The records lib/content/store.ts keeps: StoredAuthor, Section, StoredPage (Contentlayer's fields, plus bodyCode). */
export interface StoreDocuments {
  authors: readonly Record<string, unknown>[];
  sections: readonly Record<string, unknown>[];
  pages: readonly Record<string, unknown>[];
}

const KINDS: [ContentDocumentKind, keyof StoreDocuments][] = [
  ['author', 'authors'],
  ['section', 'sections'],
  ['page', 'pages'],
];

export function documentRows(documents: StoreDocuments): Insertable<ContentDocumentTable>[] {
  const rows: Insertable<ContentDocumentTable>[] = [];
  for (const [kind, field] of KINDS) {
    for (const record of documents[field]) {
      // Records typed by Contentlayer always carry _raw; the path is what a publish matches files by.
      const sourcePath = (record._raw as { sourceFilePath?: string } | undefined)?.sourceFilePath ?? '';
      const slug = record.slug;
      if (typeof slug !== 'string' || slug === '') {
        throw new Error(
          `${sourcePath || `a record of ${field}`}: slug: missing — the ${kind} has no slug; run npm run build:content again`,
        );
      }
      rows.push({ kind, slug, source_path: sourcePath, record: JSON.stringify(record) });
    }
  }
  return rows;
}

/** Identity of a document row: kind and slug (the table's key). */
export const documentKey = (row: { kind: string; slug: string }) => `${row.kind}\u0000${row.slug}`;
