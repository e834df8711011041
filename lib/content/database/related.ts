/**
 * Related stories (lib/content/related.ts's ranking, the same result) from indexed queries:
 * shared tags weighted by rarity, ln(1 + stories / stories with the tag), then the same
 * section, then recency; each tag's list walked only in a window of `window` stories around
 * the article's own date, read by keyset from its place in the list (never counted from the
 * top); the places left filled from the newest of the section. Records are read for the
 * winners only.
 */
import type { Kysely } from 'kysely';

import type { DatabaseSchema } from '../../db/schema';
import { tagKey } from '../indexes';
import { RELATED_WINDOW } from '../related';
import type { StoredArticle } from '../store';
import { contentDatabase } from './connection';
import { listCount } from './lists';
import { bytewise } from './records';
import { requestScope, type Scope } from './scope';
import { storiesByPaths } from './stories';

interface Candidate {
  source_path: string;
  slug: string;
  section: string;
  date_ms: number;
}

/**
 * The part of a tag's list that related.ts's `around` walks: `window` stories, half newer than
 * the article and half from it on, shifted to one side where the other runs out. Two keyset
 * reads from the article's place: the older side first (the article itself, when it carries the
 * tag, included), then only as many newer ones as the older side leaves room for.
 */
async function windowOfTag(
  db: Kysely<DatabaseSchema>,
  key: string,
  at: { date_ms: number; slug: string },
  window: number,
  scope: Scope,
): Promise<Candidate[]> {
  const tagged = db
    .selectFrom('content_story_tags')
    .select(['source_path', 'slug', 'section', 'date_ms'])
    .where('tag_key', '=', key)
    .$if(scope === 'published', (query) => query.where('listed', '=', 1));
  const older = await tagged
    .where('date_ms', '<=', at.date_ms)
    .where((eb) => eb.or([eb('date_ms', '<', at.date_ms), eb('slug', '>=', at.slug)]))
    .orderBy('date_ms', 'desc')
    .orderBy('slug', 'asc')
    .limit(window)
    .execute();
  const half = window >> 1;
  const newer = await tagged
    .where('date_ms', '>=', at.date_ms)
    .where((eb) => eb.or([eb('date_ms', '>', at.date_ms), eb('slug', '<', at.slug)]))
    .orderBy('date_ms', 'asc')
    .orderBy('slug', 'desc')
    .limit(Math.max(half, window - older.length))
    .execute();
  // related.ts starts the window at max(0, min(place - half, length - window)): all the newer
  // ones when fewer than half, else half, or more when the older side is short.
  const newerTaken = Math.min(newer.length, Math.max(half, window - older.length));
  return [...newer.slice(0, newerTaken), ...older.slice(0, window - newerTaken)];
}

export interface RelatedOptions {
  /** Slugs the page already shows elsewhere (e.g. in "Latest from <Section>"). */
  exclude?: readonly string[];
  window?: number;
}

export async function relatedStories(
  article: StoredArticle,
  limit: number,
  { exclude = [], window = RELATED_WINDOW }: RelatedOptions = {},
  scope: Scope = requestScope(),
): Promise<StoredArticle[]> {
  if (limit <= 0) return [];
  const { db } = await contentDatabase();
  const at = { date_ms: Date.parse(article.date), slug: article.slug };
  const excluded = new Set(exclude);
  const keys = [...new Set((article.tags ?? []).map(tagKey))].filter(Boolean);
  const [total, counts, windows] = await Promise.all([
    listCount({ kind: 'all' }, scope),
    Promise.all(keys.map((key) => listCount({ kind: 'tag', key }, scope))),
    Promise.all(keys.map((key) => windowOfTag(db, key, at, window, scope))),
  ]);

  const scores = new Map<string, { candidate: Candidate; score: number }>();
  // Tags in the article's order, as related.ts adds them: the same sums, to the last bit.
  keys.forEach((_, index) => {
    const weight = Math.log(1 + total / Math.max(1, counts[index] as number));
    for (const candidate of windows[index] as Candidate[]) {
      if (candidate.source_path === article.sourceFilePath || excluded.has(candidate.slug)) continue;
      const scored = scores.get(candidate.source_path) ?? { candidate, score: 0 };
      scored.score += weight;
      scores.set(candidate.source_path, scored);
    }
  });
  const sameSection = (candidate: Candidate) => (candidate.section === article.section ? 1 : 0);
  const ranked = [...scores.values()]
    .sort(
      (a, b) =>
        b.score - a.score ||
        sameSection(b.candidate) - sameSection(a.candidate) ||
        b.candidate.date_ms - a.candidate.date_ms ||
        bytewise(a.candidate.slug, b.candidate.slug),
    )
    .slice(0, limit)
    .map(({ candidate }) => candidate.source_path);

  if (ranked.length < limit) {
    // Fewer candidates than places: the scored ones number less than `limit`, so this many of
    // the section's newest always leave enough once they and the excluded are skipped.
    const newest = await db
      .selectFrom('content_stories')
      .select('source_path')
      .select('slug')
      .where('section', '=', article.section)
      .$if(scope === 'published', (query) => query.where('listed', '=', 1))
      .orderBy('date_ms', 'desc')
      .orderBy('slug', 'asc')
      .limit(limit + scores.size + excluded.size + 1)
      .execute();
    for (const { source_path: path, slug } of newest) {
      if (ranked.length >= limit) break;
      if (path !== article.sourceFilePath && !scores.has(path) && !excluded.has(slug)) ranked.push(path);
    }
  }
  return storiesByPaths(ranked, scope);
}
