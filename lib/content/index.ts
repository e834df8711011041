/**
 * lib/content: the only module that reads Contentlayer's generated data. Routes ask it
 * questions; it answers with plain, typed values. Indexes are built once per process.
 */
import type { Author, Page } from 'contentlayer/generated';
// Imported only so that `next dev` reloads this module when the content store changes.
import storeVersion from '../../.contentlayer/dateline/version.json';
import { site } from '../site';
import { adjacentIn, buildIndex, latestInSection, picks, type ArchiveIndex } from './indexes';
import { relatedTo as rankRelated } from './related';
import { readBodyCode, readStore, type StoredArticle as Article } from './store';
import type { ArticleDetail, ArticleSummary, AuthorRef, SectionRef } from './types';

export type { ArticleDetail, ArticleSummary, AuthorRef, SectionRef } from './types';

// Every article without its body: lists never need one (see docs/decisions/011).
const { articles: allArticles, authors: allAuthors, pages: allPages, sections: allSections } = readStore(storeVersion.version);

let archive: ArchiveIndex<Article> | undefined;
/** The published archive (drafts excluded), indexed on first use. */
function index(): ArchiveIndex<Article> {
  archive ??= buildIndex(allArticles);
  return archive;
}

const sectionsBySlug = new Map(allSections.map((section) => [section.slug, section]));
const authorsBySlug = new Map<string, Author>(allAuthors.map((author) => [author.slug, author]));

/** Sections in navigation order (their `order`, then title). */
const orderedSections = [...allSections].sort((a, b) => a.order - b.order || a.title.localeCompare(b.title));
const sectionRef = ({ slug, title, description, url }: (typeof allSections)[number]): SectionRef => ({ slug, title, description, url });

export const sections = (): SectionRef[] => orderedSections.map(sectionRef);

export const navSections = (): SectionRef[] => orderedSections.filter((section) => section.nav).map(sectionRef);

export function getSection(slug: string): SectionRef | undefined {
  const section = sectionsBySlug.get(slug);
  return section && sectionRef(section);
}

function summarize(article: Article): ArticleSummary {
  const { slug, url, title, dek, excerpt, date, section, kicker, image, imageWidth, imageHeight } = article;
  if (image && !(imageWidth && imageHeight)) {
    // Never drop a hero picture silently: this means the generated data is stale or the file unreadable.
    throw new Error(`${article.sourceFilePath}: image.src: cannot read the size of ${image.src} — check the file, then run npm run build:content`);
  }
  return {
    slug,
    url,
    title,
    dek,
    excerpt,
    date,
    section,
    sectionTitle: sectionsBySlug.get(section)?.title ?? section,
    ...(kicker ? { kicker } : {}),
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

function authorRef(author: Author): AuthorRef {
  return { slug: author.slug, name: author.name, role: author.role, url: author.url };
}

/** Route parameters of every published article. */
export function articleParams(): { section: string; slug: string }[] {
  return index().all.map(({ section, slug }) => ({ section, slug }));
}

/** The published article at /<section>/<slug>, if there is one. */
function findArticle(section: string, slug: string): Article | undefined {
  const article = index().bySlug.get(slug);
  return article && article.section === section ? article : undefined;
}

export function getArticle(section: string, slug: string): ArticleDetail | undefined {
  const article = findArticle(section, slug);
  if (!article) return undefined;
  const alsoRead: Record<string, ArticleSummary> = {};
  for (const target of article.alsoRead ?? []) {
    const found = index().bySlug.get(target);
    if (found) alsoRead[target] = summarize(found);
  }
  return {
    ...summarize(article),
    bodyCode: readBodyCode(article),
    ...(article.updated ? { updated: article.updated } : {}),
    authors: (article.authors ?? []).flatMap((slug) => {
      const author = authorsBySlug.get(slug);
      return author ? [authorRef(author)] : [];
    }),
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
  const page: Page | undefined = allPages.find((candidate) => candidate.slug === slug);
  return page && { title: page.title, description: page.description, bodyCode: page.body.code };
}

/** Static pages (About, Contact, …) for the footer, in a stable order. */
export function staticPages(): { slug: string; url: string; title: string }[] {
  return [...allPages].sort((a, b) => a.title.localeCompare(b.title)).map(({ slug, url, title }) => ({ slug, url, title }));
}
