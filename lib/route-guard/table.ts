/**
 * The addresses the content store can answer, in a form proxy.ts can check in a few map
 * lookups without loading the store: every section, page, story, tag, author and archive
 * month, with how many list pages each has. Written beside the store by the build and by
 * `npm run publish` (lib/build/store-writer.ts), read by ./guard.ts.
 */
export interface RouteTable {
  /** The store version this table was made from. */
  version: string;
  sections: Record<string, { pages: number; stories: string[] }>;
  /** Static pages (/about): share the top level with sections. */
  pages: string[];
  tags: Record<string, number>;
  authors: Record<string, number>;
  /** "2026/11" for every month that has a published story. */
  months: string[];
  /** Stories that have a drawn social card (/<section>/<slug>/card.png, decision 021). */
  cards: string[];
  /**
   * Live blogs ("<section>/<slug>") and their post ids: each has /<section>/<slug>/posts.json
   * and an older page /<section>/<slug>/page/<post-id> per post (docs/decisions/029).
   */
  live?: Record<string, string[]>;
}

export interface TableInput {
  version: string;
  sections: { slug: string }[];
  pages: { slug: string }[];
  authors: { slug: string }[];
  /** The published stories, newest first, as lib/content's index has them. */
  stories: { slug: string; section: string; date: string; live?: { posts: { id: string }[] } }[];
  byTag: Map<string, unknown[]>;
  byAuthor: Map<string, unknown[]>;
  months: string[];
  pageSize: number;
  cards: number;
}

const pagesOf = (count: number, pageSize: number) => Math.max(1, Math.ceil(count / pageSize));

export function routeTable(input: TableInput): RouteTable {
  const sections: RouteTable['sections'] = {};
  for (const { slug } of input.sections) sections[slug] = { pages: 1, stories: [] };
  for (const story of input.stories) sections[story.section]?.stories.push(story.slug);
  for (const section of Object.values(sections)) section.pages = pagesOf(section.stories.length, input.pageSize);
  const tags: Record<string, number> = {};
  for (const [tag, list] of input.byTag) tags[tag] = pagesOf(list.length, input.pageSize);
  const authors: Record<string, number> = {};
  for (const { slug } of input.authors) authors[slug] = pagesOf(input.byAuthor.get(slug)?.length ?? 0, input.pageSize);
  return {
    version: input.version,
    sections,
    pages: input.pages.map(({ slug }) => slug),
    tags,
    authors,
    months: input.months,
    cards: input.stories.slice(0, input.cards).map(({ section, slug }) => `${section}/${slug}`),
    live: Object.fromEntries(
      input.stories.flatMap(({ section, slug, live }) =>
        live ? [[`${section}/${slug}`, live.posts.map((post) => post.id)]] : [],
      ),
    ),
  };
}
