/**
 * Which pages a publish must render again: everything a changed story appears on or links
 * from. Pure, over the store before and after, so it is tested without a server.
 *
 * Revalidated at once: the story itself and its card; home; its section front and feeds; its
 * tags' and authors' pages; its archive month; the site feeds, sitemaps and the news sitemap;
 * /archive, /tag and /corrections; every deep list page (/…/page/n, one pattern each: a new
 * story moves every later page by one); the stories whose Previous/Next pointed at it or now
 * do; the stories whose ALSO READ names it; for a live blog, its posts.json and older pages. Not revalidated: "Latest from <Section>", "Related"
 * and "Don't Miss" on other stories, which are at most site.sharedBlocksMaxAgeSeconds old.
 *
 * The same rules read from the database, without the whole archive: ./affected-pages-database.ts.
 */
import { monthKey } from '../content/grouping';
import { adjacentIn, type ArchiveIndex, buildIndex } from '../content/indexes';
import type { IndexableArticle } from '../content/types';
import type { Revalidation } from '../revalidate/request';
import {
  LIVE_BLOG_PAGE_ROUTE,
  PAGED_LIST_ROUTES,
  pagesListingEveryStory,
  sectionFilesListingEveryStory,
} from '../route-manifest';
import { routes, tagSlug } from '../routes';
import { MAX_URLS_PER_SITEMAP } from '../seo/sitemap-xml';
import { site } from '../site';

export interface Story extends IndexableArticle {
  tags?: string[];
  authors?: string[];
  alsoRead?: string[];
  /** A live blog: a post added, changed or removed is a change of the blog (docs/decisions/029). */
  live?: unknown;
}

/** Every page of every site: after a change to an author, section or page (names in every header and footer). */
export const everything: Revalidation = { paths: [], routes: [{ route: '/', type: 'layout' }] };

// The route manifest (lib/route-manifest.ts) names the paged lists and the site-wide pages.
const DEEP_LIST_PAGES: Revalidation['routes'] = PAGED_LIST_ROUTES.map((route) => ({ route, type: 'page' }));

const LIVE_BLOG_OLDER_PAGES: Revalidation['routes'][number] = { route: LIVE_BLOG_PAGE_ROUTE, type: 'page' };

function storyPages(story: Story): string[] {
  const [year, month] = monthKey(story.date, site.timeZone).split('-').map(Number) as [number, number];
  return [
    story.url,
    `${story.url}/card.png`,
    // What an open live blog polls for new posts.
    ...(story.live ? [routes.livePosts(story.section, story.slug)] : []),
    routes.section(story.section),
    ...sectionFilesListingEveryStory().map((name) => `${routes.section(story.section)}/${name}`),
    ...(story.tags ?? []).map((tag) => routes.tag(tagSlug(tag))),
    ...(story.authors ?? []).map((author) => routes.author(author)),
    routes.archiveMonth(year, month),
  ];
}

/** Stories next to `story` in its section, in an index that has it. */
function neighbours<A extends Story>(index: ArchiveIndex<A>, story: Story): A[] {
  const indexed = index.bySlug.get(story.slug);
  if (!indexed) return [];
  const { previous, next } = adjacentIn(index, indexed);
  return [previous, next].filter((found): found is A => found !== undefined);
}

/**
 * The pages of the changed stories themselves and the site-wide ones, which need nothing but
 * the changed records: what a publish writes down before its write (./journal.ts).
 */
export function changedStoryPages(changed: { removed: readonly Story[]; added: readonly Story[] }): Revalidation {
  const stories = [...changed.removed, ...changed.added];
  const paths = new Set<string>(pagesListingEveryStory());
  for (const story of stories) for (const path of storyPages(story)) paths.add(path);
  // A live blog's older pages: a post edited or removed there (a new post changes none of them).
  const livePages = stories.some((story) => story.live) ? [LIVE_BLOG_OLDER_PAGES] : [];
  return { paths: [...paths].sort(), routes: [...DEEP_LIST_PAGES, ...livePages] };
}

/**
 * The pages around a change in one state of the store (before it or after it): the stories
 * given (Previous/Next neighbours, ALSO READ senders) and every sitemap part for `listed`
 * stories (a story added or gone moves every later part's entries).
 */
export function pagesAround(urls: Iterable<string>, listed: number): string[] {
  const parts = Math.ceil(listed / MAX_URLS_PER_SITEMAP);
  return [...urls, ...Array.from({ length: parts }, (_, i) => routes.sitemapPart(i + 1))];
}

/** `revalidation` with `paths` added, sorted and without repeats. */
export function withPaths(revalidation: Revalidation, paths: Iterable<string>): Revalidation {
  return { ...revalidation, paths: [...new Set([...revalidation.paths, ...paths])].sort() };
}

export function affectedPages<A extends Story>(options: {
  before: readonly A[];
  after: readonly A[];
  /** The stories that went out of the store (old records) and came in (new records). */
  removed: readonly A[];
  added: readonly A[];
}): Revalidation {
  const oldIndex = buildIndex(options.before);
  const newIndex = buildIndex(options.after);
  const slugs = new Set([...options.removed, ...options.added].map((story) => story.slug));
  // Previous / Next: the stories either side of each change, before and after it.
  const before = options.removed.flatMap((story) => neighbours(oldIndex, story)).map((story) => story.url);
  const after = options.added.flatMap((story) => neighbours(newIndex, story)).map((story) => story.url);
  // ALSO READ callouts that name a changed story (its headline, or a link that now works or not).
  for (const story of newIndex.all) {
    if (story.alsoRead?.some((slug) => slugs.has(slug))) after.push(story.url);
  }
  return withPaths(changedStoryPages(options), [
    ...pagesAround(before, oldIndex.all.length),
    ...pagesAround(after, newIndex.all.length),
  ]);
}
