/**
 * What every lib/content query shares, internal to lib/content (routes import lib/content, never
 * this file): the content store this process reads, the indexes built on it, and the summaries
 * and author references the queries hand out.
 */
// Imported so that `next dev` reloads lib/content (and the open page) when the content store
// changes; the store itself is read at run time (./store.ts), so a publish needs no rebuild.
import type { Section } from 'contentlayer/generated';

import storeVersion from '../../.contentlayer/dateline/version.json';
import { site } from '../site';
import { type ArchiveIndex, buildIndex } from './indexes';
import { modifiedOf } from './modified';
import { showsUnpublished, visibilityOf } from './published';
import {
  type ContentStore,
  currentStore,
  readBodyCode,
  type StoredArticle as Article,
  type StoredAuthor as Author,
  type StoredPage as Page,
} from './store';
import type { ArticleSummary, AuthorRef, SectionRef, StoryDetail } from './types';

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
export function content(): ContentState {
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

export function index(): ArchiveIndex<Article> {
  const current = content();
  current.archive ??= buildIndex(current.articles, { includeUnpublished: showsUnpublished() });
  return current.archive;
}

export const sectionRef = ({ slug, title, description, url }: Section): SectionRef => ({
  slug,
  title,
  description,
  url,
});

export function summarize(article: Article): ArticleSummary {
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

export function authorRef(author: Author): AuthorRef {
  return { slug: author.slug, name: author.name, role: author.role, url: author.url };
}

/** Every published article's route params, newest first; the newest `limit` only when given (lib/content's articleParams). */
export function newestParams(limit?: number): { section: string; slug: string }[] {
  const all = index().all;
  return (limit === undefined ? all : all.slice(0, limit)).map(({ section, slug }) => ({ section, slug }));
}

/** Slugs of the stories whose social card the build draws (decision 021). */
export const withCards = () =>
  (content().carded ??= new Set(newestParams(site.socialCardsAtBuild).map(({ slug }) => slug)));

/** The published article at /<section>/<slug>, if there is one. */
export function findArticle(section: string, slug: string): Article | undefined {
  const article = index().bySlug.get(slug);
  return article?.section === section ? article : undefined;
}

/** The story's authors, in byline order; a slug without an author file is left out (the check refuses it). */
export function authorRefs(slugs: readonly string[]): AuthorRef[] {
  return slugs.flatMap((slug) => {
    const author = content().authorsBySlug.get(slug);
    return author ? [authorRef(author)] : [];
  });
}

/** What the article page and the live blog page both show of their story. */
export function storyDetail(article: Article): StoryDetail {
  return {
    ...summarize(article),
    bodyCode: readBodyCode(article),
    hasCard: withCards().has(article.slug),
    ...(article.updated ? { updated: article.updated } : {}),
    authors: authorRefs(article.authors ?? []),
    tags: article.tags ?? [],
    wordCount: article.wordCount,
    breaking: article.breaking ?? false,
    alsoRead: alsoReadTargets(article),
  };
}

/** The stories a body's <AlsoRead> callouts name, by slug; an unpublished one is left out (the callout then shows nothing). */
export function alsoReadTargets(article: Article): Record<string, ArticleSummary> {
  const targets: Record<string, ArticleSummary> = {};
  for (const target of article.alsoRead) {
    const found = index().bySlug.get(target);
    if (found) targets[target] = summarize(found);
  }
  return targets;
}

/** Byline for lists: staff authors with their pages, or the agency byline. */
function bylineOf(article: Article): Pick<ArticleSummary, 'bylineAuthors' | 'byline'> {
  const staff = (article.authors ?? []).flatMap((slug) => {
    const author = content().authorsBySlug.get(slug);
    return author ? [{ name: author.name, url: author.url }] : [];
  });
  if (staff.length > 0) return { bylineAuthors: staff };
  return article.byline ? { byline: article.byline } : {};
}
