/**
 * The guard's questions answered by the content store's tables (lib/db/migrations/100-content-store.ts),
 * each with one indexed query: a story, a document or a content_lists row by its key. Nothing is
 * read whole, so a request costs the same at 1,000 stories and at 1,000,000, and every host that
 * shares the database sees a publish as soon as its transaction commits.
 *
 * Two answers are kept per store version (content_state 'version', which every build and
 * publish changes with the rows): the newest stories, which have a drawn card, and the sitemap's
 * size. Asking for either costs the version's point lookup, and the set or the sum is read again
 * only after the version changed.
 *
 * The same semantics as the route table the build writes (lib/build/store-writer.ts routeTableOf,
 * ./table.ts): every section has at least page 1, a list of n stories has max(1, ceil(n / pageSize))
 * pages, every author document has a page even without stories.
 */
import { type Kysely, type RawBuilder, sql } from 'kysely';

import type { ContentListKind, CountedFlag, DatabaseSchema } from '../db/schema';
import { site } from '../site';
import { type RouteLookup, sitemapPartsFor } from './guard';

/**
 * - published: what readers see (`listed = 1`), list sizes from content_lists: `npm start`.
 * - everything: drafts and embargoed stories too, counted with count(*), as `next dev` shows them
 *   (lib/content/published.ts showsUnpublished). Its sitemap size counts the archive; it is never
 *   asked for in `next dev`, where proxy.ts refuses nothing.
 */
export type LookupScope = 'published' | 'everything';

type Db = Kysely<DatabaseSchema>;

const pagesOf = (count: number) => Math.max(1, Math.ceil(count / site.pageSize));

/** PostgreSQL's count(*) and sum() arrive as strings (bigint, numeric), SQLite's as numbers. */
const numberOf = (value: unknown) => Number(value ?? 0);

/** `value`, computed again only when the store's version changed since it was last computed. */
function perVersion<T>(db: Db, compute: () => Promise<T>): () => Promise<T> {
  let cached: { version: string | undefined; value: Promise<T> } | undefined;
  return async () => {
    // The version is read before the value: a publish between the two leaves a value newer than
    // its version, which the next call replaces, never an old value kept under a new version.
    const row = await db.selectFrom('content_state').select('value').where('name', '=', 'version').executeTakeFirst();
    if (!cached || cached.version !== row?.value) {
      const value = compute();
      cached = { version: row?.value, value };
      // A failed read (the database restarting) is not kept: the next call tries again.
      value.catch(() => {
        if (cached?.value === value) cached = undefined;
      });
    }
    return cached.value;
  };
}

/**
 * The lists of one kind as rows (key, c) with c ≥ 1: content_lists when published, counted from
 * the story rows otherwise.
 */
function listsOf(
  kind: Exclude<ContentListKind, 'all' | 'year' | CountedFlag>,
  scope: LookupScope,
): RawBuilder<unknown> {
  if (scope === 'published') return sql`select key, count as c from content_lists where kind = ${kind}`;
  switch (kind) {
    case 'section':
      return sql`select section as key, count(*) as c from content_stories group by section`;
    case 'tag':
      return sql`select tag_key as key, count(*) as c from content_story_tags group by tag_key`;
    case 'author':
      return sql`select author as key, count(*) as c from content_story_authors group by author`;
    case 'month':
      return sql`select month as key, count(*) as c from content_stories group by month`;
  }
}

/**
 * URLs in the sitemap (lib/seo/sitemap-entries.ts): home, /tag and /archive; each section's
 * pages and stories; each tag's and author's pages; each month; each static page. Only lists of
 * documents that exist count, as in the route table.
 */
async function sitemapUrls(db: Db, scope: LookupScope): Promise<number> {
  const size = sql.lit(site.pageSize);
  const pages = (count: RawBuilder<unknown>) => sql`((${count} + ${size} - 1) / ${size})`;
  const documents = (kind: string) => sql`(select count(*) from content_documents where kind = ${kind})`;
  const ofDocuments = (kind: 'section' | 'author', perList: RawBuilder<unknown>) =>
    sql`(select coalesce(sum(${perList}), 0) from (${listsOf(kind, scope)}) l
      join content_documents d on d.kind = ${kind} and d.slug = l.key)`;
  const { rows } = await sql<{ urls: unknown }>`select 3
    + ${documents('section')} + ${ofDocuments('section', sql`l.c + ${pages(sql`l.c`)} - 1`)}
    + (select coalesce(sum(${pages(sql`l.c`)}), 0) from (${listsOf('tag', scope)}) l)
    + ${documents('author')} + ${ofDocuments('author', sql`${pages(sql`l.c`)} - 1`)}
    + (select count(*) from (${listsOf('month', scope)}) l)
    + ${documents('page')} as urls`.execute(db);
  return numberOf(rows[0]?.urls);
}

export function databaseLookup(db: Db, scope: LookupScope): RouteLookup {
  const published = scope === 'published';

  /** A section's or an author's document, with how many stories its list has. */
  async function documentList(kind: 'section' | 'author', slug: string): Promise<number | undefined> {
    const stories = published
      ? sql`(select count from content_lists where kind = ${kind} and key = d.slug)`
      : kind === 'section'
        ? sql`(select count(*) from content_stories where section = d.slug)`
        : sql`(select count(*) from content_story_authors where author = d.slug)`;
    const row = await db
      .selectFrom('content_documents as d')
      .select(stories.as('stories'))
      .where('d.kind', '=', kind)
      .where('d.slug', '=', slug)
      .executeTakeFirst();
    return row && pagesOf(numberOf(row.stories));
  }

  /**
   * The stories at /<section>/<slug> are asked for by slug alone, then matched here: given the
   * section too, SQLite (which keeps no statistics) walks the section's index, a range as long as
   * the section, instead of the slug's. Slugs are unique but for a story moved between sections.
   */
  const atSlug = (slug: string) =>
    db.selectFrom('content_stories').select(['section', 'listed']).where('slug', '=', slug);
  const shows = (row: { section: string; listed: number }, section: string) =>
    row.section === section && (!published || row.listed === 1);

  const cards = perVersion(db, async () => {
    const newest = await db
      .selectFrom('content_stories')
      .select(['section', 'slug'])
      .$if(published, (query) => query.where('listed', '=', 1))
      .orderBy('date_ms', 'desc')
      .orderBy('slug', 'asc')
      .limit(site.socialCardsAtBuild)
      .execute();
    return new Set(newest.map(({ section, slug }) => `${section}/${slug}`));
  });
  const sitemapParts = perVersion(db, async () => sitemapPartsFor(await sitemapUrls(db, scope)));

  return {
    section: async (slug) => {
      const pages = await documentList('section', slug);
      return pages === undefined ? undefined : { pages };
    },
    hasStory: async (section, slug) => (await atSlug(slug).execute()).some((row) => shows(row, section)),
    hasStaticPage: async (slug) =>
      (await db
        .selectFrom('content_documents')
        .select('slug')
        .where('kind', '=', 'page')
        .where('slug', '=', slug)
        .executeTakeFirst()) !== undefined,
    tagPages: async (key) => {
      const count = published
        ? (
            await db
              .selectFrom('content_lists')
              .select('count')
              .where('kind', '=', 'tag')
              .where('key', '=', key)
              .executeTakeFirst()
          )?.count
        : numberOf(
            (
              await db
                .selectFrom('content_story_tags')
                .select((eb) => eb.fn.countAll().as('count'))
                .where('tag_key', '=', key)
                .executeTakeFirst()
            )?.count,
          );
      return count ? pagesOf(count) : undefined;
    },
    authorPages: (slug) => documentList('author', slug),
    hasMonth: async (year, month) => {
      const key = `${year}-${month}`;
      const row = published
        ? await db
            .selectFrom('content_lists')
            .select('key')
            .where('kind', '=', 'month')
            .where('key', '=', key)
            .executeTakeFirst()
        : await db.selectFrom('content_stories').select('month').where('month', '=', key).limit(1).executeTakeFirst();
      return row !== undefined;
    },
    hasCard: async (section, slug) => (await cards()).has(`${section}/${slug}`),
    livePosts: async (section, slug) => {
      const rows = await atSlug(slug).select(['live', 'record']).execute();
      const row = rows.find((candidate) => shows(candidate, section) && candidate.live === 1);
      if (!row) return undefined;
      const record = JSON.parse(row.record) as { live?: { posts?: { id: string }[] } };
      return new Set((record.live?.posts ?? []).map((post) => post.id));
    },
    sitemapParts,
  };
}
