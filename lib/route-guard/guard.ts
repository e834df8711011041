/**
 * Whether an address can exist, decided from the route table (./table.ts) before Next renders
 * anything. Routes that render on request (stories outside the prerendered window, deep list
 * pages) would otherwise render, and cache, a 404 for every made-up slug or page number that
 * anyone asks for; proxy.ts answers those with the prerendered 404 page instead.
 *
 * Only the dynamic parts of the URL space are judged; everything else ('/', '/search', feeds,
 * build assets, files under public/) passes to Next unchanged.
 */
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

/** Top-level names that are the site's own routes or files, never a section or page. */
const SITE_ROUTES = new Set([
  '',
  '_next',
  'api',
  'archive',
  'atom.xml',
  'author',
  'card.png',
  'corrections',
  'favicon.ico',
  'feed.json',
  'feed.xml',
  'icon.svg',
  'images',
  'js',
  'logo.png',
  'news-sitemap.xml',
  'pagefind',
  'pagefind-delta',
  'robots.txt',
  'search',
  'sitemap.xml',
  'sitemaps',
  'tag',
]);

const SECTION_FILES = new Set(['feed.xml', 'atom.xml', 'feed.json', 'card.png']);

/** "2" → 2; anything but canonical digits (lib/pagination.ts parsePageParam) → undefined. */
const pageNumber = (value: string | undefined) => (value && /^[1-9][0-9]*$/.test(value) ? Number(value) : undefined);

/** A numbered list page /…/page/<n> that exists: n from 1 (a redirect to the list) to its last page. */
const listPage = (rest: string[], pages: number) =>
  rest.length === 2 && rest[0] === 'page' && (pageNumber(rest[1]) ?? Infinity) <= pages;

function siteRoute(lookup: Lookup, [first, second, ...rest]: string[]): Verdict {
  switch (first) {
    case 'tag': {
      if (second === undefined) return 'pass';
      const pages = lookup.tags.get(second);
      if (pages === undefined) return 'unknown';
      return rest.length === 0 || listPage(rest, pages) ? 'pass' : 'unknown';
    }
    case 'author': {
      if (second === undefined) return 'unknown';
      const pages = lookup.authors.get(second);
      if (pages === undefined) return 'unknown';
      return rest.length === 0 || listPage(rest, pages) ? 'pass' : 'unknown';
    }
    case 'sitemaps': {
      const part = /^([1-9][0-9]*)\.xml$/.exec(second ?? '')?.[1];
      const fits = rest.length === 0 && part !== undefined && lookup.sitemapParts > 1;
      return fits && Number(part) <= lookup.sitemapParts ? 'pass' : 'unknown';
    }
    case 'archive':
      if (second === undefined) return 'pass';
      return rest.length === 1 && lookup.months.has(`${second}/${rest[0]}`) ? 'pass' : 'unknown';
    default:
      return 'pass';
  }
}

/** The verdict for a pathname such as /uk/harbour-crane-collapses (percent-encoded as requested). */
export function judge(lookup: Lookup, pathname: string): Verdict {
  let parts: string[];
  try {
    parts = pathname.replace(/\/+$/, '').split('/').slice(1).map(decodeURIComponent);
  } catch {
    return 'pass'; // next.config.js rewrites undecodable paths to the 404 page already.
  }
  const [first = '', second, third, ...more] = parts;
  if (SITE_ROUTES.has(first)) return siteRoute(lookup, parts);
  const section = lookup.sections.get(first);
  if (!section) {
    // A static page (/about) and its card; nothing else lives at the top level.
    if (lookup.pages.has(first) && (second === undefined || (second === 'card.png' && third === undefined)))
      return 'pass';
    return 'unknown';
  }
  if (second === undefined) return 'pass';
  if (third === undefined) {
    if (SECTION_FILES.has(second)) return 'pass';
    return section.stories.has(second) ? 'pass' : 'unknown';
  }
  if (second === 'page') return more.length === 0 && listPage([second, third], section.pages) ? 'pass' : 'unknown';
  if (third === 'card.png' && more.length === 0) return lookup.cards.has(`${first}/${second}`) ? 'pass' : 'unknown';
  // A live blog's JSON of new posts, and its older pages, one per post.
  const posts = lookup.live.get(`${first}/${second}`);
  if (posts && third === 'posts.json' && more.length === 0) return 'pass';
  if (posts && third === 'page' && more.length === 1 && posts.has(more[0] as string)) return 'pass';
  return 'unknown';
}
