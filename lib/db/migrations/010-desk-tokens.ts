import type { Kysely } from 'kysely';

import { withAutoId } from '../columns';
import type { DialectName } from '../connection';

/**
 * API tokens for newsroom tools (docs/decisions/039): only a SHA-256 of each token is
 * kept, so a copy of the database does not hand out working tokens. `user_id` is Better Auth's
 * user id; a revoked token keeps its row (revoked_at set) so the audit of who had one stays.
 */
export async function up(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  await withAutoId(db.schema.createTable('desk_token'), dialect)
    .addColumn('user_id', 'text', (column) => column.notNull())
    .addColumn('token_hash', 'text', (column) => column.notNull().unique())
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('revoked_at', 'text')
    .execute();
  await db.schema.createIndex('desk_token_user').on('desk_token').column('user_id').execute();
}
