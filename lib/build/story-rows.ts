/**
 * How a story of the content store becomes rows of the database (lib/db/migrations/100-content-store.ts):
 * its content_stories row, one row per tag, author and ALSO READ target. The one place that
 * decides the columns the lists sort and filter on; lib/content reads them back.
 */
import type { Insertable } from 'kysely';

import { monthKey } from '../content/grouping';
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
  const month = monthKey(article.date, site.timeZone);
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
    const key = tagKey(tag);
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
