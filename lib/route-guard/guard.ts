/**
 * Whether an address can exist, decided from the route table (./table.ts) before Next renders
 * anything. Routes that render on request (stories outside the prerendered window, deep list
 * pages) would otherwise render, and cache, a 404 for every made-up slug or page number that
 * anyone asks for; proxy.ts answers those with the prerendered 404 page instead.
 *
 * Every top-level name accepts exactly the shapes lib/route-manifest.ts declares for it: /search,
 * the feeds and files nothing below them, /api only its endpoints, /tag, /author, /archive and
 * /sitemaps what the store has; sections, stories and static pages come from the table.
 */
import {
  API_ENDPOINTS,
  LIVE_BLOG_FILES,
  SECTION_FILES,
  SITE_NAMES,
  type SiteName,
  type SiteNameKey,
  STORY_FILES,
} from '../route-manifest';
import { baseFileFor } from '../search/base-files';
import { deltaFileFor } from '../search/delta-files';
import { MAX_URLS_PER_SITEMAP } from '../seo/sitemap-xml';

export type Verdict = 'pass' | 'unknown';

/**
 * The questions the guard asks of the store, one address at a time. Each is a point question
 * (one section, one story, one tag), so an implementation over a database answers it with one
 * indexed query and nothing per request grows with the archive. Two implementations: over a
 * route table (./table-lookup.ts) and over the content store's tables (./database-lookup.ts).
 */
export interface RouteLookup {
  /** A section and how many list pages it has (at least 1); undefined when there is no such section. */
  section(slug: string): Promise<{ pages: number } | undefined>;
  /** Whether `slug` is a story readers see in `section` (a story lives in its own section only). */
  hasStory(section: string, slug: string): Promise<boolean>;
  /** A static page (/about). */
  hasStaticPage(slug: string): Promise<boolean>;
  /** A tag's list pages, by its URL key; undefined when no story readers see has it. */
  tagPages(key: string): Promise<number | undefined>;
  /** An author's list pages (1 for an author with no stories yet); undefined when there is no such author. */
  authorPages(slug: string): Promise<number | undefined>;
  /** Whether the archive has a month page /archive/<year>/<month> (a month with a story readers see). */
  hasMonth(year: string, month: string): Promise<boolean>;
  /** Whether the story has a drawn social card (the newest stories only, decision 021). */
  hasCard(section: string, slug: string): Promise<boolean>;
  /** A live blog's post ids; undefined when the story is not a live blog readers see. */
  livePosts(section: string, slug: string): Promise<{ has(id: string): boolean } | undefined>;
  /** How many /sitemaps/<n>.xml parts the sitemap has (1: none, /sitemap.xml is the list itself). */
  sitemapParts(): Promise<number>;
}

/** Sitemap files for a number of URLs, as lib/seo/sitemap-xml.ts splits them. */
export const sitemapPartsFor = (urls: number) => Math.max(1, Math.ceil(urls / MAX_URLS_PER_SITEMAP));

const isStoryFile = (name: string) => (STORY_FILES as readonly string[]).includes(name);
const isLiveBlogFile = (name: string) => (LIVE_BLOG_FILES as readonly string[]).includes(name);

/** "2" → 2; anything but canonical digits (lib/pagination.ts parsePageParam) → undefined. */
const pageNumber = (value: string | undefined) => (value && /^[1-9][0-9]*$/.test(value) ? Number(value) : undefined);

/** A numbered list page /…/page/<n> that exists: n from 1 (a redirect to the list) to its last page. */
const listPage = (rest: string[], pages: number) =>
  rest.length === 2 && rest[0] === 'page' && (pageNumber(rest[1]) ?? Infinity) <= pages;

/** An address below one of the site's own top-level names, judged as the manifest declares it. */
async function siteRoute(lookup: RouteLookup, name: SiteNameKey, rest: string[]): Promise<Verdict> {
  const entry: SiteName = SITE_NAMES[name];
  if (rest.length === 0) return entry.self === 'none' ? 'unknown' : 'pass';
  switch (entry.below) {
    case 'nothing':
      return 'unknown';
    case 'public-files':
      // proxy.ts checks these against the files themselves (isPublicFile) before the guard.
      return 'pass';
    case 'build-assets':
      return rest[0] === 'static' && rest.length > 1 ? 'pass' : 'unknown';
    case 'search-base':
      return baseFileFor(rest) ? 'pass' : 'unknown';
    case 'search-delta':
      return deltaFileFor(rest) ? 'pass' : 'unknown';
    case 'endpoints':
      return rest.length === 1 && Object.hasOwn(API_ENDPOINTS, rest[0] as string) ? 'pass' : 'unknown';
    case 'store':
      return storeRoute(lookup, name, rest);
  }
}

/** A list (tag, author) with `pages` pages: its own address and /page/<n> up to the last. */
const listAddress = (pages: number | undefined, rest: string[]): Verdict =>
  pages !== undefined && (rest.length === 0 || listPage(rest, pages)) ? 'pass' : 'unknown';

/** Below /tag, /author, /archive and /sitemaps: what the content store has. */
async function storeRoute(lookup: RouteLookup, name: SiteNameKey, [second, ...rest]: string[]): Promise<Verdict> {
  switch (name) {
    case 'tag':
      return listAddress(await lookup.tagPages(second as string), rest);
    case 'author':
      return listAddress(await lookup.authorPages(second as string), rest);
    case 'sitemaps': {
      const part = /^([1-9][0-9]*)\.xml$/.exec(second ?? '')?.[1];
      if (rest.length > 0 || part === undefined) return 'unknown';
      const parts = await lookup.sitemapParts();
      return parts > 1 && Number(part) <= parts ? 'pass' : 'unknown';
    }
    case 'archive':
      return rest.length === 1 && (await lookup.hasMonth(second as string, rest[0] as string)) ? 'pass' : 'unknown';
    default:
      return 'unknown';
  }
}

const isSiteName = (name: string): name is SiteNameKey => Object.hasOwn(SITE_NAMES, name);

/**
 * Below a section: its files, its stories, its list pages, a story's card, a live blog's JSON of
 * new posts and its older pages (one per post).
 */
async function sectionRoute(lookup: RouteLookup, section: string, pages: number, rest: string[]): Promise<Verdict> {
  const [story, file, ...more] = rest;
  if (story === undefined) return 'pass';
  if (file === undefined) {
    if (Object.hasOwn(SECTION_FILES, story)) return 'pass';
    return (await lookup.hasStory(section, story)) ? 'pass' : 'unknown';
  }
  if (story === 'page') return more.length === 0 && listPage([story, file], pages) ? 'pass' : 'unknown';
  if (isStoryFile(file) && more.length === 0) return (await lookup.hasCard(section, story)) ? 'pass' : 'unknown';
  const postsJson = isLiveBlogFile(file) && more.length === 0;
  const olderPage = file === 'page' && more.length === 1;
  if (!postsJson && !olderPage) return 'unknown';
  const posts = await lookup.livePosts(section, story);
  if (posts && (postsJson || posts.has(more[0] as string))) return 'pass';
  return 'unknown';
}

/** The verdict for a pathname such as /uk/harbour-crane-collapses (percent-encoded as requested). */
export async function judge(lookup: RouteLookup, pathname: string): Promise<Verdict> {
  let parts: string[];
  try {
    parts = pathname.replace(/\/+$/, '').split('/').slice(1).map(decodeURIComponent);
  } catch {
    return 'pass'; // next.config.js rewrites undecodable paths to the 404 page already.
  }
  // No address of the site holds a NUL, and PostgreSQL refuses one in a text value ("invalid
  // byte sequence"): asked of the database, /uk/story%00 answered 500 instead of 404.
  if (parts.some((part) => part.includes('\u0000'))) return 'unknown';
  const [first = '', second, third] = parts;
  if (isSiteName(first)) return siteRoute(lookup, first, parts.slice(1));
  const section = await lookup.section(first);
  if (section) return sectionRoute(lookup, first, section.pages, parts.slice(1));
  // A static page (/about) and its card; nothing else lives at the top level.
  const pageAddress = second === undefined || (second === 'card.png' && third === undefined);
  return pageAddress && (await lookup.hasStaticPage(first)) ? 'pass' : 'unknown';
}
