import type { Kysely } from 'kysely';

import { withAutoId } from '../columns';
import type { DialectName } from '../connection';

/**
 * The desk's publishing tables (docs/decisions/040-desk-workspace-and-publish-queue):
 * - desk_jobs: the publish queue, one row per publish, unpublish or scheduled lift; a job left
 *   `running` by a desk that was killed is queued again at the next start;
 * - desk_sync: for each content file, its bytes' hash when the workspace and content/ last
 *   agreed (the base of the three-way sync) and the size:time of both sides then;
 * - desk_saves: who saved each story in the desk last, and when.
 */
export async function up(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  await withAutoId(db.schema.createTable('desk_jobs'), dialect)
    .addColumn('kind', 'text', (column) => column.notNull())
    .addColumn('story', 'text')
    .addColumn('requested_by', 'text', (column) => column.notNull())
    .addColumn('state', 'text', (column) => column.notNull())
    .addColumn('result', 'text')
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('finished_at', 'text')
    .execute();
  await db.schema.createIndex('desk_jobs_state').on('desk_jobs').columns(['state', 'id']).execute();
  await db.schema.createIndex('desk_jobs_story').on('desk_jobs').columns(['story', 'id']).execute();
  await db.schema
    .createTable('desk_sync')
    .addColumn('path', 'text', (column) => column.primaryKey())
    .addColumn('hash', 'text')
    .addColumn('content_stat', 'text', (column) => column.notNull())
    .addColumn('workspace_stat', 'text', (column) => column.notNull())
    .addColumn('conflict', 'integer', (column) => column.notNull().defaultTo(0))
    .execute();
  await db.schema
    .createTable('desk_saves')
    .addColumn('story', 'text', (column) => column.primaryKey())
    .addColumn('user_id', 'text', (column) => column.notNull())
    .addColumn('user_name', 'text', (column) => column.notNull())
    .addColumn('user_email', 'text', (column) => column.notNull())
    .addColumn('saved_at', 'text', (column) => column.notNull())
    .execute();
}
