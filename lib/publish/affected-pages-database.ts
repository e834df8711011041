/**
 * Which pages a publish renders again (the rules of ./affected-pages.ts), read from the content
 * store in the database instead of two indexes of the whole archive: Previous/Next of each
 * change from its section's index range before the write (for the stories leaving) and after it
 * (for the stories coming), the stories whose ALSO READ names a changed slug from
 * content_story_links, and the sitemap parts from the content_lists 'all' count before and after.
 *
 * The after part is written down in the journal as the stories it asks about (AfterChange) and
 * read once the write is done, also by the publish that finishes a stopped one.
 */
import { chunks, KEYS_PER_STATEMENT } from '../build/database-store/batches';
import { adjacentRows } from '../content/database';
import type { Database } from '../db/connection';
import type { Revalidation } from '../revalidate/request';
import { changedStoryPages, pagesAround, type Story } from './affected-pages';
import { listedCount } from './store-reads';

type Reader = Pick<Database, 'db'>;

type Placed = Pick<Story, 'section' | 'slug' | 'date'> & { sourceFilePath: string };

/** What is asked of the store once the write is done: kept in the journal, so plain JSON. */
export interface AfterChange {
  /** The incoming stories, whose neighbours after the write are rendered again. */
  added: Placed[];
  /** Every changed story's slug: the stories whose ALSO READ names one are rendered again. */
  slugs: string[];
}

/** Which of these stories readers see in the store as it is now. */
async function listedAmong(database: Reader, stories: readonly Placed[]): Promise<Placed[]> {
  const listed = new Set<string>();
  const paths = [...new Set(stories.map((story) => story.sourceFilePath))];
  for (const slice of chunks(paths, KEYS_PER_STATEMENT)) {
    const rows = await database.db
      .selectFrom('content_stories')
      .select('source_path')
      .where('source_path', 'in', slice)
      .where('listed', '=', 1)
      .execute();
    for (const row of rows) listed.add(row.source_path);
  }
  return stories.filter((story) => listed.has(story.sourceFilePath));
}

/**
 * The URLs of the listed stories either side of `story` in its section: the older one (an
 * earlier date, or the same date and a later slug) and the newer one, each the first row of its
 * index range from the story's own (date_ms, slug), as lib/content/database/neighbours.ts reads them.
 */
async function neighbourUrls(database: Reader, story: Placed): Promise<string[]> {
  const { older, newer } = await adjacentRows(database.db, story, 'published');
  return [older, newer].flatMap((row) => (row ? [urlOf(row.record)] : []));
}

const urlOf = (record: string) => (JSON.parse(record) as { url: string }).url;

async function neighboursOf(database: Reader, stories: readonly Placed[]): Promise<string[]> {
  const urls: string[] = [];
  for (const story of await listedAmong(database, stories)) urls.push(...(await neighbourUrls(database, story)));
  return urls;
}

/** The listed stories whose ALSO READ names one of `slugs` (content_story_links by target). */
async function namingStories(database: Reader, slugs: readonly string[]): Promise<string[]> {
  const urls: string[] = [];
  for (const slice of chunks(slugs, KEYS_PER_STATEMENT)) {
    const rows = await database.db
      .selectFrom('content_story_links as link')
      .innerJoin('content_stories as story', 'story.source_path', 'link.source_path')
      .select('story.record')
      .where('link.target_slug', 'in', slice)
      .where('story.listed', '=', 1)
      .execute();
    urls.push(...rows.map((row) => urlOf(row.record)));
  }
  return urls;
}

const placed = (story: Story & { sourceFilePath: string }): Placed => ({
  sourceFilePath: story.sourceFilePath,
  section: story.section,
  slug: story.slug,
  date: story.date,
});

/**
 * Read before the write: the changed stories' own pages and the site-wide ones, the neighbours
 * of the stories leaving and the sitemap parts as the store is now; and what to ask after it.
 */
export async function pagesBeforeChange(
  database: Reader,
  changed: {
    removed: readonly (Story & { sourceFilePath: string })[];
    added: readonly (Story & { sourceFilePath: string })[];
  },
): Promise<{ revalidate: Revalidation; after: AfterChange }> {
  const own = changedStoryPages(changed);
  const around = pagesAround(await neighboursOf(database, changed.removed.map(placed)), await listedCount(database));
  return {
    revalidate: { ...own, paths: [...new Set([...own.paths, ...around])].sort() },
    after: {
      added: changed.added.map(placed),
      slugs: [...new Set([...changed.removed, ...changed.added].map((story) => story.slug))].sort(),
    },
  };
}

/** Read after the write: the neighbours of the stories coming, the stories naming a change, the sitemap parts. */
export async function pagesAfterChange(database: Reader, after: AfterChange): Promise<string[]> {
  const urls = [...(await neighboursOf(database, after.added)), ...(await namingStories(database, after.slugs))];
  return pagesAround(urls, await listedCount(database));
}
