/**
 * The tables Dateline's own migrations create (lib/db/migrations/), as Kysely sees them. Tables a
 * library owns (Better Auth's user, session, account, verification, apikey) are not listed: the
 * library reads and writes them itself.
 */
import type { Generated } from 'kysely';

export interface MigrationNoteTable {
  /** A row the first migration writes, so a test can see the layer on either database. */
  id: Generated<number>;
  note: string;
}

export interface DatabaseSchema {
  dateline_meta: MigrationNoteTable;
}
