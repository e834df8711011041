import { type Kysely, sql } from 'kysely';

import type { DialectName } from '../connection';

/**
 * The publish manifest in the database (docs/decisions/055-publish-manifest-in-the-database.md):
 * what the last build or publish saw of every content file, so a publish asks for the few rows
 * it needs by an index instead of parsing a file that grows with the archive. Migration 100's
 * content_files (path, record) was never written; it is made again with the columns a publish
 * asks by.
 *
 * - content_files: one row per content file. path: inside the content folder
 *   (articles/2026/x.mdx), the key (a live blog's files are a range of it); kind: article, live,
 *   post, author, section, page, indexed to read the few authors, sections and pages; slug: the
 *   file's slug (a live blog's folder name for its index.mdx), indexed for duplicate slugs and
 *   ALSO READ targets; size, mtime_ms: the file as last seen, so `npm run publish` without
 *   arguments compares its folder listing with `select path, size, mtime_ms`; publish_ms: a
 *   story's date (article) or coverage start (live blog) in ms when it is not a draft, else
 *   null, indexed so the embargoes ending between two clocks are an index range; record: the
 *   FileRecord as JSON (lib/validation/model.ts).
 * - content_file_links: each ALSO READ target a file names (its path, the target slug), indexed
 *   by target so "which files name slug X" is an index search when X changes or goes.
 *
 * content_search_delta (migration 100) keeps the manifest's sinceBuild; content_state's row
 * `content_dir` the folder the last build read.
 */
export async function up(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  // Slugs and paths sort byte by byte on both databases, as in migration 100.
  const key = dialect === 'postgres' ? sql`text collate "C"` : sql`text`;
  const real = dialect === 'postgres' ? 'double precision' : 'real';
  await db.schema.dropTable('content_files').execute();
  await db.schema
    .createTable('content_files')
    .addColumn('path', key, (column) => column.primaryKey())
    .addColumn('kind', 'text', (column) => column.notNull())
    .addColumn('slug', key, (column) => column.notNull())
    .addColumn('size', 'integer', (column) => column.notNull())
    .addColumn('mtime_ms', real, (column) => column.notNull())
    .addColumn('publish_ms', real)
    .addColumn('record', 'text', (column) => column.notNull())
    .execute();
  await db.schema.createIndex('content_files_by_slug').on('content_files').columns(['slug', 'path']).execute();
  // Authors, sections and pages (few) are read whole by every publish: by kind, not by a scan.
  await db.schema.createIndex('content_files_by_kind').on('content_files').columns(['kind', 'path']).execute();
  await db.schema.createIndex('content_files_by_publish').on('content_files').columns(['publish_ms', 'path']).execute();
  await db.schema
    .createTable('content_file_links')
    .addColumn('path', key, (column) => column.notNull())
    .addColumn('target', key, (column) => column.notNull())
    .addPrimaryKeyConstraint('content_file_links_key', ['path', 'target'])
    .execute();
  await db.schema
    .createIndex('content_file_links_by_target')
    .on('content_file_links')
    .columns(['target', 'path'])
    .execute();
}
