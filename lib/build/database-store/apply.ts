/**
 * What a publish writes into the database: the rows of the stories it changes and nothing
 * else, in one transaction. Every statement reaches rows through a key or an index on the
 * touched stories (their source paths), the lists they leave and join (content_lists' key) and
 * the touched tags' index ranges: no statement reads the rows of an untouched story, so the
 * cost does not grow with the archive.
 */
import type { StoredArticle } from '../../content/store';
import type { Database } from '../../db/connection';
import { storyRows } from '../story-rows';
import { chunks, KEYS_PER_STATEMENT, type Writer } from './batches';
import { addBodies } from './body-writes';
import { replaceDocuments } from './document-writes';
import type { StoreDocuments } from './documents';
import { changeFiles, type FileChange } from './file-writes';
import { moveLists } from './list-writes';
import { flagsOf, type Membership, membershipOf } from './lists';
import { newVersion, readVersion, writeClock, writeVersion } from './state';
import { deleteStories, insertStories } from './story-writes';
import type { WriteOptions } from './sync';

export interface StoreChange {
  /** Source paths of stories leaving the store (an edited story may be here and in `upsert`). */
  remove: readonly string[];
  /** Stories coming in, new or edited. */
  upsert: readonly StoredArticle[];
  /** Every author, section and page, when a shared file changed. */
  documents?: StoreDocuments;
  /** The compiled bodies the upserted stories name, by key. */
  bodies: ReadonlyMap<string, string>;
  /** The manifest rows of the files the publish looked at, and its stories for the delta since the build. */
  files?: FileChange;
}

export interface ApplyResult {
  version: string;
  /** The records the touched stories had before (none for a new story): what readers saw. */
  before: StoredArticle[];
}

export const NEVER_BUILT =
  'the content store in the database was never written by a build, so a publish cannot change it — run npm run build (or npm run build:content) first';

/** The touched stories as the database has them, and the lists each was counted in. */
async function readTouched(trx: Writer, paths: readonly string[]) {
  const records = new Map<string, StoredArticle>();
  const members = new Map<string, Membership & { tags: string[]; authors: string[] }>();
  for (const slice of chunks(paths, KEYS_PER_STATEMENT)) {
    const stories = await trx
      .selectFrom('content_stories')
      .select(['source_path', 'record', 'listed', 'section', 'month', 'year', 'featured', 'pick', 'corrected'])
      .where('source_path', 'in', slice)
      .execute();
    for (const row of stories) {
      records.set(row.source_path, JSON.parse(row.record) as StoredArticle);
      members.set(row.source_path, {
        listed: row.listed === 1,
        section: row.section,
        month: row.month,
        year: row.year,
        tags: [],
        authors: [],
        flags: flagsOf(row),
      });
    }
    const tags = await trx
      .selectFrom('content_story_tags')
      .select(['source_path', 'tag_key'])
      .where('source_path', 'in', slice)
      .execute();
    for (const row of tags) members.get(row.source_path)?.tags.push(row.tag_key);
    const authors = await trx
      .selectFrom('content_story_authors')
      .select(['source_path', 'author'])
      .where('source_path', 'in', slice)
      .execute();
    for (const row of authors) members.get(row.source_path)?.authors.push(row.author);
  }
  // In the order asked, so a caller can match them to what it sent.
  const before = paths.flatMap((path) => records.get(path) ?? []);
  return { before, members: [...members.values()], found: [...records.keys()] };
}

export async function applyChanges(
  database: Database,
  change: StoreChange,
  options: WriteOptions,
): Promise<ApplyResult> {
  return database.db.transaction().execute(async (trx) => {
    // Counts move by differences, so they are right only on top of a store a build wrote whole.
    if ((await readVersion(trx)) === undefined) throw new Error(NEVER_BUILT);
    const touched = [...new Set([...change.remove, ...change.upsert.map((article) => article.sourceFilePath)])];
    const old = await readTouched(trx, touched);
    await deleteStories(trx, old.found);
    const fresh = change.upsert.map((article) => storyRows(article, options.now, options.env));
    await insertStories(trx, database.dialect, fresh);
    await addBodies(trx, database.dialect, change.bodies, change.upsert);
    if (change.documents) await replaceDocuments(trx, database.dialect, change.documents);
    await moveLists(trx, old.members, fresh.map(membershipOf));
    if (change.files) await changeFiles(trx, database.dialect, change.files);
    const version = newVersion();
    await writeVersion(trx, version);
    // The publish listed every story whose embargo ended up to its now (lib/publish/store-reads.ts).
    await writeClock(trx, options.now);
    return { version, before: old.before };
  });
}

/**
 * A publish that changes no story but saw files again (touched without a change, or refused):
 * their manifest rows only, in one transaction. No new version: servers read none of it.
 */
export async function applyFileChanges(database: Database, change: FileChange): Promise<void> {
  if (change.upsert.length === 0 && change.remove.length === 0) return;
  await database.db.transaction().execute(async (trx) => {
    if ((await readVersion(trx)) === undefined) throw new Error(NEVER_BUILT);
    await changeFiles(trx, database.dialect, change);
  });
}
