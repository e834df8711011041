import type { Kysely } from 'kysely';

import { withAutoId } from '../columns';
import type { DialectName } from '../connection';

/**
 * Review (docs/EDITING.md, "Review"; lib/desk/review/store.ts): desk_reviews holds one row per
 * "Submit for review" of a story. The story's latest row is its review: `waiting` until an editor
 * sends it back (`sent back`, with the editor's note) or a publish job for the story that was
 * queued after the submission (id above `after_job`) finishes. Earlier rows stay as the story's
 * review history; nothing here is a content change.
 */
export async function up(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  await withAutoId(db.schema.createTable('desk_reviews'), dialect)
    .addColumn('story', 'text', (column) => column.notNull())
    .addColumn('state', 'text', (column) => column.notNull())
    .addColumn('submitted_by', 'text', (column) => column.notNull())
    .addColumn('submitted_name', 'text', (column) => column.notNull())
    .addColumn('submitted_at', 'text', (column) => column.notNull())
    .addColumn('submit_note', 'text')
    .addColumn('reviewed_by', 'text')
    .addColumn('reviewed_name', 'text')
    .addColumn('reviewed_at', 'text')
    .addColumn('review_note', 'text')
    .addColumn('after_job', 'integer', (column) => column.notNull().defaultTo(0))
    .execute();
  await db.schema.createIndex('desk_reviews_story').on('desk_reviews').columns(['story', 'id']).execute();
  await db.schema.createIndex('desk_reviews_state').on('desk_reviews').columns(['state', 'id']).execute();
}
