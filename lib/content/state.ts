/**
 * What every lib/content query shares, internal to lib/content (routes import lib/content, never
 * this file): the store's small documents (sections, authors, pages) and the summaries and author
 * references the queries hand out. Stories come from the database (./database), a query each.
 */
// Imported so that `next dev` reloads lib/content (and the open page) when the content store
// changes; the store itself is read from the database at run time, so a publish needs no rebuild.
import type { Section } from 'contentlayer/generated';

import storeFileVersion from '../../.contentlayer/dateline/version.json';
import {
  bodyCode,
  cardedSlugs,
  listBatch,
  type ListCursor,
  listPage,
  refreshStoreVersion,
  type StoreDocuments,
  storeDocuments,
  storiesBySlugs,
  type StoryList,
} from './database';
import { modifiedOf } from './modified';
import { visibilityOf } from './published';
import type { StoredArticle as Article, StoredAuthor as Author } from './store';
import type { ArticleSummary, AuthorRef, SectionRef, StoryDetail } from './types';

let reloadedAt: string | undefined;

/**
 * The store's authors, sections and pages. The first call after `next dev` reloaded this module
 * (the build wrote a new store) reads the store's version again at once, so the reloaded page
 * shows the new store rather than the one the version cache still trusts for up to a second.
 */
export async function documents(): Promise<StoreDocuments> {
  if (reloadedAt !== storeFileVersion.version) {
    reloadedAt = storeFileVersion.version;
    await refreshStoreVersion();
  }
  return storeDocuments();
}

/** Stories read per query where a caller needs a whole list (sitemaps, the search index, prerendering). */
export const BATCH = 1_000;

/**
 * Every story of `list`, newest first, read `batch` at a time; `limit` stops early. Each batch
 * starts after the last one's final story (a keyset), so every batch is one index search and
 * the thousandth costs what the first does.
 */
export async function* everyStory(list: StoryList, limit = Infinity, batch = BATCH): AsyncGenerator<Article> {
  let after: ListCursor | undefined;
  for (let read = 0; read < limit;) {
    const { stories, next } = await listBatch(list, Math.min(batch, limit - read), after);
    yield* stories;
    read += stories.length;
    if (!next) return;
    after = next;
  }
}

/** Every story of `list` mapped by `pick`, newest first (one batch in memory at a time). */
export async function mapEveryStory<T>(
  list: StoryList,
  pick: (article: Article) => T,
  limit?: number,
  batch = BATCH,
): Promise<T[]> {
  const found: T[] = [];
  for await (const article of everyStory(list, limit, batch)) found.push(pick(article));
  return found;
}

export const sectionRef = ({ slug, title, description, url }: Section): SectionRef => ({
  slug,
  title,
  description,
  url,
});

export function summarize(article: Article, docs: StoreDocuments): ArticleSummary {
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
    sectionTitle: docs.sectionsBySlug.get(section)?.title ?? section,
    ...unpublishedMark(article),
    modified: modifiedOf(article),
    ...(article.live ? { live: article.live.status } : {}),
    ...(kicker ? { kicker } : {}),
    ...bylineOf(article, docs),
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

/** Summaries of `articles`, in their order, with the documents read once. */
export async function summarizeAll(articles: readonly Article[]): Promise<ArticleSummary[]> {
  const docs = await documents();
  return articles.map((article) => summarize(article, docs));
}

/** In development preview, how a draft or embargoed story is marked; published stories carry nothing. */
function unpublishedMark(article: Article): Pick<ArticleSummary, 'unpublished'> {
  const visibility = visibilityOf(article);
  return visibility.state === 'published' ? {} : { unpublished: visibility };
}

export function authorRef(author: Author): AuthorRef {
  return { slug: author.slug, name: author.name, role: author.role, url: author.url };
}

/** The story's authors, in byline order; a slug without an author file is left out (the check refuses it). */
export function authorRefs(slugs: readonly string[], docs: StoreDocuments): AuthorRef[] {
  return slugs.flatMap((slug) => {
    const author = docs.authorsBySlug.get(slug);
    return author ? [authorRef(author)] : [];
  });
}

/** What the article page and the live blog page both show of their story. */
export async function storyDetail(article: Article): Promise<StoryDetail> {
  const [docs, code, carded, alsoRead] = await Promise.all([
    documents(),
    bodyCode(article.codeKey, article.sourceFilePath),
    cardedSlugs(),
    alsoReadTargets(article),
  ]);
  return {
    ...summarize(article, docs),
    bodyCode: code,
    hasCard: carded.has(article.slug),
    ...(article.updated ? { updated: article.updated } : {}),
    authors: authorRefs(article.authors ?? [], docs),
    tags: article.tags ?? [],
    wordCount: article.wordCount,
    breaking: article.breaking ?? false,
    alsoRead,
  };
}

/** The stories a body's <AlsoRead> callouts name, by slug; an unpublished one is left out (the callout then shows nothing). */
async function alsoReadTargets(article: Article): Promise<Record<string, ArticleSummary>> {
  const [found, docs] = await Promise.all([storiesBySlugs(article.alsoRead), documents()]);
  const targets: Record<string, ArticleSummary> = {};
  for (const target of article.alsoRead) {
    const story = found.get(target);
    if (story) targets[target] = summarize(story, docs);
  }
  return targets;
}

/** Byline for lists: staff authors with their pages, or the agency byline. */
function bylineOf(article: Article, docs: StoreDocuments): Pick<ArticleSummary, 'bylineAuthors' | 'byline'> {
  const staff = (article.authors ?? []).flatMap((slug) => {
    const author = docs.authorsBySlug.get(slug);
    return author ? [{ name: author.name, url: author.url }] : [];
  });
  if (staff.length > 0) return { bylineAuthors: staff };
  return article.byline ? { byline: article.byline } : {};
}

/** The first `limit` stories of `list` without the one with slug `exclude`. */
export async function firstWithout(list: StoryList, limit: number, exclude?: string): Promise<Article[]> {
  const page = await listPage(list, { limit: limit + (exclude === undefined ? 0 : 1) });
  return page.filter((article) => article.slug !== exclude).slice(0, limit);
}
