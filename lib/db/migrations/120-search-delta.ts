import { type Kysely, sql } from 'kysely';

import { bytesType } from '../columns';
import type { DialectName } from '../connection';

/**
 * The search delta in the database (docs/decisions/024-search-index-per-year.md, and
 * docs/decisions/053-pictures-and-search-in-the-database.md), so every instance serves the same
 * delta without a shared folder (lib/search/delta-store.ts):
 *
 * - search_delta_files: each file of a delta bundle, by the bundle's version (time in base 36,
 *   then random hex) and its name inside the bundle (pagefind.js, index/en_….pf_index). A publish
 *   writes its bundle, moves the pointer and drops bundles older than the previous one in one
 *   transaction; the previous one stays for readers who loaded the old pointer.
 * - search_delta_pointer: one row, name `current`: the pointer readers start from
 *   (/pagefind-delta/current.json, DeltaPointer as JSON) and the version it names (null when the
 *   delta only removes stories).
 * - search_base_ids: the page id Pagefind gave each story URL in the base bundles, written by
 *   `npm run build:search`; a publish looks up only the URLs it hides.
 */
export async function up(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  const key = dialect === 'postgres' ? sql`text collate "C"` : sql`text`;
  await db.schema
    .createTable('search_delta_files')
    .addColumn('version', key, (column) => column.notNull())
    .addColumn('name', key, (column) => column.notNull())
    .addColumn('bytes', bytesType(dialect), (column) => column.notNull())
    .addPrimaryKeyConstraint('search_delta_files_key', ['version', 'name'])
    .execute();
  await db.schema
    .createTable('search_delta_pointer')
    .addColumn('name', 'text', (column) => column.primaryKey())
    .addColumn('version', 'text')
    .addColumn('pointer', 'text', (column) => column.notNull())
    .execute();
  await db.schema
    .createTable('search_base_ids')
    .addColumn('url', key, (column) => column.primaryKey())
    .addColumn('page_id', 'text', (column) => column.notNull())
    .execute();
}
