/**
 * Authors, sections and pages (content_documents): a few hundred rows at most, read whole and
 * parsed once per version of the store, then answered from memory.
 */
import type { Section } from 'contentlayer/generated';

import type { ContentDocumentKind } from '../../db/schema';
import type { StoredAuthor, StoredPage } from '../store';
import { contentDatabase, contentDatabaseWhere, forgetOnReset } from './connection';
import { storeVersion } from './version';

export interface StoreDocuments {
  /** The store's version these were read at (or just before). */
  version: string;
  authors: StoredAuthor[];
  authorsBySlug: Map<string, StoredAuthor>;
  sections: Section[];
  sectionsBySlug: Map<string, Section>;
  /** Sections in navigation order: their `order`, then title. */
  orderedSections: Section[];
  pages: StoredPage[];
  pagesBySlug: Map<string, StoredPage>;
}

function parse(row: { kind: ContentDocumentKind; slug: string; record: string }): unknown {
  try {
    return JSON.parse(row.record);
  } catch (error) {
    throw new Error(
      `${contentDatabaseWhere()}: content_documents (${row.kind}, ${row.slug}): record is not JSON (${(error as Error).message}) — run npm run build`,
    );
  }
}

async function readDocuments(version: string): Promise<StoreDocuments> {
  const { db } = await contentDatabase();
  const rows = await db
    .selectFrom('content_documents')
    .select(['kind', 'slug', 'record'])
    .orderBy('kind')
    .orderBy('slug')
    .execute();
  const authors = rows.filter((row) => row.kind === 'author').map((row) => parse(row) as StoredAuthor);
  const sections = rows.filter((row) => row.kind === 'section').map((row) => parse(row) as Section);
  const pages = rows.filter((row) => row.kind === 'page').map((row) => parse(row) as StoredPage);
  return {
    version,
    authors,
    authorsBySlug: new Map(authors.map((author) => [author.slug, author])),
    sections,
    sectionsBySlug: new Map(sections.map((section) => [section.slug, section])),
    orderedSections: [...sections].sort((a, b) => a.order - b.order || a.title.localeCompare(b.title)),
    pages,
    pagesBySlug: new Map(pages.map((page) => [page.slug, page])),
  };
}

let cached: { version: string; documents: Promise<StoreDocuments> } | undefined;
forgetOnReset(() => (cached = undefined));

/** The store's authors, sections and pages, as of its current version. */
export async function storeDocuments(): Promise<StoreDocuments> {
  const version = await storeVersion();
  if (cached?.version !== version) {
    const documents = readDocuments(version);
    cached = { version, documents };
    // A failed read is not kept: the next call tries again.
    documents.catch(() => {
      if (cached?.documents === documents) cached = undefined;
    });
  }
  return cached.documents;
}
