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

export function affectedPages<A extends Story>(options: {
  before: readonly A[];
  after: readonly A[];
  /** The stories that went out of the store (old records) and came in (new records). */
  removed: readonly A[];
  added: readonly A[];
}): Revalidation {
  const oldIndex = buildIndex(options.before);
  const newIndex = buildIndex(options.after);
  const changed = [...options.removed, ...options.added];
  const paths = new Set<string>(pagesListingEveryStory());
  const slugs = new Set(changed.map((story) => story.slug));
  for (const story of changed) for (const path of storyPages(story)) paths.add(path);
  // Previous / Next: the stories either side of each change, before and after it.
  for (const story of options.removed) for (const other of neighbours(oldIndex, story)) paths.add(other.url);
  for (const story of options.added) for (const other of neighbours(newIndex, story)) paths.add(other.url);
  // ALSO READ callouts that name a changed story (its headline, or a link that now works or not).
  for (const story of newIndex.all) {
    if (story.alsoRead?.some((slug) => slugs.has(slug))) paths.add(story.url);
  }
  const parts = Math.max(
    Math.ceil(oldIndex.all.length / MAX_URLS_PER_SITEMAP),
    Math.ceil(newIndex.all.length / MAX_URLS_PER_SITEMAP),
  );
  for (let part = 1; part <= parts; part++) paths.add(routes.sitemapPart(part));
  // A live blog's older pages: a post edited or removed there (a new post changes none of them).
  const livePages = changed.some((story) => story.live) ? [LIVE_BLOG_OLDER_PAGES] : [];
  return { paths: [...paths].sort(), routes: [...DEEP_LIST_PAGES, ...livePages] };
}
