/**
 * lib/content: the only module that reads the content store, at request time. Routes ask it
 * questions; it answers with plain, typed values. Importing it does no work. The store is in the
 * database (issue 24, ./database): each question is an indexed query, or a bounded few, reading
 * only the stories it answers with; what is held in memory (sections, authors, pages) is small
 * and read again when a build or `npm run publish` changes the store's version.
 */
import { buildNow } from '../now';
import { pageSlice } from '../pagination';
import { pageCount, routes } from '../routes';
import { plainText } from '../schema/computed';
import { site } from '../site';
import { correctionsLog } from './corrections';
import {
  adjacentInSection,
  breakingStory,
  homeFront as frontOf,
  listCount,
  listEntry,
  listKeys,
  listPage,
  refreshStoreVersion,
  relatedStories,
  storiesBetween,
  storiesBySlugs,
  storyIn,
  type StoryList,
} from './database';
import type { Front } from './front';
import { modifiedOf } from './modified';
import {
  authorRef,
  authorRefs,
  documents,
  everyStory,
  firstWithout,
  mapEveryStory,
  sectionRef,
  storyDetail,
  summarize,
  summarizeAll,
} from './state';
import { readBodySource, type StoredArticle as Article } from './store';
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
  return (await documents()).orderedSections.map(sectionRef);
}

export async function navSections(): Promise<SectionRef[]> {
  return (await documents()).orderedSections.filter((section) => section.nav).map(sectionRef);
}

/** Every published article's route params, newest first; the newest `limit` only when given. */
export async function articleParams(limit?: number): Promise<{ section: string; slug: string }[]> {
  return mapEveryStory({ kind: 'all' }, ({ section, slug }) => ({ section, slug }), limit);
}

export async function getSection(slug: string): Promise<SectionRef | undefined> {
  const section = (await documents()).sectionsBySlug.get(slug);
  return section && sectionRef(section);
}

export async function getArticle(section: string, slug: string): Promise<ArticleDetail | undefined> {
  const article = await storyIn(section, slug);
  if (!article || article.live) return undefined;
  return {
    ...(await storyDetail(article)),
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
  const [stories, docs] = await Promise.all([storiesBySlugs(slugs), documents()]);
  const found: Record<string, ArticleSummary> = {};
  for (const slug of slugs) {
    const article = stories.get(slug);
    if (article) found[slug] = summarize(article, docs);
  }
  return found;
}

/** What a story's social card shows: its headline, section and picture; an article or a live blog alike. */
export async function storyCard(
  section: string,
  slug: string,
): Promise<Pick<ArticleSummary, 'title' | 'sectionTitle' | 'image'> | undefined> {
  const article = await storyIn(section, slug);
  if (!article) return undefined;
  const { title, sectionTitle, image } = summarize(article, await documents());
  return { title, sectionTitle, ...(image ? { image } : {}) };
}

/** Previous (older) and next (newer) story in the same section. */
export async function adjacent(
  section: string,
  slug: string,
): Promise<{ previous?: ArticleSummary; next?: ArticleSummary }> {
  const article = await storyIn(section, slug);
  if (!article) return {};
  const [{ previous, next }, docs] = await Promise.all([adjacentInSection(article), documents()]);
  return { previous: previous && summarize(previous, docs), next: next && summarize(next, docs) };
}

export async function latestIn(
  section: string,
  options: { exclude?: string; limit?: number } = {},
): Promise<ArticleSummary[]> {
  const limit = options.limit ?? site.lists.latestInSection;
  return summarizeAll(await firstWithout({ kind: 'section', key: section }, limit, options.exclude));
}

export async function editorsPicks(options: { exclude?: string; limit?: number } = {}): Promise<ArticleSummary[]> {
  return summarizeAll(await firstWithout({ kind: 'pick' }, options.limit ?? site.lists.editorsPicks, options.exclude));
}

/** Related stories (see ./related.ts), leaving out slugs the page already lists. */
export async function relatedTo(
  section: string,
  slug: string,
  options: { exclude?: string[]; limit?: number } = {},
): Promise<ArticleSummary[]> {
  const article = await storyIn(section, slug);
  if (!article) return [];
  const related = await relatedStories(article, options.limit ?? site.lists.related, { exclude: options.exclude });
  return summarizeAll(related);
}

/** Newest published stories across the site. */
export async function latest(limit: number): Promise<ArticleSummary[]> {
  return summarizeAll(await listPage({ kind: 'all' }, { limit }));
}

export async function getPage(
  slug: string,
): Promise<{ title: string; description: string; bodyCode: string } | undefined> {
  const page = (await documents()).pagesBySlug.get(slug);
  return page && { title: page.title, description: page.description, bodyCode: page.bodyCode };
}

/** Static pages (About, Contact, …) for the footer, in a stable order. */
export async function staticPages(): Promise<{ slug: string; url: string; title: string }[]> {
  return [...(await documents()).pages]
    .sort((a, b) => a.title.localeCompare(b.title))
    .map(({ slug, url, title }) => ({ slug, url, title }));
}

/** How many published stories a section has (for its page count). */
export async function countIn(section: string): Promise<number> {
  return listCount({ kind: 'section', key: section });
}

/** Every tag in use, by display name; `slug` is its URL key. */
export async function tags(): Promise<TagRef[]> {
  return (await listKeys('tag'))
    .map(({ key, name, count }) => ({ slug: key, name, url: routes.tag(key), count }))
    .sort((a, b) => a.name.localeCompare(b.name, site.dateLocale));
}

export async function getTag(slug: string): Promise<TagRef | undefined> {
  const tag = await listEntry('tag', slug);
  return tag && { slug, name: tag.name, url: routes.tag(slug), count: tag.count };
}

/** Every author, by name, with how many published stories they have. */
export async function authors(): Promise<(AuthorRef & { count: number })[]> {
  const [docs, counted] = await Promise.all([documents(), listKeys('author')]);
  const counts = new Map(counted.map(({ key, count }) => [key, count]));
  return docs.authors
    .map((author) => ({ ...authorRef(author), count: counts.get(author.slug) ?? 0 }))
    .sort((a, b) => a.name.localeCompare(b.name, site.dateLocale));
}

/** Months that have stories, newest first; a story's month is its month in the site's time zone. */
export async function archiveMonths(): Promise<ArchiveMonth[]> {
  return (await listKeys('month')).map(({ key, count }) => {
    const [year, month] = key.split('-').map(Number) as [number, number]; // "2026-11"
    return { year, month, count, url: routes.archiveMonth(year, month) };
  });
}

// ── Fronts: home, section, tag, author and archive pages. Every list is one page of an index
// read newest first, with its count from content_lists, so no page reads a body or scans the archive.

async function listPageOf(list: StoryList, page: number, total: number): Promise<ListPage | undefined> {
  const slice = pageSlice(total, page, site.pageSize);
  if (!slice) return undefined;
  const stories = await listPage(list, { limit: slice.end - slice.start, offset: slice.start });
  return { stories: await summarizeAll(stories), page, pageCount: slice.pageCount, total };
}

/** Page `page` of a section front; undefined for an unknown section or a page past the end. */
export async function sectionPage(section: string, page: number): Promise<ListPage | undefined> {
  const list: StoryList = { kind: 'section', key: section };
  const [docs, total] = await Promise.all([documents(), listCount(list)]);
  return docs.sectionsBySlug.has(section) ? listPageOf(list, page, total) : undefined;
}

/** Page `page` of a tag's stories, by tag slug; undefined for a tag no published story carries. */
export async function tagPage(slug: string, page: number): Promise<ListPage | undefined> {
  const list: StoryList = { kind: 'tag', key: slug };
  const total = await listCount(list);
  return total === 0 ? undefined : listPageOf(list, page, total);
}

/** Page `page` of an author's stories; undefined for an unknown author. */
export async function authorPage(slug: string, page: number): Promise<ListPage | undefined> {
  const list: StoryList = { kind: 'author', key: slug };
  const [docs, total] = await Promise.all([documents(), listCount(list)]);
  return docs.authorsBySlug.has(slug) ? listPageOf(list, page, total) : undefined;
}

export async function sectionPageCount(section: string): Promise<number> {
  return pageCount(await listCount({ kind: 'section', key: section }), site.pageSize);
}

export async function tagPageCount(slug: string): Promise<number> {
  return pageCount(await listCount({ kind: 'tag', key: slug }), site.pageSize);
}

export async function authorPageCount(slug: string): Promise<number> {
  return pageCount(await listCount({ kind: 'author', key: slug }), site.pageSize);
}

export async function getAuthor(slug: string): Promise<AuthorProfile | undefined> {
  const author = (await documents()).authorsBySlug.get(slug);
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
  const docs = await documents();
  const key = `${year}-${String(month).padStart(2, '0')}`;
  return mapEveryStory({ kind: 'month', key }, (article) => summarize(article, docs));
}

/** The home front's running order (see ./front.ts), as summaries. */
export async function homeFront(): Promise<Front<ArticleSummary>> {
  const docs = await documents();
  const front = await frontOf(
    docs.orderedSections.map((section) => section.slug),
    site.front,
  );
  const summary = (article: Article) => summarize(article, docs);
  return {
    lead: front.lead && summary(front.lead),
    top: front.top.map(summary),
    sections: front.sections.map(({ section, stories }) => ({ section, stories: stories.map(summary) })),
    latest: front.latest.map(summary),
    picks: front.picks.map(summary),
  };
}

/** The story for the breaking-news banner at build time, if any (docs/decisions/006). */
export async function breakingNews(now: Date = buildNow()): Promise<ArticleSummary | undefined> {
  const story = await breakingStory(now, site.breakingWindowHours);
  return story && summarize(story, await documents());
}

/** Every correction to a published story, newest first, for the /corrections page. */
export async function corrections(): Promise<CorrectionEntry[]> {
  const docs = await documents();
  const corrected: Article[] = [];
  for await (const article of everyStory({ kind: 'corrected' })) corrected.push(article);
  return correctionsLog(corrected).map((entry) => ({
    ...entry,
    story: {
      ...entry.story,
      sectionTitle: docs.sectionsBySlug.get(entry.story.section)?.title ?? entry.story.section,
    },
  }));
}

/** Newest published stories with their authors and tags (feeds), site-wide or for one section. */
export async function syndicated(limit: number, section?: string): Promise<ArticleMeta[]> {
  const list: StoryList = section === undefined ? { kind: 'all' } : { kind: 'section', key: section };
  const [stories, docs] = await Promise.all([listPage(list, { limit }), documents()]);
  return stories.map((article) => ({
    ...summarize(article, docs),
    authors: authorRefs(article.authors ?? [], docs),
    ...(article.byline ? { byline: article.byline } : {}),
    tags: article.tags ?? [],
  }));
}

/** Address and last change of every published article (sitemaps): `batch` stories at a time, no summaries. */
/**
 * When each story of a section last changed, newest story first: what the sitemap needs of a
 * section's pages, without holding a summary of every story (at 100,000 stories the summaries
 * took the server several hundred MB each time the sitemap was made again).
 */
export async function modifiedTimesIn(section: string, batch?: number): Promise<string[]> {
  return mapEveryStory({ kind: 'section', key: section }, modifiedOf, undefined, batch);
}

export async function articleLocations(batch?: number): Promise<{ url: string; modified: string }[]> {
  const locate = (article: Article) => ({ url: article.url, modified: modifiedOf(article) });
  return mapEveryStory({ kind: 'all' }, locate, undefined, batch);
}

/** Stories published in [from, to), newest first: one range of the newest-first index. */
export async function publishedBetween(from: Date, to: Date): Promise<ArticleSummary[]> {
  return summarizeAll(await storiesBetween(from, to));
}

const searchDocument = (article: Article, docs: Awaited<ReturnType<typeof documents>>): SearchDocument => ({
  ...summarize(article, docs),
  text: plainText(readBodySource(article)),
});

/** Every published article with its body as plain text (reads every body: prefer searchDocumentsOf). */
export async function searchDocuments(): Promise<SearchDocument[]> {
  const docs = await documents();
  return mapEveryStory({ kind: 'all' }, (article) => searchDocument(article, docs));
}

/**
 * The published stories among these slugs, with their bodies as plain text, for a publish's
 * search delta (lib/search/search-delta.ts). A slug that is not published is left out: it
 * belongs in the delta's removals.
 */
export async function searchDocumentsFor(slugs: readonly string[]): Promise<SearchDocument[]> {
  const [stories, docs] = await Promise.all([storiesBySlugs(slugs), documents()]);
  return slugs.flatMap((slug) => {
    const article = stories.get(slug);
    return article ? [searchDocument(article, docs)] : [];
  });
}

/** Years that have published stories, newest first, with how many; a story's year is its year in the site's time zone. */
export async function searchYears(): Promise<{ year: number; stories: number }[]> {
  return (await listKeys('year')).map(({ key, count }) => ({ year: Number(key), stories: count }));
}

/**
 * One year's published articles with their bodies as plain text, newest first, read a batch
 * at a time: the search index is built year by year, so only a batch's records are ever in memory.
 */
export async function* searchDocumentsOf(year: number, batch?: number): AsyncGenerator<SearchDocument> {
  const docs = await documents();
  for await (const article of everyStory({ kind: 'year', key: year }, undefined, batch)) {
    yield searchDocument(article, docs);
  }
}
