import type { Kysely } from 'kysely';

import { withAutoId } from '../columns';
import type { DialectName } from '../connection';

/** A table of notes about the database itself: proves the layer on SQLite and PostgreSQL alike. */
export async function up(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  await withAutoId(db.schema.createTable('dateline_meta'), dialect)
    .addColumn('note', 'text', (column) => column.notNull())
    .execute();
}
