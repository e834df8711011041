/**
 * lib/content: the only module that reads Contentlayer's generated data, at request time.
 * Routes ask it questions; it answers with plain, typed values. Importing it does no work: the
 * store is read on the first question, and indexes are built once per version of the content
 * store, which `npm run publish` replaces while the server runs. lib/build writes that store.
 */
// Imported so that `next dev` reloads this module (and the open page) when the content store
// changes; the store itself is read at run time (./store.ts), so a publish needs no rebuild.
import type { Section } from 'contentlayer/generated';

import storeVersion from '../../.contentlayer/dateline/version.json';
import { buildNow } from '../now';
import { pageSlice } from '../pagination';
import { livePostAnchor, pageCount, routes } from '../routes';
import { plainText } from '../schema/computed';
import { site } from '../site';
import { correctionsLog } from './corrections';
import { breakingStory, composeFront, type Front } from './front';
import { groupByMonth, groupByPublicationYear } from './grouping';
import { adjacentIn, type ArchiveIndex, buildIndex, latestInSection, picks } from './indexes';
import { linkedPageStarts, livePage } from './live-pages';
import { modifiedOf } from './modified';
import { showsUnpublished, visibilityOf } from './published';
import { relatedTo as rankRelated } from './related';
import {
  type ContentStore,
  currentStore,
  readBodyCode,
  readBodySource,
  type StoredArticle as Article,
  type StoredAuthor as Author,
  type StoredLivePost,
  type StoredPage as Page,
} from './store';
import type {
  ArchiveMonth,
  ArticleDetail,
  ArticleMeta,
  ArticleSummary,
  AuthorProfile,
  AuthorRef,
  CorrectionEntry,
  ListPage,
  LiveBlogDetail,
  LivePostView,
  SearchDocument,
  SectionRef,
  TagRef,
} from './types';

// Routes and components take their types from here, so lib/content stays the one way in.
export type { Front } from './front';
export type * from './types';

interface ContentState {
  articles: Article[];
  pages: Page[];
  sectionsBySlug: Map<string, Section>;
  authorsBySlug: Map<string, Author>;
  /** Sections in navigation order (their `order`, then title). */
  orderedSections: Section[];
  /** The published archive (no drafts, no embargoed stories; both in dev preview), indexed on first use. */
  archive?: ArchiveIndex<Article>;
  /** Slugs of the stories whose social card the build draws (decision 021). */
  carded?: Set<string>;
  months?: Map<string, Article[]>;
  /** Published stories by year in the site's time zone (search index), grouped on first use. */
  years?: Map<number, Article[]>;
}

let state: { store: ContentStore; devReload: string; content: ContentState } | undefined;

/**
 * Every article without its body (lists never need one, docs/decisions/013), with indexes built
 * on first use. A publish replaces the store while the server runs; the next call after that
 * starts again from the new one (lib/content/store.ts checks the file once per call).
 */
function content(): ContentState {
  const store = currentStore();
  // The version imported above is part of the key only so the import is used (a bundler drops
  // an import that nothing reads, and with it the reload in `next dev`).
  if (state?.store !== store || state.devReload !== storeVersion.version) {
    state = {
      store,
      devReload: storeVersion.version,
      content: {
        articles: store.articles,
        pages: store.pages,
        sectionsBySlug: new Map(store.sections.map((section) => [section.slug, section])),
        authorsBySlug: new Map(store.authors.map((author) => [author.slug, author])),
        orderedSections: [...store.sections].sort((a, b) => a.order - b.order || a.title.localeCompare(b.title)),
      },
    };
  }
  return state.content;
}

function index(): ArchiveIndex<Article> {
  const current = content();
  current.archive ??= buildIndex(current.articles, { includeUnpublished: showsUnpublished() });
  return current.archive;
}

const sectionRef = ({ slug, title, description, url }: Section): SectionRef => ({ slug, title, description, url });

/** The version of the content store this process reads now (it switches when a publish replaces it). */
export const contentVersion = (): string => currentStore().version;

export const sections = (): SectionRef[] => content().orderedSections.map(sectionRef);

export const navSections = (): SectionRef[] =>
  content()
    .orderedSections.filter((section) => section.nav)
    .map(sectionRef);

export function getSection(slug: string): SectionRef | undefined {
  const section = content().sectionsBySlug.get(slug);
  return section && sectionRef(section);
}

function summarize(article: Article): ArticleSummary {
  const { slug, url, title, dek, excerpt, date, section, kicker, image, imageWidth, imageHeight } = article;
  if (image && !(imageWidth && imageHeight)) {
    // Never drop a hero picture silently: this means the generated data is stale or the file unreadable.
    throw new Error(
      `${article.sourceFilePath}: image.src: cannot read the size of ${image.src} — check the file, then run npm run build:content`,
    );
  }
  return {
    slug,
    url,
    title,
    dek,
    excerpt,
    date,
    section,
    sectionTitle: content().sectionsBySlug.get(section)?.title ?? section,
    ...unpublishedMark(article),
    modified: modifiedOf(article),
    ...(article.live ? { live: article.live.status } : {}),
    ...(kicker ? { kicker } : {}),
    ...bylineOf(article),
    ...(image && imageWidth && imageHeight
      ? {
          image: {
            src: image.src,
            alt: image.alt,
            width: imageWidth,
            height: imageHeight,
            ...(image.caption ? { caption: image.caption } : {}),
            ...(image.credit ? { credit: image.credit } : {}),
          },
        }
      : {}),
  };
}

/** In development preview, how a draft or embargoed story is marked; published stories carry nothing. */
function unpublishedMark(article: Article): Pick<ArticleSummary, 'unpublished'> {
  const visibility = visibilityOf(article);
  return visibility.state === 'published' ? {} : { unpublished: visibility };
}

function authorRef(author: Author): AuthorRef {
  return { slug: author.slug, name: author.name, role: author.role, url: author.url };
}

/** Every published article's route params, newest first; the newest `limit` only when given. */
export function articleParams(limit?: number): { section: string; slug: string }[] {
  const all = index().all;
  return (limit === undefined ? all : all.slice(0, limit)).map(({ section, slug }) => ({ section, slug }));
}

/** Slugs of the stories whose social card the build draws (decision 021). */
const withCards = () => (content().carded ??= new Set(articleParams(site.socialCardsAtBuild).map(({ slug }) => slug)));

/** The published article at /<section>/<slug>, if there is one. */
function findArticle(section: string, slug: string): Article | undefined {
  const article = index().bySlug.get(slug);
  return article?.section === section ? article : undefined;
}

/** The story's authors, in byline order; a slug without an author file is left out (the check refuses it). */
function authorRefs(slugs: readonly string[]): AuthorRef[] {
  return slugs.flatMap((slug) => {
    const author = content().authorsBySlug.get(slug);
    return author ? [authorRef(author)] : [];
  });
}

/** The stories a body's <AlsoRead> callouts name, by slug; an unpublished one is left out (the callout then shows nothing). */
function alsoReadTargets(article: Article): Record<string, ArticleSummary> {
  const targets: Record<string, ArticleSummary> = {};
  for (const target of article.alsoRead) {
    const found = index().bySlug.get(target);
    if (found) targets[target] = summarize(found);
  }
  return targets;
}

export function getArticle(section: string, slug: string): ArticleDetail | undefined {
  const article = findArticle(section, slug);
  if (!article || article.live) return undefined;
  const alsoRead = alsoReadTargets(article);
  return {
    ...summarize(article),
    bodyCode: readBodyCode(article),
    hasCard: withCards().has(article.slug),
    ...(article.updated ? { updated: article.updated } : {}),
    authors: authorRefs(article.authors ?? []),
    ...(article.byline ? { byline: article.byline } : {}),
    ...(article.source ? { source: article.source } : {}),
    ...(article.dateline ? { dateline: article.dateline } : {}),
    tags: article.tags ?? [],
    readingTime: article.readingTime,
    wordCount: article.wordCount,
    breaking: article.breaking ?? false,
    corrections: [...(article.corrections ?? [])]
      .map(({ date, text }) => ({ date, text }))
      .sort((a, b) => Date.parse(a.date) - Date.parse(b.date)),
    correctionsPosition: article.correctionsPosition === 'top' ? 'top' : 'bottom',
    alsoRead,
  };
}

/** Previous (older) and next (newer) story in the same section. */
export function adjacent(section: string, slug: string): { previous?: ArticleSummary; next?: ArticleSummary } {
  const article = findArticle(section, slug);
  if (!article) return {};
  const { previous, next } = adjacentIn(index(), article);
  return { previous: previous && summarize(previous), next: next && summarize(next) };
}

export function latestIn(section: string, options: { exclude?: string; limit?: number } = {}): ArticleSummary[] {
  const exclude = options.exclude ? index().bySlug.get(options.exclude) : undefined;
  return latestInSection(index(), section, options.limit ?? site.lists.latestInSection, exclude).map(summarize);
}

export function editorsPicks(options: { exclude?: string; limit?: number } = {}): ArticleSummary[] {
  const exclude = options.exclude ? index().bySlug.get(options.exclude) : undefined;
  return picks(index(), options.limit ?? site.lists.editorsPicks, exclude).map(summarize);
}

/** Related stories (see ./related.ts), leaving out slugs the page already lists. */
export function relatedTo(
  section: string,
  slug: string,
  options: { exclude?: string[]; limit?: number } = {},
): ArticleSummary[] {
  const article = findArticle(section, slug);
  if (!article) return [];
  const exclude = new Set((options.exclude ?? []).flatMap((other) => index().bySlug.get(other) ?? []));
  return rankRelated(index(), article, options.limit ?? site.lists.related, exclude).map(summarize);
}

/** Newest published stories across the site. */
export function latest(limit: number): ArticleSummary[] {
  return index().all.slice(0, limit).map(summarize);
}

/** A section's stories, newest first (light summaries only). */
export function storiesIn(section: string, limit?: number): ArticleSummary[] {
  const list = index().bySection.get(section) ?? [];
  return (limit === undefined ? list : list.slice(0, limit)).map(summarize);
}

export function getPage(slug: string): { title: string; description: string; bodyCode: string } | undefined {
  const page: Page | undefined = content().pages.find((candidate) => candidate.slug === slug);
  return page && { title: page.title, description: page.description, bodyCode: page.bodyCode };
}

/** Static pages (About, Contact, …) for the footer, in a stable order. */
export function staticPages(): { slug: string; url: string; title: string }[] {
  return [...content().pages]
    .sort((a, b) => a.title.localeCompare(b.title))
    .map(({ slug, url, title }) => ({ slug, url, title }));
}

/** How many published stories a section has (for its page count). */
export const countIn = (section: string): number => index().bySection.get(section)?.length ?? 0;

/** Every tag in use, by display name; `slug` is its URL key. */
export function tags(): TagRef[] {
  return [...index().tagNames]
    .map(([slug, name]) => ({ slug, name, url: routes.tag(slug), count: index().byTag.get(slug)?.length ?? 0 }))
    .sort((a, b) => a.name.localeCompare(b.name, site.dateLocale));
}

export function getTag(slug: string): TagRef | undefined {
  const name = index().tagNames.get(slug);
  return name === undefined
    ? undefined
    : { slug, name, url: routes.tag(slug), count: index().byTag.get(slug)?.length ?? 0 };
}

/** Every author, by name, with how many published stories they have. */
export function authors(): (AuthorRef & { count: number })[] {
  return [...content().authorsBySlug.values()]
    .map((author) => ({ ...authorRef(author), count: index().byAuthor.get(author.slug)?.length ?? 0 }))
    .sort((a, b) => a.name.localeCompare(b.name, site.dateLocale));
}

const monthOf = new Intl.DateTimeFormat('en-CA', { timeZone: site.timeZone, year: 'numeric', month: '2-digit' });

/** Months that have stories, newest first; a story's month is its month in the site's time zone. */
export function archiveMonths(): ArchiveMonth[] {
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

/** Byline for lists: staff authors with their pages, or the agency byline. */
function bylineOf(article: Article): Pick<ArticleSummary, 'bylineAuthors' | 'byline'> {
  const staff = (article.authors ?? []).flatMap((slug) => {
    const author = content().authorsBySlug.get(slug);
    return author ? [{ name: author.name, url: author.url }] : [];
  });
  if (staff.length > 0) return { bylineAuthors: staff };
  return article.byline ? { byline: article.byline } : {};
}

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
export function sectionPage(section: string, page: number): ListPage | undefined {
  return content().sectionsBySlug.has(section) ? listPage(index().bySection.get(section) ?? [], page) : undefined;
}

/** Page `page` of a tag's stories, by tag slug; undefined for a tag no published story carries. */
export function tagPage(slug: string, page: number): ListPage | undefined {
  const list = index().byTag.get(slug);
  return list && listPage(list, page);
}

/** Page `page` of an author's stories; undefined for an unknown author. */
export function authorPage(slug: string, page: number): ListPage | undefined {
  return content().authorsBySlug.has(slug) ? listPage(index().byAuthor.get(slug) ?? [], page) : undefined;
}

export const sectionPageCount = (section: string) => pageCount(countIn(section), site.pageSize);
export const tagPageCount = (slug: string) => pageCount(index().byTag.get(slug)?.length ?? 0, site.pageSize);
export const authorPageCount = (slug: string) => pageCount(index().byAuthor.get(slug)?.length ?? 0, site.pageSize);

export function getAuthor(slug: string): AuthorProfile | undefined {
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
export function monthStories(year: number, month: number): ArticleSummary[] {
  const months = (content().months ??= groupByMonth(index().all, site.timeZone));
  return (months.get(`${year}-${String(month).padStart(2, '0')}`) ?? []).map(summarize);
}

/** The home front's running order (see ./front.ts), as summaries. */
export function homeFront(): Front<ArticleSummary> {
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
export function breakingNews(now: Date = buildNow()): ArticleSummary | undefined {
  const story = breakingStory(index(), now, site.breakingWindowHours);
  return story && summarize(story);
}

/** Every correction to a published story, newest first, for the /corrections page. */
export function corrections(): CorrectionEntry[] {
  return correctionsLog(index().all).map((entry) => ({
    ...entry,
    story: {
      ...entry.story,
      sectionTitle: content().sectionsBySlug.get(entry.story.section)?.title ?? entry.story.section,
    },
  }));
}

/** Newest published stories with their authors and tags (feeds), site-wide or for one section. */
export function syndicated(limit: number, section?: string): ArticleMeta[] {
  const list = section === undefined ? index().all : (index().bySection.get(section) ?? []);
  return list.slice(0, limit).map((article) => ({
    ...summarize(article),
    authors: authorRefs(article.authors ?? []),
    ...(article.byline ? { byline: article.byline } : {}),
    tags: article.tags ?? [],
  }));
}

/** Address and last change of every published article (sitemaps): one pass, no summaries. */
export function articleLocations(): { url: string; modified: string }[] {
  return index().all.map((article) => ({ url: article.url, modified: modifiedOf(article) }));
}

/** Stories published in [from, to), newest first; walks the sorted archive only as far as `from`. */
export function publishedBetween(from: Date, to: Date): ArticleSummary[] {
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
export function searchDocuments(): SearchDocument[] {
  return index().all.map(searchDocument);
}

/**
 * The published stories among these slugs, with their bodies as plain text, for a publish's
 * search delta (lib/search/search-delta.ts). A slug that is not published is left out: it
 * belongs in the delta's removals.
 */
export function searchDocumentsFor(slugs: readonly string[]): SearchDocument[] {
  return slugs.flatMap((slug) => {
    const article = index().bySlug.get(slug);
    return article ? [searchDocument(article)] : [];
  });
}

const byYear = () => (content().years ??= groupByPublicationYear(index().all, site.timeZone));

/** Years that have published stories, newest first, with how many; a story's year is its year in the site's time zone. */
export function searchYears(): { year: number; stories: number }[] {
  return [...byYear()].map(([year, articles]) => ({ year, stories: articles.length }));
}

/**
 * One year's published articles with their bodies as plain text, newest first, read one at a
 * time: the search index is built year by year, so only one year's bodies are ever in memory.
 */
export function* searchDocumentsOf(year: number): Generator<SearchDocument> {
  for (const article of byYear().get(year) ?? []) yield searchDocument(article);
}

// ── Live blogs (docs/decisions/029): stored among the articles, with their posts inside.

function postView(post: StoredLivePost, source: string): LivePostView {
  return {
    id: post.id,
    time: new Date(post.time).toISOString(),
    ...(post.title ? { title: post.title } : {}),
    keyEvent: post.keyEvent,
    pinned: post.pinned,
    authors: authorRefs(post.authors),
    bodyCode: readBodyCode({ codeKey: post.codeKey, sourceFilePath: source }),
  };
}

/** Whether /<section>/<slug> is a live blog (the route then shows the live blog page). */
export const isLiveBlog = (section: string, slug: string): boolean => findArticle(section, slug)?.live !== undefined;

/**
 * A live blog's page: its newest posts, or with `from` the older page that starts with that
 * post (./live-pages.ts). Undefined for a story that is not a live blog, or an unknown post.
 */
export function getLiveBlog(section: string, slug: string, from?: string): LiveBlogDetail | undefined {
  const article = findArticle(section, slug);
  const live = article?.live;
  if (!article || !live) return undefined;
  const pinnedPost = live.posts.find((post) => post.pinned);
  const firstStream = live.posts.filter((post) => post !== pinnedPost);
  const pinned = from === undefined ? pinnedPost : undefined;
  const page = livePage(from === undefined ? firstStream : live.posts, site.liveBlogPageSize, from);
  if (!page) return undefined;
  const onPage = new Set([...page.posts.map((post) => post.id), ...(pinned ? [pinned.id] : [])]);
  const onFirstPage = new Set([
    ...firstStream.slice(0, site.liveBlogPageSize).map((post) => post.id),
    ...(pinnedPost ? [pinnedPost.id] : []),
  ]);
  // A post on this page is an anchor here; one on the first page is on the blog's own address;
  // any other is on the page that starts with it (prerendered: ./live-pages.ts linkedPageStarts).
  const postHref = (id: string) =>
    onPage.has(id)
      ? `#${livePostAnchor(id)}`
      : routes.livePost(onFirstPage.has(id) ? article.url : routes.livePage(article.section, article.slug, id), id);
  const alsoRead = alsoReadTargets(article);
  return {
    ...summarize(article),
    bodyCode: readBodyCode(article),
    hasCard: withCards().has(article.slug),
    ...(article.updated ? { updated: article.updated } : {}),
    authors: authorRefs(article.authors ?? []),
    tags: article.tags ?? [],
    wordCount: article.wordCount,
    breaking: article.breaking ?? false,
    alsoRead,
    status: live.status,
    coverageStart: new Date(live.coverageStart).toISOString(),
    ...(live.coverageEnd ? { coverageEnd: new Date(live.coverageEnd).toISOString() } : {}),
    postCount: live.posts.length,
    ...(pinned ? { pinned: postView(pinned, article.sourceFilePath) } : {}),
    keyEvents: live.posts
      .filter((post) => post.keyEvent && post.title)
      .map((post) => ({
        id: post.id,
        title: post.title as string,
        time: new Date(post.time).toISOString(),
        href: postHref(post.id),
      })),
    posts: page.posts.map((post) => postView(post, article.sourceFilePath)),
    ...(page.olderFrom ? { olderHref: routes.livePage(article.section, article.slug, page.olderFrom) } : {}),
    isOlderPage: page.isOlderPage,
    newest: live.posts.slice(0, site.liveBlogUpdatesInJsonLd).map((post) => ({
      id: post.id,
      time: new Date(post.time).toISOString(),
      ...(post.title ? { title: post.title } : {}),
    })),
  };
}

/** The older pages of every published live blog that links reach now (what the build prerenders). */
export function livePageParams(): { section: string; slug: string; post: string }[] {
  return index().all.flatMap((article) => {
    const live = article.live;
    if (!live) return [];
    const pinned = live.posts.find((post) => post.pinned);
    return linkedPageStarts(
      live.posts.filter((post) => post !== pinned),
      live.posts,
      site.liveBlogPageSize,
    ).map((post) => ({ section: article.section, slug: article.slug, post }));
  });
}

/** Every published live blog's route params (the JSON of its posts is prerendered for each). */
export function liveBlogParams(): { section: string; slug: string }[] {
  return index().all.flatMap((article) => (article.live ? [{ section: article.section, slug: article.slug }] : []));
}

/**
 * What an open live blog polls (app/[section]/[slug]/posts.json): its state and its newest
 * posts' ids and times, at most site.liveBlogPageSize; the page itself carries their markup.
 */
export function liveBlogState(
  section: string,
  slug: string,
): { status: 'live' | 'ended'; modified: string; posts: { id: string; time: string }[] } | undefined {
  const article = findArticle(section, slug);
  if (!article?.live) return undefined;
  return {
    status: article.live.status,
    modified: modifiedOf(article),
    posts: article.live.posts
      .slice(0, site.liveBlogPageSize)
      .map((post) => ({ id: post.id, time: new Date(post.time).toISOString() })),
  };
}
