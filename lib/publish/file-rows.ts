/**
 * What a publish reads of the manifest (content_files, content_file_links;
 * lib/db/migrations/130-content-files.ts): only the rows it needs, each question answered
 * through a key or an index, so no read grows with the archive (./file-rows.test.ts checks the
 * plans). The one that does, `stats`, is asked only by `npm run publish` without file names.
 */
import { chunks, KEYS_PER_STATEMENT } from '../build/database-store/batches';
import type { Database } from '../db/connection';
import type { ListedFile } from '../source/content-files';
import type { FileRecord } from '../validation/model';

/** What ./changes.ts asks of the manifest; ./file-rows-of.ts answers the same from records in memory (tests). */
export interface FileRows {
  /** The records at these paths (paths without a row are left out). */
  at(paths: Iterable<string>): Promise<Map<string, FileRecord>>;
  /** The files whose ALSO READ names one of these slugs. */
  naming(slugs: Iterable<string>): Promise<FileRecord[]>;
  /** The stories (articles, live blogs) with one of these slugs. */
  storiesWithSlugs(slugs: Iterable<string>): Promise<FileRecord[]>;
  /** Every author, section and page (few). */
  shared(): Promise<FileRecord[]>;
  /** The files of a live blog (its folder, live/2026/<slug>). */
  blogFiles(blog: string): Promise<FileRecord[]>;
  /** The stories not drafts and dated after `from`, up to `to` (ms, inclusive). */
  datedBetween(from: number, to: number): Promise<FileRecord[]>;
  /** Every file's size and time: the one read that grows with the archive (`npm run publish` without names). */
  stats(): Promise<Map<string, ListedFile>>;
  /** How many rows were read so far (tests show what a publish depends on). */
  readonly read: number;
}

const STORY_KINDS = ['article', 'live'];
const SHARED_KINDS = ['author', 'section', 'page'];

/** The distinct values, a statement's worth at a time. */
const slices = (values: Iterable<string>) => chunks([...new Set(values)], KEYS_PER_STATEMENT);

export function fileRows(database: Pick<Database, 'db'>): FileRows {
  const { db } = database;
  let read = 0;
  const records = (rows: { record: string }[]) => {
    read += rows.length;
    return rows.map((row) => JSON.parse(row.record) as FileRecord);
  };
  return {
    get read() {
      return read;
    },
    async at(paths) {
      const found = new Map<string, FileRecord>();
      for (const slice of slices(paths)) {
        const rows = await db.selectFrom('content_files').select('record').where('path', 'in', slice).execute();
        for (const record of records(rows)) found.set(record.path, record);
      }
      return found;
    },
    async naming(slugs) {
      const found: FileRecord[] = [];
      for (const slice of slices(slugs)) {
        const rows = await db
          .selectFrom('content_file_links')
          .innerJoin('content_files', 'content_files.path', 'content_file_links.path')
          .select('content_files.record')
          .distinct()
          .where('content_file_links.target', 'in', slice)
          .execute();
        found.push(...records(rows));
      }
      return found;
    },
    async storiesWithSlugs(slugs) {
      const found: FileRecord[] = [];
      for (const slice of slices(slugs)) {
        // By slug alone, kinds sorted out here: with a kind condition SQLite may take the kind
        // index, which holds every article, over the slug index, which holds a few rows.
        const rows = await db
          .selectFrom('content_files')
          .select(['record', 'kind'])
          .where('slug', 'in', slice)
          .execute();
        found.push(...records(rows.filter((row) => STORY_KINDS.includes(row.kind))));
      }
      return found;
    },
    async shared() {
      return records(await db.selectFrom('content_files').select('record').where('kind', 'in', SHARED_KINDS).execute());
    },
    async blogFiles(blog) {
      // The folder's paths are one range of the key: "<blog>/" up to "<blog>0" ('0' follows '/').
      return records(
        await db
          .selectFrom('content_files')
          .select('record')
          .where('path', '>', `${blog}/`)
          .where('path', '<', `${blog}0`)
          .execute(),
      );
    },
    async datedBetween(from, to) {
      let query = db.selectFrom('content_files').select('record').where('publish_ms', 'is not', null);
      if (Number.isFinite(from)) query = query.where('publish_ms', '>', from);
      if (Number.isFinite(to)) query = query.where('publish_ms', '<=', to);
      return records(await query.execute());
    },
    async stats() {
      const rows = await db.selectFrom('content_files').select(['path', 'size', 'mtime_ms']).execute();
      read += rows.length;
      return new Map(rows.map((row) => [row.path, { size: row.size, mtimeMs: row.mtime_ms }]));
    },
  };
}

/** The content folder the last build read (content_state), if a build wrote the manifest. */
export async function storedContentDir(database: Pick<Database, 'db'>): Promise<string | undefined> {
  const row = await database.db
    .selectFrom('content_state')
    .select('value')
    .where('name', '=', 'content_dir')
    .executeTakeFirst();
  return row?.value;
}

/** The stories changed or removed since the last full build (their URLs), for the search index's delta. */
export async function sinceBuild(database: Pick<Database, 'db'>): Promise<{ changed: string[]; removed: string[] }> {
  const rows = await database.db.selectFrom('content_search_delta').select(['url', 'change']).orderBy('url').execute();
  return {
    changed: rows.filter((row) => row.change === 'changed').map((row) => row.url),
    removed: rows.filter((row) => row.change === 'removed').map((row) => row.url),
  };
}
