/**
 * lib/content: the only module that reads Contentlayer's generated data, at request time.
 * Routes ask it questions; it answers with plain, typed values. Importing it does no work: the
 * store is read on the first question, and indexes are built once per version of the content
 * store, which `npm run publish` replaces while the server runs. lib/build writes that store.
 *
 * Every question is asynchronous, even one answered from memory today: the store moves into the
 * database (issue 24), where each answer is a query, and callers then need not change again.
 */
import { buildNow } from '../now';
import { pageSlice } from '../pagination';
import { pageCount, routes } from '../routes';
import { plainText } from '../schema/computed';
import { site } from '../site';
import { correctionsLog } from './corrections';
import { refreshStoreVersion } from './database';
import { breakingStory, composeFront, type Front } from './front';
import { groupByMonth, groupByPublicationYear } from './grouping';
import { adjacentIn, latestInSection, picks } from './indexes';
import { modifiedOf } from './modified';
import { relatedTo as rankRelated } from './related';
import {
  authorRef,
  authorRefs,
  content,
  findArticle,
  index,
  newestParams,
  sectionRef,
  storyDetail,
  summarize,
} from './state';
import { readBodySource, type StoredArticle as Article, type StoredPage as Page } from './store';
import type {
  ArchiveMonth,
  ArticleDetail,
  ArticleMeta,
  ArticleSummary,
  AuthorProfile,
  AuthorRef,
  CorrectionEntry,
  ListPage,
  SearchDocument,
  SectionRef,
  TagRef,
} from './types';

// Routes and components take their types from here, so lib/content stays the one way in.
export type { Front } from './front';
export { getLiveBlog, isLiveBlog, liveBlogParams, liveBlogState, livePageParams } from './live-blogs';
export type * from './types';

/**
 * The version of the content store in the database, read now (the revalidate endpoint asks after
 * a publish: every question after it sees that publish).
 */
export async function contentVersion(): Promise<string> {
  return refreshStoreVersion();
}

export async function sections(): Promise<SectionRef[]> {
  return content().orderedSections.map(sectionRef);
}

export async function navSections(): Promise<SectionRef[]> {
  return content()
    .orderedSections.filter((section) => section.nav)
    .map(sectionRef);
}

/** Every published article's route params, newest first; the newest `limit` only when given. */
export async function articleParams(limit?: number): Promise<{ section: string; slug: string }[]> {
  return newestParams(limit);
}

export async function getSection(slug: string): Promise<SectionRef | undefined> {
  const section = content().sectionsBySlug.get(slug);
  return section && sectionRef(section);
}

export async function getArticle(section: string, slug: string): Promise<ArticleDetail | undefined> {
  const article = findArticle(section, slug);
  if (!article || article.live) return undefined;
  return {
    ...storyDetail(article),
    ...(article.byline ? { byline: article.byline } : {}),
    ...(article.source ? { source: article.source } : {}),
    ...(article.dateline ? { dateline: article.dateline } : {}),
    readingTime: article.readingTime,
    corrections: [...(article.corrections ?? [])]
      .map(({ date, text }) => ({ date, text }))
      .sort((a, b) => Date.parse(a.date) - Date.parse(b.date)),
    correctionsPosition: article.correctionsPosition === 'top' ? 'top' : 'bottom',
  };
}

/**
 * Summaries of the published stories with these slugs; a slug with none is left out. For a story
 * the store does not hold yet (a draft in the desk's preview, lib/desk/preview/): its ALSO READ targets.
 */
export async function summariesBySlug(slugs: readonly string[]): Promise<Record<string, ArticleSummary>> {
  const found: Record<string, ArticleSummary> = {};
  for (const slug of slugs) {
    const article = index().bySlug.get(slug);
    if (article) found[slug] = summarize(article);
  }
  return found;
}

/** What a story's social card shows: its headline, section and picture; an article or a live blog alike. */
export async function storyCard(
  section: string,
  slug: string,
): Promise<Pick<ArticleSummary, 'title' | 'sectionTitle' | 'image'> | undefined> {
  const article = findArticle(section, slug);
  if (!article) return undefined;
  const { title, sectionTitle, image } = summarize(article);
  return { title, sectionTitle, ...(image ? { image } : {}) };
}

/** Previous (older) and next (newer) story in the same section. */
export async function adjacent(
  section: string,
  slug: string,
): Promise<{ previous?: ArticleSummary; next?: ArticleSummary }> {
  const article = findArticle(section, slug);
  if (!article) return {};
  const { previous, next } = adjacentIn(index(), article);
  return { previous: previous && summarize(previous), next: next && summarize(next) };
}

export async function latestIn(
  section: string,
  options: { exclude?: string; limit?: number } = {},
): Promise<ArticleSummary[]> {
  const exclude = options.exclude ? index().bySlug.get(options.exclude) : undefined;
  return latestInSection(index(), section, options.limit ?? site.lists.latestInSection, exclude).map(summarize);
}

export async function editorsPicks(options: { exclude?: string; limit?: number } = {}): Promise<ArticleSummary[]> {
  const exclude = options.exclude ? index().bySlug.get(options.exclude) : undefined;
  return picks(index(), options.limit ?? site.lists.editorsPicks, exclude).map(summarize);
}

/** Related stories (see ./related.ts), leaving out slugs the page already lists. */
export async function relatedTo(
  section: string,
  slug: string,
  options: { exclude?: string[]; limit?: number } = {},
): Promise<ArticleSummary[]> {
  const article = findArticle(section, slug);
  if (!article) return [];
  const exclude = new Set((options.exclude ?? []).flatMap((other) => index().bySlug.get(other) ?? []));
  return rankRelated(index(), article, options.limit ?? site.lists.related, exclude).map(summarize);
}

/** Newest published stories across the site. */
export async function latest(limit: number): Promise<ArticleSummary[]> {
  return index().all.slice(0, limit).map(summarize);
}

/** A section's stories, newest first (light summaries only). */
export async function storiesIn(section: string, limit?: number): Promise<ArticleSummary[]> {
  const list = index().bySection.get(section) ?? [];
  return (limit === undefined ? list : list.slice(0, limit)).map(summarize);
}

export async function getPage(
  slug: string,
): Promise<{ title: string; description: string; bodyCode: string } | undefined> {
  const page: Page | undefined = content().pages.find((candidate) => candidate.slug === slug);
  return page && { title: page.title, description: page.description, bodyCode: page.bodyCode };
}

/** Static pages (About, Contact, …) for the footer, in a stable order. */
export async function staticPages(): Promise<{ slug: string; url: string; title: string }[]> {
  return [...content().pages]
    .sort((a, b) => a.title.localeCompare(b.title))
    .map(({ slug, url, title }) => ({ slug, url, title }));
}

const sectionSize = (section: string): number => index().bySection.get(section)?.length ?? 0;

/** How many published stories a section has (for its page count). */
export async function countIn(section: string): Promise<number> {
  return sectionSize(section);
}

/** Every tag in use, by display name; `slug` is its URL key. */
export async function tags(): Promise<TagRef[]> {
  return [...index().tagNames]
    .map(([slug, name]) => ({ slug, name, url: routes.tag(slug), count: index().byTag.get(slug)?.length ?? 0 }))
    .sort((a, b) => a.name.localeCompare(b.name, site.dateLocale));
}

export async function getTag(slug: string): Promise<TagRef | undefined> {
  const name = index().tagNames.get(slug);
  return name === undefined
    ? undefined
    : { slug, name, url: routes.tag(slug), count: index().byTag.get(slug)?.length ?? 0 };
}

/** Every author, by name, with how many published stories they have. */
export async function authors(): Promise<(AuthorRef & { count: number })[]> {
  return [...content().authorsBySlug.values()]
    .map((author) => ({ ...authorRef(author), count: index().byAuthor.get(author.slug)?.length ?? 0 }))
    .sort((a, b) => a.name.localeCompare(b.name, site.dateLocale));
}

const monthOf = new Intl.DateTimeFormat('en-CA', { timeZone: site.timeZone, year: 'numeric', month: '2-digit' });

/** Months that have stories, newest first; a story's month is its month in the site's time zone. */
export async function archiveMonths(): Promise<ArchiveMonth[]> {
  const counts = new Map<string, number>();
  for (const article of index().all) {
    const key = monthOf.format(new Date(article.date)); // "2026-11"
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].map(([key, count]) => {
    const [year, month] = key.split('-').map(Number) as [number, number];
    return { year, month, count, url: routes.archiveMonth(year, month) };
  });
}

// ── Fronts: home, section, tag, author and archive pages. Every list is a slice of a prebuilt
// newest-first index, summarised page by page, so no page reads a body or scans the archive.

function listPage(list: readonly Article[], page: number): ListPage | undefined {
  const slice = pageSlice(list.length, page, site.pageSize);
  if (!slice) return undefined;
  return {
    stories: list.slice(slice.start, slice.end).map(summarize),
    page,
    pageCount: slice.pageCount,
    total: list.length,
  };
}

/** Page `page` of a section front; undefined for an unknown section or a page past the end. */
export async function sectionPage(section: string, page: number): Promise<ListPage | undefined> {
  return content().sectionsBySlug.has(section) ? listPage(index().bySection.get(section) ?? [], page) : undefined;
}

/** Page `page` of a tag's stories, by tag slug; undefined for a tag no published story carries. */
export async function tagPage(slug: string, page: number): Promise<ListPage | undefined> {
  const list = index().byTag.get(slug);
  return list && listPage(list, page);
}

/** Page `page` of an author's stories; undefined for an unknown author. */
export async function authorPage(slug: string, page: number): Promise<ListPage | undefined> {
  return content().authorsBySlug.has(slug) ? listPage(index().byAuthor.get(slug) ?? [], page) : undefined;
}

export async function sectionPageCount(section: string): Promise<number> {
  return pageCount(sectionSize(section), site.pageSize);
}

export async function tagPageCount(slug: string): Promise<number> {
  return pageCount(index().byTag.get(slug)?.length ?? 0, site.pageSize);
}

export async function authorPageCount(slug: string): Promise<number> {
  return pageCount(index().byAuthor.get(slug)?.length ?? 0, site.pageSize);
}

export async function getAuthor(slug: string): Promise<AuthorProfile | undefined> {
  const author = content().authorsBySlug.get(slug);
  if (!author) return undefined;
  return {
    ...authorRef(author),
    ...(author.avatar ? { avatar: author.avatar } : {}),
    links: (author.links ?? []).map(({ label, href }) => ({ label, href })),
    bioCode: author.bodyCode,
    bio: plainText(author.body.raw),
  };
}

/** Stories of one month (site time zone), newest first. */
export async function monthStories(year: number, month: number): Promise<ArticleSummary[]> {
  const months = (content().months ??= groupByMonth(index().all, site.timeZone));
  return (months.get(`${year}-${String(month).padStart(2, '0')}`) ?? []).map(summarize);
}

/** The home front's running order (see ./front.ts), as summaries. */
export async function homeFront(): Promise<Front<ArticleSummary>> {
  const front = composeFront(
    index(),
    content().orderedSections.map((section) => section.slug),
    site.front,
  );
  return {
    lead: front.lead && summarize(front.lead),
    top: front.top.map(summarize),
    sections: front.sections.map(({ section, stories }) => ({ section, stories: stories.map(summarize) })),
    latest: front.latest.map(summarize),
    picks: front.picks.map(summarize),
  };
}

/** The story for the breaking-news banner at build time, if any (docs/decisions/006). */
export async function breakingNews(now: Date = buildNow()): Promise<ArticleSummary | undefined> {
  const story = breakingStory(index(), now, site.breakingWindowHours);
  return story && summarize(story);
}

/** Every correction to a published story, newest first, for the /corrections page. */
export async function corrections(): Promise<CorrectionEntry[]> {
  return correctionsLog(index().all).map((entry) => ({
    ...entry,
    story: {
      ...entry.story,
      sectionTitle: content().sectionsBySlug.get(entry.story.section)?.title ?? entry.story.section,
    },
  }));
}

/** Newest published stories with their authors and tags (feeds), site-wide or for one section. */
export async function syndicated(limit: number, section?: string): Promise<ArticleMeta[]> {
  const list = section === undefined ? index().all : (index().bySection.get(section) ?? []);
  return list.slice(0, limit).map((article) => ({
    ...summarize(article),
    authors: authorRefs(article.authors ?? []),
    ...(article.byline ? { byline: article.byline } : {}),
    tags: article.tags ?? [],
  }));
}

/** Address and last change of every published article (sitemaps): one pass, no summaries. */
export async function articleLocations(): Promise<{ url: string; modified: string }[]> {
  return index().all.map((article) => ({ url: article.url, modified: modifiedOf(article) }));
}

/** Stories published in [from, to), newest first; walks the sorted archive only as far as `from`. */
export async function publishedBetween(from: Date, to: Date): Promise<ArticleSummary[]> {
  const found: ArticleSummary[] = [];
  for (const article of index().all) {
    const time = Date.parse(article.date);
    if (time < from.getTime()) break;
    if (time < to.getTime()) found.push(summarize(article));
  }
  return found;
}

const searchDocument = (article: Article): SearchDocument => ({
  ...summarize(article),
  text: plainText(readBodySource(article)),
});

/** Every published article with its body as plain text (reads every body: prefer searchDocumentsOf). */
export async function searchDocuments(): Promise<SearchDocument[]> {
  return index().all.map(searchDocument);
}

/**
 * The published stories among these slugs, with their bodies as plain text, for a publish's
 * search delta (lib/search/search-delta.ts). A slug that is not published is left out: it
 * belongs in the delta's removals.
 */
export async function searchDocumentsFor(slugs: readonly string[]): Promise<SearchDocument[]> {
  return slugs.flatMap((slug) => {
    const article = index().bySlug.get(slug);
    return article ? [searchDocument(article)] : [];
  });
}

const byYear = () => (content().years ??= groupByPublicationYear(index().all, site.timeZone));

/** Years that have published stories, newest first, with how many; a story's year is its year in the site's time zone. */
export async function searchYears(): Promise<{ year: number; stories: number }[]> {
  return [...byYear()].map(([year, articles]) => ({ year, stories: articles.length }));
}

/**
 * One year's published articles with their bodies as plain text, newest first, read one at a
 * time: the search index is built year by year, so only one year's bodies are ever in memory.
 */
export async function* searchDocumentsOf(year: number): AsyncGenerator<SearchDocument> {
  for (const article of byYear().get(year) ?? []) yield searchDocument(article);
}
