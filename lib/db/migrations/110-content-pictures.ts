import { type Kysely, sql } from 'kysely';

import { bytesType } from '../columns';
import type { DialectName } from '../connection';

/**
 * content_pictures: the pictures published stories name that a server may not have on its own
 * disk (docs/decisions/053-pictures-and-search-in-the-database.md). A publish copies each picture
 * its stories name here (lib/publish/pictures.ts); server/public-files.js serves a picture from
 * here when neither Next's start-up listing of public/ nor this host's disk has it, so instances
 * on other machines, which share only the database, serve it too.
 *
 * - path: the address under the site root as a reader asks for it, decoded (/images/a/b.jpg);
 * - bytes: the file; content_type: from its extension, as public files are served;
 * - sha256: hex of the bytes, the strong ETag, and how a publish skips a picture it already has;
 * - size: bytes' length; added_at: ISO 8601, when these bytes were written (Last-Modified).
 */
export async function up(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  // Paths compare byte by byte on both databases, as the server looks them up.
  const key = dialect === 'postgres' ? sql`text collate "C"` : sql`text`;
  await db.schema
    .createTable('content_pictures')
    .addColumn('path', key, (column) => column.primaryKey())
    .addColumn('bytes', bytesType(dialect), (column) => column.notNull())
    .addColumn('content_type', 'text', (column) => column.notNull())
    .addColumn('sha256', 'text', (column) => column.notNull())
    .addColumn('size', 'integer', (column) => column.notNull())
    .addColumn('added_at', 'text', (column) => column.notNull())
    .execute();
}
