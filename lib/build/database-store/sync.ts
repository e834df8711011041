/**
 * What a full build writes into the database: the whole store compared with what the database
 * has, and only the differences written, in one transaction. A warm build (nothing changed)
 * reads the stories' hashes, the body keys, the documents and the lists, and writes nothing.
 */
import type { StoredArticle } from '../../content/store';
import type { Database } from '../../db/connection';
import { type StoryRows, storyRows } from '../story-rows';
import { chunks } from './batches';
import { bodyKeysOf, type ReadBody, readCompiledBody } from './bodies';
import { syncBodies } from './body-writes';
import { syncDocuments } from './document-writes';
import type { StoreDocuments } from './documents';
import { type ManifestFiles, syncFiles } from './file-writes';
import { syncLists } from './list-writes';
import { ListTally } from './lists';
import { newVersion, readClock, readVersion, writeClock, writeVersion } from './state';
import { deleteStories, insertStories } from './story-writes';

/** lib/build/store-writer.ts StoreContent: every story (articles and live blogs) without its body, and the documents. */
export interface SyncContent extends StoreDocuments {
  articles: readonly Record<string, unknown>[];
  /**
   * The content check's record of every file (its pending manifest), written in the same
   * transaction; without it (Contentlayer run by itself, with no check before it) the
   * manifest's rows are left as they are.
   */
  manifest?: ManifestFiles;
}

export interface WriteOptions {
  /** The build's or the publish's clock (lib/now.ts buildNow()): a story dated after it is unlisted. */
  now: Date;
  /** Read for DATELINE_PREVIEW (default process.env). */
  env?: Readonly<Record<string, string | undefined>>;
}

export interface SyncOptions extends WriteOptions {
  /** Where a body missing from the database is read from (default: its compiled file). */
  readBody?: ReadBody;
}

export interface SyncCounts {
  /** Stories written (new or changed), with their tag, author and link rows. */
  stories: number;
  storiesRemoved: number;
  bodies: number;
  bodiesRemoved: number;
  documents: number;
  documentsRemoved: number;
  lists: number;
  listsRemoved: number;
}

export interface SyncResult {
  /** False when the database already had this store: nothing was written, the version kept. */
  changed: boolean;
  /** The store's version in the database now. */
  version: string;
  written: SyncCounts;
  /** Manifest rows written and removed (no part of the store servers read, so no new version). */
  files: { written: number; removed: number };
}

/** Stories turned into rows and written per step, so a cold build never holds every row at once. */
const STORIES_PER_STEP = 2_000;

export async function syncStore(database: Database, content: SyncContent, options: SyncOptions): Promise<SyncResult> {
  const { dialect } = database;
  return database.db.transaction().execute(async (trx) => {
    const written: SyncCounts = {
      stories: 0,
      storiesRemoved: 0,
      bodies: 0,
      bodiesRemoved: 0,
      documents: 0,
      documentsRemoved: 0,
      lists: 0,
      listsRemoved: 0,
    };
    const existing = new Map(
      (await trx.selectFrom('content_stories').select(['source_path', 'record_hash', 'listed']).execute()).map(
        (row) => [row.source_path, row],
      ),
    );
    const tally = new ListTally();
    const namedBodies = new Set<string>();
    const seen = new Set<string>();
    for (const step of chunks(content.articles as unknown as StoredArticle[], STORIES_PER_STEP)) {
      const changed: StoryRows[] = [];
      for (const article of step) {
        const rows = storyRows(article, options.now, options.env);
        const path = rows.story.source_path;
        if (seen.has(path))
          throw new Error(`${path}: the store holds this story twice — run npm run build:content again`);
        seen.add(path);
        tally.add(rows);
        for (const key of bodyKeysOf(article)) namedBodies.add(key);
        // `listed` too: an embargo lifted since the last build lists a story whose record is unchanged.
        const before = existing.get(path);
        if (before?.record_hash !== rows.story.record_hash || before.listed !== rows.story.listed) changed.push(rows);
      }
      await deleteStories(
        trx,
        changed.map((rows) => rows.story.source_path).filter((path) => existing.has(path)),
      );
      await insertStories(trx, dialect, changed);
      written.stories += changed.length;
    }
    const gone = [...existing.keys()].filter((path) => !seen.has(path));
    await deleteStories(trx, gone);
    written.storiesRemoved = gone.length;

    Object.assign(written, await syncDocuments(trx, dialect, content));
    Object.assign(written, await syncBodies(trx, dialect, namedBodies, options.readBody ?? readCompiledBody));
    Object.assign(written, await syncLists(trx, dialect, tally));
    const files = content.manifest ? await syncFiles(trx, dialect, content.manifest) : { written: 0, removed: 0 };

    const current = await readVersion(trx);
    const changed = Object.values(written).some((count) => count > 0);
    // A build that changed nothing keeps the clock too: no story's `listed` differs at its now,
    // so no embargo ended after the clock and before it. A database without one gets one.
    if (changed || (await readClock(trx)) === undefined) await writeClock(trx, options.now);
    // An empty archive's first build changes no row but still gives the store a version.
    if (!changed && current !== undefined) return { changed, version: current, written, files };
    const version = newVersion();
    await writeVersion(trx, version);
    return { changed: true, version, written, files };
  });
}
