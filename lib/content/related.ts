/**
 * Related stories: the onward journey from an article.
 *
 * Ranking, in order of precedence:
 *   1. shared tags, each weighted by its rarity (inverse document frequency,
 *      ln(1 + N / stories with that tag)): sharing "Korean War" says more than sharing "Politics";
 *   2. same section as the article;
 *   3. recency.
 *
 * Cost: only stories that share at least one tag are scored, by walking the tag index's
 * posting lists of the article's own tags, so the work grows with the size of those lists
 * rather than with every pair of articles in the archive. If fewer than `limit` stories share
 * a tag, the newest stories of the same section fill the remaining places.
 */
import { tagKey, type ArchiveIndex } from './indexes';
import type { IndexableArticle } from './types';

export function relatedTo<A extends IndexableArticle>(
  index: ArchiveIndex<A>,
  article: A,
  limit: number,
  /** Stories the page already shows elsewhere (e.g. in "Latest from <Section>"). */
  exclude: ReadonlySet<A> = new Set(),
): A[] {
  const total = index.all.length;
  const scores = new Map<A, number>();
  for (const key of new Set((article.tags ?? []).map(tagKey))) {
    const tagged = index.byTag.get(key) ?? [];
    const weight = Math.log(1 + total / Math.max(1, tagged.length));
    for (const candidate of tagged) {
      if (candidate !== article && !exclude.has(candidate)) scores.set(candidate, (scores.get(candidate) ?? 0) + weight);
    }
  }
  const sameSection = (candidate: A) => (candidate.section === article.section ? 1 : 0);
  const ranked = [...scores.keys()].sort(
    (a, b) =>
      (scores.get(b) as number) - (scores.get(a) as number) ||
      sameSection(b) - sameSection(a) ||
      Date.parse(b.date) - Date.parse(a.date) ||
      a.slug.localeCompare(b.slug),
  );
  if (ranked.length < limit) {
    for (const candidate of index.bySection.get(article.section) ?? []) {
      if (ranked.length >= limit) break;
      if (candidate !== article && !scores.has(candidate) && !exclude.has(candidate)) ranked.push(candidate);
    }
  }
  return ranked.slice(0, limit);
}
