/** Column shapes that differ between SQLite and PostgreSQL, written once for every migration. */
import type { CreateTableBuilder } from 'kysely';

import type { DialectName } from './connection';

/** An `id` primary key the database numbers itself: SQLite's INTEGER PRIMARY KEY, PostgreSQL's identity. */
export function withAutoId<Name extends string>(table: CreateTableBuilder<Name>, dialect: DialectName) {
  return dialect === 'postgres'
    ? table.addColumn('id', 'integer', (column) => column.primaryKey().generatedAlwaysAsIdentity())
    : table.addColumn('id', 'integer', (column) => column.primaryKey().autoIncrement());
}

/** Bytes kept whole (a picture, a search index file): SQLite's BLOB, PostgreSQL's bytea. */
export const bytesType = (dialect: DialectName) => (dialect === 'postgres' ? 'bytea' : 'blob');
