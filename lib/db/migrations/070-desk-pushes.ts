import type { Kysely } from 'kysely';

import { withAutoId } from '../columns';
import type { DialectName } from '../connection';

/**
 * desk_pushes: one row per push the desk pulled (lib/desk/follow/, docs/decisions/043-a-push-publishes.md):
 * the commit range, who pushed, and per file what happened (published with its address, refused
 * with the check's messages), or the conflict with both commits. Written when the pull starts
 * (state `running`), so a desk killed mid-publish finishes the same push at its next start.
 */
export async function up(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  await withAutoId(db.schema.createTable('desk_pushes'), dialect)
    .addColumn('job_id', 'integer', (column) => column.notNull())
    .addColumn('state', 'text', (column) => column.notNull())
    .addColumn('branch', 'text', (column) => column.notNull())
    .addColumn('local_commit', 'text', (column) => column.notNull())
    .addColumn('pushed_commit', 'text', (column) => column.notNull())
    .addColumn('merged_commit', 'text')
    .addColumn('authors', 'text', (column) => column.notNull())
    .addColumn('files', 'text', (column) => column.notNull())
    .addColumn('message', 'text')
    .addColumn('started_at', 'text', (column) => column.notNull())
    .addColumn('finished_at', 'text')
    .execute();
  await db.schema.createIndex('desk_pushes_job').on('desk_pushes').column('job_id').execute();
}
