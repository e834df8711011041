/**
 * A desk account's name and email by its id, for the author of a publish's commit: the queue
 * keeps only who asked (an id), and a job may run after a restart, so the account is read from
 * Better Auth's `user` table (the library's table, not listed in lib/db/schema.ts) when needed.
 */
import { sql } from 'kysely';

import type { Database } from '../../db/connection';
import type { Author } from './history';

export function accountAuthors(database: Database): (userId: string) => Promise<Author | undefined> {
  return async (userId) => {
    try {
      const { rows } = await sql<Author>`select "name", "email" from "user" where "id" = ${userId}`.execute(
        database.db,
      );
      const row = rows[0];
      return row ? { name: row.name, email: row.email } : undefined;
    } catch {
      return undefined; // No accounts table (a test desk, a tool's database): the desk names the id.
    }
  };
}
