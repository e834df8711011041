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

/** Newest stories of a section, without the excluded one. */
export function latestInSection<A extends IndexableArticle>(index: ArchiveIndex<A>, section: string, limit: number, exclude?: A): A[] {
  return (index.bySection.get(section) ?? []).filter((article) => article !== exclude).slice(0, limit);
}

/** Editors' picks, newest first, without the excluded one. */
export function picks<A extends IndexableArticle>(index: ArchiveIndex<A>, limit: number, exclude?: A): A[] {
  return index.all.filter((article) => article.pick && article !== exclude).slice(0, limit);
}
