/**
 * A built project's content store, read from its database (DATABASE_URL, else its
 * .dateline/dateline.sqlite), for tests and benchmarks that pick stories from it or draw the route
 * table from it; the store is no longer a file (issue 24).
 */
import { type Database, databaseLocation, openDatabase } from '../../lib/db/connection';
import { listedCount } from '../../lib/publish/store-reads';
import type { RouteTable } from '../../lib/route-guard/table';
import { routeTableOf } from '../../test/oracles/route-table-of';

async function withDatabase<T>(root: string, read: (database: Database) => Promise<T>): Promise<T> {
  const database = openDatabase(databaseLocation(process.env, root));
  try {
    return await read(database);
  } finally {
    await database.close();
  }
}

/** How many stories readers see. */
export function storedStoryCount(root: string): Promise<number> {
  return withDatabase(root, listedCount);
}

/** The listed stories' addresses, oldest first: `count` of them spread over the oldest `share` of the archive. */
export function spreadOfOldest(root: string, count: number, share = 0.5): Promise<string[]> {
  return withDatabase(root, async ({ db }) => {
    const { total } = await db
      .selectFrom('content_stories')
      .select((eb) => eb.fn.countAll<string | number>().as('total'))
      .where('listed', '=', 1)
      .executeTakeFirstOrThrow();
    const step = Math.max(1, Math.floor((Number(total) * share) / count));
    const urls: string[] = [];
    for (let i = 0; i < count && i * step < Number(total); i++) {
      const row = await db
        .selectFrom('content_stories')
        .select('record')
        .where('listed', '=', 1)
        .orderBy('date_ms', 'asc')
        .orderBy('slug', 'desc')
        .offset(i * step)
        .limit(1)
        .executeTakeFirst();
      if (row) urls.push((JSON.parse(row.record) as { url: string }).url);
    }
    return urls;
  });
}

/** The newest listed story's address, or undefined for an empty archive. */
export function newestStory(root: string): Promise<string | undefined> {
  return withDatabase(root, async ({ db }) => {
    const row = await db
      .selectFrom('content_stories')
      .select('record')
      .where('listed', '=', 1)
      .orderBy('date_ms', 'desc')
      .orderBy('slug', 'asc')
      .limit(1)
      .executeTakeFirst();
    return row ? (JSON.parse(row.record) as { url: string }).url : undefined;
  });
}

/** The route table of the store (test/oracles/route-table-of.ts): every real address the site answers. */
export function storedRouteTable(root: string): Promise<RouteTable> {
  return withDatabase(root, async ({ db }) => {
    const stories = await db.selectFrom('content_stories').select('record').execute();
    const documents = await db.selectFrom('content_documents').select(['kind', 'record']).execute();
    const version = await db
      .selectFrom('content_state')
      .select('value')
      .where('name', '=', 'version')
      .executeTakeFirst();
    const of = (kind: string) =>
      documents.filter((row) => row.kind === kind).map((row) => JSON.parse(row.record) as Record<string, unknown>);
    return routeTableOf(version?.value ?? '', {
      articles: stories.map((row) => JSON.parse(row.record) as Record<string, unknown>),
      authors: of('author'),
      sections: of('section'),
      pages: of('page'),
    });
  });
}
