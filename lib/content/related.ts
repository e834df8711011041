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
 * posting lists of the article's own tags. A common tag's list can hold a large share of the
 * archive, which would make every article page walk most of it (quadratic over a build), so
 * at most `window` stories of each list are walked: those published nearest the article
 * (docs/decisions/015). The best `limit` are kept in one pass instead of sorting every
 * candidate. If fewer than `limit` stories share a tag, the newest stories of the same section
 * fill the remaining places.
 */
import { type ArchiveIndex, newestFirst, tagKey } from './indexes';
import type { IndexableArticle } from './types';

/** Stories walked per tag: enough for four good picks, small enough to keep pages cheap. */
export const RELATED_WINDOW = 400;

/** The part of a newest-first list within `window` places of `article` (which it contains). */
function around<A extends IndexableArticle>(list: readonly A[], article: A, window: number): readonly A[] {
  if (list.length <= window) return list;
  let low = 0;
  let high = list.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (newestFirst(list[middle] as A, article) < 0) low = middle + 1;
    else high = middle;
  }
  const start = Math.max(0, Math.min(low - (window >> 1), list.length - window));
  return list.slice(start, start + window);
}

export function relatedTo<A extends IndexableArticle>(
  index: ArchiveIndex<A>,
  article: A,
  limit: number,
  /** Stories the page already shows elsewhere (e.g. in "Latest from <Section>"). */
  exclude: ReadonlySet<A> = new Set(),
  window = RELATED_WINDOW,
): A[] {
  const total = index.all.length;
  const scores = new Map<A, number>();
  for (const key of new Set((article.tags ?? []).map(tagKey))) {
    const tagged = index.byTag.get(key) ?? [];
    const weight = Math.log(1 + total / Math.max(1, tagged.length));
    for (const candidate of around(tagged, article, window)) {
      if (candidate !== article && !exclude.has(candidate))
        scores.set(candidate, (scores.get(candidate) ?? 0) + weight);
    }
  }
  const sameSection = (candidate: A) => (candidate.section === article.section ? 1 : 0);
  const better = (a: A, b: A) =>
    (scores.get(b) as number) - (scores.get(a) as number) || sameSection(b) - sameSection(a) || newestFirst(a, b);
  // Keep the best `limit` in order while walking the candidates once.
  const ranked: A[] = [];
  for (const candidate of scores.keys()) {
    if (ranked.length === limit && better(candidate, ranked[limit - 1] as A) >= 0) continue;
    let at = ranked.length;
    while (at > 0 && better(candidate, ranked[at - 1] as A) < 0) at--;
    ranked.splice(at, 0, candidate);
    if (ranked.length > limit) ranked.pop();
  }
  if (ranked.length < limit) {
    for (const candidate of index.bySection.get(article.section) ?? []) {
      if (ranked.length >= limit) break;
      if (candidate !== article && !scores.has(candidate) && !exclude.has(candidate)) ranked.push(candidate);
    }
  }
  return ranked;
}
