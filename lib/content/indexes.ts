/**
 * Indexes over the published archive, built once per process: by slug, section, tag and
 * author, each list newest first. Pure over its input so tests can build one from fixtures.
 */
import { tagSlug } from '../routes';
import { isPublished } from './published';
import type { IndexableArticle } from './types';

export interface ArchiveIndex<A extends IndexableArticle> {
  /** Every published article, newest first. */
  all: A[];
  bySlug: Map<string, A>;
  bySection: Map<string, A[]>;
  /** Keyed by tagKey(tag), which is the tag's URL slug. */
  byTag: Map<string, A[]>;
  /** The display form of each tag key: the spelling editors use most ("São Paulo"), ties to the newest story's. */
  tagNames: Map<string, string>;
  byAuthor: Map<string, A[]>;
  /** Position of each article in its section list (newest first), for previous/next. */
  sectionPosition: Map<A, number>;
}

/**
 * Tags are one topic when their URL slugs are equal: "Brexit", "brexit " and "São Paulo" /
 * "Sao Paulo" each share a page. A tag with an empty slug is refused by the validator.
 */
export const tagKey = (tag: string) => tagSlug(tag);

export const newestFirst = <A extends { date: string; slug: string }>(a: A, b: A) =>
  Date.parse(b.date) - Date.parse(a.date) || a.slug.localeCompare(b.slug);

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export interface IndexOptions {
  /** The build's "now": stories dated after it are embargoed. */
  now?: Date;
  /** Development preview: keep drafts and embargoed stories (pages mark them). Never in production. */
  includeUnpublished?: boolean;
}

export function buildIndex<A extends IndexableArticle>(
  articles: readonly A[],
  options: IndexOptions = {},
): ArchiveIndex<A> {
  // The one place the published rule is applied; every list below is built from `all`.
  // Sorted on times parsed once per story, not twice per comparison (100,000 stories are read
  // again after every publish).
  const all = articles
    .filter((article) => options.includeUnpublished || isPublished(article, options.now))
    .map((article) => ({ article, time: Date.parse(article.date) }))
    .sort((a, b) => b.time - a.time || a.article.slug.localeCompare(b.article.slug))
    .map(({ article }) => article);
  const index: ArchiveIndex<A> = {
    all,
    bySlug: new Map(),
    bySection: new Map(),
    byTag: new Map(),
    tagNames: new Map(),
    byAuthor: new Map(),
    sectionPosition: new Map(),
  };
  const spellings = new Map<string, Map<string, number>>();
  // `all` is sorted, so every list below is filled newest first without sorting again.
  for (const article of all) {
    index.bySlug.set(article.slug, article);
    push(index.bySection, article.section, article);
    index.sectionPosition.set(article, (index.bySection.get(article.section) as A[]).length - 1);
    const keys = new Set<string>();
    for (const tag of article.tags ?? []) {
      const key = tagKey(tag);
      if (!key) continue;
      if (!keys.has(key)) push(index.byTag, key, article);
      keys.add(key);
      const forms = spellings.get(key) ?? new Map<string, number>();
      forms.set(tag.trim(), (forms.get(tag.trim()) ?? 0) + 1);
      spellings.set(key, forms);
    }
    for (const author of article.authors ?? []) push(index.byAuthor, author, article);
  }
  for (const [key, forms] of spellings) {
    // Map order is first-seen, i.e. newest story first, so `>` keeps the newest spelling on a tie.
    let best = '';
    let bestCount = 0;
    for (const [form, count] of forms) if (count > bestCount) [best, bestCount] = [form, count];
    index.tagNames.set(key, best);
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
export function latestInSection<A extends IndexableArticle>(
  index: ArchiveIndex<A>,
  section: string,
  limit: number,
  exclude?: A,
): A[] {
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
