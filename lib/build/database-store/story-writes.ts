/**
 * Writing and deleting whole stories: the content_stories row with its tag, author and ALSO
 * READ rows, always together, so no list ever keeps a row of a story that is gone.
 */
import type { DialectName } from '../../db/connection';
import type { StoryRows } from '../story-rows';
import { chunks, insertRows, KEYS_PER_STATEMENT, type Writer } from './batches';

export async function deleteStories(trx: Writer, paths: readonly string[]): Promise<void> {
  for (const slice of chunks(paths, KEYS_PER_STATEMENT)) {
    await trx.deleteFrom('content_story_tags').where('source_path', 'in', slice).execute();
    await trx.deleteFrom('content_story_authors').where('source_path', 'in', slice).execute();
    await trx.deleteFrom('content_story_links').where('source_path', 'in', slice).execute();
    await trx.deleteFrom('content_stories').where('source_path', 'in', slice).execute();
  }
}

/** Inserts the rows of stories that have none now; returns how many rows it wrote. */
export async function insertStories(trx: Writer, dialect: DialectName, stories: readonly StoryRows[]): Promise<number> {
  return (
    (await insertRows(
      trx,
      dialect,
      'content_stories',
      stories.map((rows) => rows.story),
    )) +
    (await insertRows(
      trx,
      dialect,
      'content_story_tags',
      stories.flatMap((rows) => rows.tags),
    )) +
    (await insertRows(
      trx,
      dialect,
      'content_story_authors',
      stories.flatMap((rows) => rows.authors),
    )) +
    (await insertRows(
      trx,
      dialect,
      'content_story_links',
      stories.flatMap((rows) => rows.links),
    ))
  );
}
