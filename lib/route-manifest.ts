/**
 * The route manifest: every address shape the site answers, declared once (docs/decisions/036-route-manifest.md).
 * lib/routes.ts builds single addresses; this file says which shapes exist at all, who may
 * decide whether one exists (the route table of the content store, the files in public/, the
 * build's own assets), which methods each answers and which ones a publish renders again.
 *
 * Derived from it: the guard's verdicts (lib/route-guard/guard.ts) and proxy.ts's static-file
 * test and 405s, the reserved slugs editors cannot take (lib/schema/reserved.ts), the pages every
 * publish renders again (lib/publish/affected-pages.ts) and the feed types the static export
 * writes for static hosts (scripts/pipeline/static-export/host-files.ts). A new route that is
 * not declared here is refused by the guard before it renders: it cannot be forgotten quietly.
 */

/** The methods every page, feed, card and file answers; anything else is a 405 before any render. */
export const READ_METHODS = ['GET', 'HEAD'] as const;

/** What may follow a top-level name, and who decides whether a given address exists. */
export type Below =
  /** Nothing: /search/x, /feed.xml/x are addresses that do not exist. */
  | 'nothing'
  /** Files in public/ at build time (lib/route-guard/current.ts isPublicFile). */
  | 'public-files'
  /** Next's build assets: /_next/static/… only. */
  | 'build-assets'
  /** The content store's route table decides: a tag, an author, an archive month, a sitemap part. */
  | 'store'
  /** The base search index outside public/: its manifest and Pagefind's file names (lib/search/base-files.ts). */
  | 'search-base'
  /** Pagefind's own file names in the search delta (lib/search/delta-files.ts). */
  | 'search-delta'
  /** Only the endpoints listed in `endpoints`. */
  | 'endpoints';

export interface SiteName {
  /** Whether /<name> itself answers (a page or a file), or only addresses below it do. */
  self: 'page' | 'file' | 'none';
  below: Below;
  /** A publish renders this address again, whatever changed: it lists or counts every story. */
  listsEveryStory?: boolean;
  /** The media type a static host must send (a host types files by extension). */
  contentType?: string;
}

const feed = (contentType: string): SiteName & { contentType: string } => ({
  self: 'file',
  below: 'nothing',
  listsEveryStory: true,
  contentType,
});
const page = (below: Below = 'nothing', listsEveryStory = false): SiteName => ({
  self: 'page',
  below,
  listsEveryStory,
});
const file: SiteName = { self: 'file', below: 'nothing' };
const folder = (below: Below): SiteName => ({ self: 'none', below });

/** The feeds, by file name: served at the site's root and under every section. */
export const FEEDS = {
  'feed.xml': feed('application/rss+xml; charset=utf-8'),
  'atom.xml': feed('application/atom+xml; charset=utf-8'),
  'feed.json': feed('application/feed+json; charset=utf-8'),
} as const satisfies Record<string, SiteName>;

/**
 * Top-level names that are the site's own routes or files, never a section or static page.
 * '' is the home page.
 */
export const SITE_NAMES = {
  '': page('nothing', true),
  archive: page('store', true),
  tag: page('store', true),
  author: folder('store'),
  search: page(),
  corrections: page('nothing', true),
  ...FEEDS,
  'sitemap.xml': { ...file, listsEveryStory: true },
  'news-sitemap.xml': { ...file, listsEveryStory: true },
  sitemaps: folder('store'),
  'robots.txt': file,
  'card.png': file,
  'logo.png': file,
  'icon.svg': file,
  'favicon.ico': { self: 'file', below: 'nothing' },
  images: folder('public-files'),
  js: folder('public-files'),
  pagefind: folder('search-base'),
  'pagefind-delta': folder('search-delta'),
  _next: folder('build-assets'),
  api: folder('endpoints'),
} as const satisfies Record<string, SiteName>;

export type SiteNameKey = keyof typeof SITE_NAMES;

/** Top-level names Next serves as files from public/ (or its build) rather than through a route. */
export const FILE_FOLDERS = (Object.keys(SITE_NAMES) as SiteNameKey[]).filter((name) => {
  const below: Below = SITE_NAMES[name].below;
  return below === 'public-files' || below === 'build-assets';
});
/** Files in public/ that sit at the top level. */
export const PUBLIC_ROOT_FILES = ['favicon.ico'] as const;

/**
 * /api/<endpoint>: only the endpoints this build has, each with the methods it answers. The
 * newsroom editor's /api/keystatic exists only in an operator's DATELINE_EDITOR=1 build, which
 * proxy.ts lets through before the guard (docs/decisions/031).
 */
export const API_ENDPOINTS: Record<string, readonly string[]> = {
  revalidate: ['POST'],
};

/** What may follow /<section>: its list pages, its feeds and card, and its stories. */
export const SECTION_FILES = { ...FEEDS, 'card.png': file } as const satisfies Record<string, SiteName>;
/** What may follow /<section>/<story>: its card; for a live blog also its posts and older pages. */
export const STORY_FILES = ['card.png'] as const;
export const LIVE_BLOG_FILES = ['posts.json'] as const;

/**
 * The lists that have numbered pages (/…/page/<n>), with the route file that renders them: a
 * new story moves every later page by one, so a publish renders each of these routes again.
 */
export const PAGED_LIST_ROUTES = [
  '/[section]/page/[n]',
  '/(browse)/tag/[tag]/page/[n]',
  '/(browse)/author/[slug]/page/[n]',
] as const;
/** A live blog's older pages, one per post (docs/decisions/029). */
export const LIVE_BLOG_PAGE_ROUTE = '/[section]/[slug]/page/[post]';

/** The addresses a publish renders again whatever it changed (every story is listed there). */
export const pagesListingEveryStory = (): string[] =>
  Object.entries<SiteName>(SITE_NAMES)
    .filter(([, entry]) => entry.listsEveryStory)
    .map(([name]) => `/${name}`);

/** A section's addresses that list its every story. */
export const sectionFilesListingEveryStory = (): string[] =>
  Object.entries<SiteName>(SECTION_FILES)
    .filter(([, entry]) => entry.listsEveryStory)
    .map(([name]) => name);

/** The methods an address answers: an API endpoint its own, everything else GET and HEAD. */
export function methodsFor(segments: readonly string[]): readonly string[] {
  const [first, second, ...rest] = segments;
  if (first === 'api' && second !== undefined && rest.length === 0 && Object.hasOwn(API_ENDPOINTS, second)) {
    return API_ENDPOINTS[second] as readonly string[];
  }
  return READ_METHODS;
}

/** Words no section or static page may take: the site's own names, and a few kept for later. */
export const SITE_NAME_SLUGS = Object.keys(SITE_NAMES).filter((name) => name !== '');
