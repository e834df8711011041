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

// access
/** An API token of the desk (lib/desk/auth/tokens.ts): its hash, never the token itself. */
export interface DeskTokenTable {
  id: Generated<number>;
  /** Better Auth's user id. */
  user_id: string;
  /** SHA-256 of the token, hex. */
  token_hash: string;
  /** ISO 8601. */
  created_at: string;
  revoked_at: string | null;
}

export interface DatabaseSchema {
  dateline_meta: MigrationNoteTable;
  // access
  desk_token: DeskTokenTable;
}
