/**
 * Stories found by their place in time: the previous and next story of a section, the stories
 * of a span of dates and the breaking story. Each is one range of an index in its order, read
 * from a known key (date_ms, slug) rather than counted from the top of the list.
 */
import type { Kysely } from 'kysely';

import type { DatabaseSchema } from '../../db/schema';
import type { StoredArticle } from '../store';
import { contentDatabase } from './connection';
import { storyRecord } from './records';
import { requestScope, type Scope } from './scope';

type Placed = Pick<StoredArticle, 'section' | 'slug' | 'date'>;
interface StoryRow {
  record: string;
  source_path: string;
}

/**
 * The rows either side of `story` in its section of `db`: older is the previous story and newer
 * the next one, as in a print archive (lib/content/indexes.ts adjacentIn). "Older" is later in
 * newest-first order: an earlier date, or the same date and a slug after it. Takes the database
 * so that a publish can ask it of the store before and after its own transaction.
 */
export async function adjacentRows(
  db: Kysely<DatabaseSchema>,
  story: Placed,
  scope: Scope,
): Promise<{ older?: StoryRow; newer?: StoryRow }> {
  const at = Date.parse(story.date);
  const inSection = db
    .selectFrom('content_stories')
    .select(['record', 'source_path'])
    .where('section', '=', story.section)
    .$if(scope === 'published', (query) => query.where('listed', '=', 1));
  // The date bound alone is the index range; the slug condition drops the few rows of the same date.
  const [older, newer] = await Promise.all([
    inSection
      .where('date_ms', '<=', at)
      .where((eb) => eb.or([eb('date_ms', '<', at), eb('slug', '>', story.slug)]))
      .orderBy('date_ms', 'desc')
      .orderBy('slug', 'asc')
      .limit(1)
      .executeTakeFirst(),
    inSection
      .where('date_ms', '>=', at)
      .where((eb) => eb.or([eb('date_ms', '>', at), eb('slug', '<', story.slug)]))
      .orderBy('date_ms', 'asc')
      .orderBy('slug', 'desc')
      .limit(1)
      .executeTakeFirst(),
  ]);
  return { ...(older ? { older } : {}), ...(newer ? { newer } : {}) };
}

/** The previous (older) and next (newer) story of `story`'s section, as the site reads them. */
export async function adjacentInSection(
  story: Placed,
  scope: Scope = requestScope(),
): Promise<{ previous?: StoredArticle; next?: StoredArticle }> {
  const { db } = await contentDatabase();
  const { older, newer } = await adjacentRows(db, story, scope);
  return {
    ...(older ? { previous: storyRecord(older) } : {}),
    ...(newer ? { next: storyRecord(newer) } : {}),
  };
}

/** Stories dated in [from, to), newest first (the news sitemap's two days, a day's digest). */
export async function storiesBetween(from: Date, to: Date, scope: Scope = requestScope()): Promise<StoredArticle[]> {
  const { db } = await contentDatabase();
  const rows = await db
    .selectFrom('content_stories')
    .select(['record', 'source_path'])
    .$if(scope === 'published', (query) => query.where('listed', '=', 1))
    .where('date_ms', '>=', from.getTime())
    .where('date_ms', '<', to.getTime())
    .orderBy('date_ms', 'desc')
    .orderBy('slug', 'asc')
    .execute();
  return rows.map(storyRecord);
}

/**
 * The story for the breaking-news banner: the newest marked breaking and dated within
 * `windowHours` before `now`, never after it (lib/content/front.ts breakingStory).
 */
export async function breakingStory(
  now: Date,
  windowHours: number,
  scope: Scope = requestScope(),
): Promise<StoredArticle | undefined> {
  const { db } = await contentDatabase();
  const until = now.getTime();
  const row = await db
    .selectFrom('content_stories')
    .select(['record', 'source_path'])
    .where('breaking', '=', 1)
    .$if(scope === 'published', (query) => query.where('listed', '=', 1))
    .where('date_ms', '<=', until)
    .where('date_ms', '>=', until - windowHours * 3_600_000)
    .orderBy('date_ms', 'desc')
    .orderBy('slug', 'asc')
    .limit(1)
    .executeTakeFirst();
  return row && storyRecord(row);
}
