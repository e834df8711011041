/**
 * The guard's questions answered from a route table (./table.ts) held in memory: sets and maps
 * built once per table. The table lists every story of the archive, so this is the lookup for a
 * small site or a test; ./database-lookup.ts asks the database instead.
 */
import { type RouteLookup, sitemapPartsFor } from './guard';
import type { RouteTable } from './table';

/** URLs in the sitemap, counted as lib/seo/sitemap-entries.ts lists them: home, /tag and /archive, then each list page, story, month and page. */
export function sitemapUrls(table: RouteTable): number {
  const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
  const sections = Object.values(table.sections);
  return (
    3 +
    sum(sections.map((section) => section.pages + section.stories.length)) +
    sum(Object.values(table.tags)) +
    sum(Object.values(table.authors)) +
    table.months.length +
    table.pages.length
  );
}

export function lookupOf(table: RouteTable): RouteLookup {
  const sections = new Map(
    Object.entries(table.sections).map(([slug, { pages, stories }]) => [slug, { pages, stories: new Set(stories) }]),
  );
  const pages = new Set(table.pages);
  const tags = new Map(Object.entries(table.tags));
  const authors = new Map(Object.entries(table.authors));
  const months = new Set(table.months);
  const cards = new Set(table.cards);
  const live = new Map(Object.entries(table.live ?? {}).map(([story, posts]) => [story, new Set(posts)]));
  const parts = sitemapPartsFor(sitemapUrls(table));
  // Answered at once; a promise only because the database's answers are.
  const answer = <T>(value: T) => Promise.resolve(value);
  return {
    section: (slug) => {
      const section = sections.get(slug);
      return answer(section && { pages: section.pages });
    },
    hasStory: (section, slug) => answer(sections.get(section)?.stories.has(slug) ?? false),
    hasStaticPage: (slug) => answer(pages.has(slug)),
    tagPages: (key) => answer(tags.get(key)),
    authorPages: (slug) => answer(authors.get(slug)),
    hasMonth: (year, month) => answer(months.has(`${year}/${month}`)),
    hasCard: (section, slug) => answer(cards.has(`${section}/${slug}`)),
    livePosts: (section, slug) => answer(live.get(`${section}/${slug}`)),
    sitemapParts: () => answer(parts),
  };
}
