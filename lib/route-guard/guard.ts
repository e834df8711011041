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
import { deltaFileFor } from '../search/delta-files';
import { MAX_URLS_PER_SITEMAP } from '../seo/sitemap-xml';
import type { RouteTable } from './table';

export type Verdict = 'pass' | 'unknown';

interface Lookup {
  /** How many /sitemaps/<n>.xml parts the sitemap has (1: none, /sitemap.xml is the list itself). */
  sitemapParts: number;
  sections: Map<string, { pages: number; stories: Set<string> }>;
  pages: Set<string>;
  tags: Map<string, number>;
  authors: Map<string, number>;
  months: Set<string>;
  cards: Set<string>;
  /** Live blogs ("<section>/<slug>") and their post ids. */
  live: Map<string, Set<string>>;
}

/** Sets and maps over a table, built once per table. */
export function lookupOf(table: RouteTable): Lookup {
  return {
    sitemapParts: sitemapPartsOf(table),
    sections: new Map(
      Object.entries(table.sections).map(([slug, { pages, stories }]) => [slug, { pages, stories: new Set(stories) }]),
    ),
    pages: new Set(table.pages),
    tags: new Map(Object.entries(table.tags)),
    authors: new Map(Object.entries(table.authors)),
    months: new Set(table.months),
    cards: new Set(table.cards),
    live: new Map(Object.entries(table.live ?? {}).map(([story, posts]) => [story, new Set(posts)])),
  };
}

/** URLs in the sitemap, counted as lib/seo/sitemap-entries.ts lists them: home, /tag and /archive, then each list page, story, month and page. */
function sitemapPartsOf(table: RouteTable): number {
  const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
  const sections = Object.values(table.sections);
  const urls =
    3 +
    sum(sections.map((section) => section.pages + section.stories.length)) +
    sum(Object.values(table.tags)) +
    sum(Object.values(table.authors)) +
    table.months.length +
    table.pages.length;
  return Math.max(1, Math.ceil(urls / MAX_URLS_PER_SITEMAP));
}

const isStoryFile = (name: string) => (STORY_FILES as readonly string[]).includes(name);
const isLiveBlogFile = (name: string) => (LIVE_BLOG_FILES as readonly string[]).includes(name);

/** "2" → 2; anything but canonical digits (lib/pagination.ts parsePageParam) → undefined. */
const pageNumber = (value: string | undefined) => (value && /^[1-9][0-9]*$/.test(value) ? Number(value) : undefined);

/** A numbered list page /…/page/<n> that exists: n from 1 (a redirect to the list) to its last page. */
const listPage = (rest: string[], pages: number) =>
  rest.length === 2 && rest[0] === 'page' && (pageNumber(rest[1]) ?? Infinity) <= pages;

/** An address below one of the site's own top-level names, judged as the manifest declares it. */
function siteRoute(lookup: Lookup, name: SiteNameKey, rest: string[]): Verdict {
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
    case 'search-delta':
      return deltaFileFor(rest) ? 'pass' : 'unknown';
    case 'endpoints':
      return rest.length === 1 && Object.hasOwn(API_ENDPOINTS, rest[0] as string) ? 'pass' : 'unknown';
    case 'store':
      return storeRoute(lookup, name, rest);
  }
}

/** Below /tag, /author, /archive and /sitemaps: what the content store has. */
function storeRoute(lookup: Lookup, name: SiteNameKey, [second, ...rest]: string[]): Verdict {
  switch (name) {
    case 'tag': {
      const pages = lookup.tags.get(second as string);
      if (pages === undefined) return 'unknown';
      return rest.length === 0 || listPage(rest, pages) ? 'pass' : 'unknown';
    }
    case 'author': {
      const pages = lookup.authors.get(second as string);
      if (pages === undefined) return 'unknown';
      return rest.length === 0 || listPage(rest, pages) ? 'pass' : 'unknown';
    }
    case 'sitemaps': {
      const part = /^([1-9][0-9]*)\.xml$/.exec(second ?? '')?.[1];
      const fits = rest.length === 0 && part !== undefined && lookup.sitemapParts > 1;
      return fits && Number(part) <= lookup.sitemapParts ? 'pass' : 'unknown';
    }
    case 'archive':
      return rest.length === 1 && lookup.months.has(`${second}/${rest[0]}`) ? 'pass' : 'unknown';
    default:
      return 'unknown';
  }
}

const isSiteName = (name: string): name is SiteNameKey => Object.hasOwn(SITE_NAMES, name);

/** The verdict for a pathname such as /uk/harbour-crane-collapses (percent-encoded as requested). */
export function judge(lookup: Lookup, pathname: string): Verdict {
  let parts: string[];
  try {
    parts = pathname.replace(/\/+$/, '').split('/').slice(1).map(decodeURIComponent);
  } catch {
    return 'pass'; // next.config.js rewrites undecodable paths to the 404 page already.
  }
  const [first = '', second, third, ...more] = parts;
  if (isSiteName(first)) return siteRoute(lookup, first, parts.slice(1));
  const section = lookup.sections.get(first);
  if (!section) {
    // A static page (/about) and its card; nothing else lives at the top level.
    if (lookup.pages.has(first) && (second === undefined || (second === 'card.png' && third === undefined)))
      return 'pass';
    return 'unknown';
  }
  if (second === undefined) return 'pass';
  if (third === undefined) {
    if (Object.hasOwn(SECTION_FILES, second)) return 'pass';
    return section.stories.has(second) ? 'pass' : 'unknown';
  }
  if (second === 'page') return more.length === 0 && listPage([second, third], section.pages) ? 'pass' : 'unknown';
  if (isStoryFile(third) && more.length === 0) return lookup.cards.has(`${first}/${second}`) ? 'pass' : 'unknown';
  // A live blog's JSON of new posts, and its older pages, one per post.
  const posts = lookup.live.get(`${first}/${second}`);
  if (posts && isLiveBlogFile(third) && more.length === 0) return 'pass';
  if (posts && third === 'page' && more.length === 1 && posts.has(more[0] as string)) return 'pass';
  return 'unknown';
}
