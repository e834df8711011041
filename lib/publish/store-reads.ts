/**
 * What a publish reads from the content store in the database (issue 24) instead of the whole
 * store file: the version it replaces, the clock of the last write, the rows of the stories it
 * touches (one query by source path), and the authors, sections and pages when one of those
 * changed. What it reads of the manifest is in ./file-rows.ts. Every read reaches rows by a key, so its cost does not grow with the archive.
 */
import type { StoreDocuments } from '../build/database-store';
import { chunks, KEYS_PER_STATEMENT } from '../build/database-store/batches';
import type { StoredArticle } from '../content/store';
import type { Database } from '../db/connection';
import type { FileRecord } from '../validation/model';
import type { FileRows } from './file-rows';

type Reader = Pick<Database, 'db'>;

async function stateValue(database: Reader, name: 'version' | 'clock'): Promise<string | undefined> {
  const row = await database.db.selectFrom('content_state').select('value').where('name', '=', name).executeTakeFirst();
  return row?.value;
}

/** content_state's version: what the servers compare, and what a publish's journal replaces. */
export const storedVersion = (database: Reader) => stateValue(database, 'version');

/** The writer's now at the last build or publish that left every story's `listed` right. */
export async function storedClock(database: Reader): Promise<Date | undefined> {
  const value = await stateValue(database, 'clock');
  return value === undefined ? undefined : new Date(value);
}

export interface StoredStory {
  record: StoredArticle;
  listed: boolean;
}

/** The stories the database has at these source paths (paths it lacks are left out). */
export async function storedStories(database: Reader, paths: Iterable<string>): Promise<Map<string, StoredStory>> {
  const found = new Map<string, StoredStory>();
  for (const slice of chunks([...new Set(paths)], KEYS_PER_STATEMENT)) {
    const rows = await database.db
      .selectFrom('content_stories')
      .select(['source_path', 'record', 'listed'])
      .where('source_path', 'in', slice)
      .execute();
    for (const row of rows) {
      found.set(row.source_path, { record: JSON.parse(row.record) as StoredArticle, listed: row.listed === 1 });
    }
  }
  return found;
}

/** Every author, section and page as the store has them (few, read whole). */
export async function storedDocuments(database: Reader): Promise<StoreDocuments> {
  const rows = await database.db.selectFrom('content_documents').select(['kind', 'record']).orderBy('slug').execute();
  const of = (kind: string) =>
    rows.filter((row) => row.kind === kind).map((row) => JSON.parse(row.record) as Record<string, unknown>);
  return { authors: of('author'), sections: of('section'), pages: of('page') };
}

/** How many stories readers see: the content_lists 'all' row (none when the archive is empty). */
export async function listedCount(database: Reader): Promise<number> {
  const row = await database.db
    .selectFrom('content_lists')
    .select('count')
    .where('kind', '=', 'all')
    .where('key', '=', '')
    .executeTakeFirst();
  return row?.count ?? 0;
}

/**
 * The stories (articles, live blogs) whose visibility may differ between the store's clock and
 * the publish's now: dated between the two (an embargo that ended; or, with a clock set back,
 * one that begins again). From the manifest's rows by their index on the date, so no query reads
 * the archive. Without a clock (a store written before it was kept) every story dated up to now
 * is a candidate, once: the publish that writes sets it.
 */
export async function datedBetween(rows: FileRows, clock: Date | undefined, now: Date): Promise<FileRecord[]> {
  const from = Math.min(clock?.getTime() ?? Number.NEGATIVE_INFINITY, now.getTime());
  const to = Math.max(clock?.getTime() ?? Number.NEGATIVE_INFINITY, now.getTime());
  return rows.datedBetween(from, to);
}
