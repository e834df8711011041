import type { Kysely } from 'kysely';

/**
 * Preview links (docs/EDITING.md, "Preview links"; lib/desk/preview/): one row per link a
 * reporter or editor made for a draft or scheduled story. The link's address carries its id and
 * expiry, signed (lib/desk/preview/signature.ts); this row is what lets the desk list a story's
 * links and withdraw one before it expires (`revoked_at`). The id is random (not a counter), so
 * one link says nothing about how many others exist.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('desk_preview_links')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('story', 'text', (column) => column.notNull())
    .addColumn('created_by', 'text', (column) => column.notNull())
    .addColumn('created_name', 'text', (column) => column.notNull())
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('expires_at', 'text', (column) => column.notNull())
    .addColumn('revoked_at', 'text')
    .execute();
  await db.schema
    .createIndex('desk_preview_links_story')
    .on('desk_preview_links')
    .columns(['story', 'expires_at'])
    .execute();
}
