/**
 * Indexes over the published archive, built once per process: by slug, section, tag and
 * author, each list newest first. Pure over its input so tests can build one from fixtures.
 */
import type { IndexableArticle } from './types';

export interface ArchiveIndex<A extends IndexableArticle> {
  /** Every published article, newest first. */
  all: A[];
  bySlug: Map<string, A>;
  bySection: Map<string, A[]>;
  /** Keyed by tagKey(tag). */
  byTag: Map<string, A[]>;
  byAuthor: Map<string, A[]>;
  /** Position of each article in its section list (newest first), for previous/next. */
  sectionPosition: Map<A, number>;
}

/** Tags compare without regard to case or surrounding spaces: "Brexit" and "brexit " are one topic. */
export const tagKey = (tag: string) => tag.trim().toLocaleLowerCase('en');

export const newestFirst = <A extends { date: string; slug: string }>(a: A, b: A) =>
  Date.parse(b.date) - Date.parse(a.date) || a.slug.localeCompare(b.slug);

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function buildIndex<A extends IndexableArticle>(articles: readonly A[]): ArchiveIndex<A> {
  const all = articles.filter((article) => !article.draft).sort(newestFirst);
  const index: ArchiveIndex<A> = {
    all,
    bySlug: new Map(),
    bySection: new Map(),
    byTag: new Map(),
    byAuthor: new Map(),
    sectionPosition: new Map(),
  };
  // `all` is sorted, so every list below is filled newest first without sorting again.
  for (const article of all) {
    index.bySlug.set(article.slug, article);
    push(index.bySection, article.section, article);
    index.sectionPosition.set(article, (index.bySection.get(article.section) as A[]).length - 1);
    for (const tag of new Set((article.tags ?? []).map(tagKey))) push(index.byTag, tag, article);
    for (const author of article.authors ?? []) push(index.byAuthor, author, article);
  }
  return index;
}

/**
 * The stories either side of `article` in its section, by date. "Previous" is the older
 * story and "next" the newer one, as in a print archive; the newest story has no next and
 * the oldest no previous.
 */
export function adjacentIn<A extends IndexableArticle>(index: ArchiveIndex<A>, article: A): { previous?: A; next?: A } {
  const list = index.bySection.get(article.section) ?? [];
  const position = index.sectionPosition.get(article);
  if (position === undefined) return {};
  return { previous: list[position + 1], next: position > 0 ? list[position - 1] : undefined };
}

/**
 * The first `limit` items that `keep` accepts. Every article page asks for a few stories; it
 * must stop there, not filter the whole archive (that would make a build quadratic).
 */
function firstOf<A>(list: readonly A[], limit: number, keep: (item: A) => boolean): A[] {
  const found: A[] = [];
  for (const item of list) {
    if (found.length >= limit) break;
    if (keep(item)) found.push(item);
  }
  return found;
}

/** Newest stories of a section, without the excluded one. */
export function latestInSection<A extends IndexableArticle>(index: ArchiveIndex<A>, section: string, limit: number, exclude?: A): A[] {
  return firstOf(index.bySection.get(section) ?? [], limit, (article) => article !== exclude);
}

// Picks are rare, so finding a few by walking the archive could still walk most of it: list them once per index.
const pickLists = new WeakMap<ArchiveIndex<IndexableArticle>, IndexableArticle[]>();

/** Editors' picks, newest first, without the excluded one. */
export function picks<A extends IndexableArticle>(index: ArchiveIndex<A>, limit: number, exclude?: A): A[] {
  let list = pickLists.get(index) as A[] | undefined;
  if (!list) {
    list = index.all.filter((article) => article.pick);
    pickLists.set(index, list);
  }
  return firstOf(list, limit, (article) => article !== exclude);
}
