/**
 * How a story of the content store becomes rows of the database (lib/db/migrations/100-content-store.ts):
 * its content_stories row, one row per tag, author and ALSO READ target. The one place that
 * decides the columns the lists sort and filter on; lib/content reads them back.
 */
import type { Insertable } from 'kysely';

import { tagKey } from '../content/indexes';
import { isPublished } from '../content/published';
import type { StoredArticle } from '../content/store';
import type {
  ContentStoryAuthorTable,
  ContentStoryLinkTable,
  ContentStoryTable,
  ContentStoryTagTable,
} from '../db/schema';
import { readEnv } from '../env';
import { site } from '../site';
import { fingerprint } from '../source/fingerprint';

export interface StoryRows {
  story: Insertable<ContentStoryTable>;
  tags: Insertable<ContentStoryTagTable>[];
  authors: Insertable<ContentStoryAuthorTable>[];
  links: Insertable<ContentStoryLinkTable>[];
}

const flag = (value: unknown): number => (value === true ? 1 : 0);

// A build turns every story of the archive into rows: making a date format per story (as
// lib/content/grouping.ts monthKey does) and slugifying every tag again cost seconds at
// 100,000 stories, so both are kept. Same results: ./story-rows.test.ts compares them.
const monthFormats = new Map<string, Intl.DateTimeFormat>();
/** "2026-11": the story's month in `timeZone`, as lib/content/grouping.ts monthKey. */
export function storyMonth(iso: string, timeZone: string): string {
  let format = monthFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    monthFormats.set(timeZone, format);
  }
  return format.format(new Date(iso)).slice(0, 7);
}

const tagKeys = new Map<string, string>();
/** lib/content/indexes.ts tagKey, remembered: an archive uses a few thousand tags hundreds of thousands of times. */
export function storyTagKey(tag: string): string {
  let key = tagKeys.get(tag);
  if (key === undefined) {
    // Bounded, for a long-running desk that publishes for months.
    if (tagKeys.size >= 100_000) tagKeys.clear();
    key = tagKey(tag);
    tagKeys.set(tag, key);
  }
  return key;
}

/**
 * `now` is the build's or the publish's clock: a story dated after it is written unlisted, and
 * listed by the publish that lifts its embargo (the desk's scheduler). A preview build
 * (DATELINE_PREVIEW) lists drafts and embargoed stories too, as the route table always has.
 */
export function storyRows(
  article: StoredArticle,
  now: Date,
  env: Readonly<Record<string, string | undefined>> = process.env,
): StoryRows {
  const record = JSON.stringify(article);
  const dateMs = Date.parse(article.date);
  if (Number.isNaN(dateMs)) throw new Error(`${article.sourceFilePath}: date: "${article.date}" is not a date`);
  const month = storyMonth(article.date, site.timeZone);
  const listed = readEnv('DATELINE_PREVIEW', env) || isPublished(article, now) ? 1 : 0;
  const common = {
    source_path: article.sourceFilePath,
    slug: article.slug,
    section: article.section,
    date_ms: dateMs,
    listed,
  };
  // One row per tag key: "Brexit" and "brexit" on one story are one topic (lib/content/indexes.ts).
  const tags = new Map<string, string>();
  for (const tag of article.tags ?? []) {
    const key = storyTagKey(tag);
    if (key && !tags.has(key)) tags.set(key, tag.trim());
  }
  return {
    story: {
      ...common,
      month,
      year: Number(month.slice(0, 4)),
      featured: flag(article.featured),
      pick: flag(article.pick),
      breaking: flag(article.breaking),
      live: article.live ? 1 : 0,
      corrected: (article.corrections?.length ?? 0) > 0 ? 1 : 0,
      record,
      record_hash: fingerprint(record),
    },
    tags: [...tags].map(([key, tag]) => ({ ...common, tag_key: key, tag })),
    authors: [...new Set(article.authors ?? [])].map((author) => ({ ...common, author })),
    links: [...new Set(article.alsoRead)].map((target) => ({
      target_slug: target,
      source_path: article.sourceFilePath,
    })),
  };
}
