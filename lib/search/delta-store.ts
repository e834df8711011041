/**
 * The search delta's rows (lib/db/migrations/120-search-delta.ts): the pointer, each bundle's
 * files and the base bundles' page ids. Plain reads and writes with no Pagefind in them, so the
 * route that serves the delta (app/pagefind-delta) imports only this; ./search-delta.ts writes
 * the bundles.
 */
import type { Database } from '../db/connection';
import type { BasePageIds } from './delta-pointer';
import type { DeltaPointer } from './search-bundles';

/** The pointer's row. */
const CURRENT = 'current';
// Rows per insert and names per `in (…)`: well under SQLite's and PostgreSQL's parameter limits.
const BATCH = 500;
// Bundle files per insert: a few carry Pagefind's script and WebAssembly (tens of KB each).
const FILE_BATCH = 50;

/** One file of a bundle, by its name inside the bundle (fragment/en_1a2b.pf_fragment). */
export interface BundleFile {
  name: string;
  bytes: Buffer;
}

const chunks = <T>(items: readonly T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));

/**
 * The pointer's row: absent until `npm run build:search` has written the base page ids (a publish
 * then has nothing to compute its delta against), `null` as JSON when there is no delta.
 */
export async function readPointerRow(database: Database): Promise<{ pointer: string } | undefined> {
  return database.db
    .selectFrom('search_delta_pointer')
    .select('pointer')
    .where('name', '=', CURRENT)
    .executeTakeFirst();
}

/** The delta readers see now, if any. */
export async function readPointer(database: Database): Promise<DeltaPointer | undefined> {
  const row = await readPointerRow(database);
  return (row && (JSON.parse(row.pointer) as DeltaPointer | null)) ?? undefined;
}

/** One file of a delta bundle, or undefined when that bundle has no such file (or is gone). */
export async function readBundleFile(database: Database, version: string, name: string): Promise<Buffer | undefined> {
  const row = await database.db
    .selectFrom('search_delta_files')
    .select('bytes')
    .where('version', '=', version)
    .where('name', '=', name)
    .executeTakeFirst();
  return row ? Buffer.from(row.bytes) : undefined;
}

/** The base page ids of these URLs only (a publish hides the few it changed, not the archive's). */
export async function basePageIdsOf(database: Database, urls: readonly string[]): Promise<BasePageIds> {
  const ids: BasePageIds = {};
  for (const batch of chunks([...new Set(urls)], BATCH)) {
    const rows = await database.db
      .selectFrom('search_base_ids')
      .select(['url', 'page_id'])
      .where('url', 'in', batch)
      .execute();
    for (const row of rows) ids[row.url] = row.page_id;
  }
  return ids;
}

/** Every base page id: for the bench and the end-to-end test, which put the build's delta back. */
export async function everyBasePageId(database: Database): Promise<BasePageIds> {
  const rows = await database.db.selectFrom('search_base_ids').select(['url', 'page_id']).execute();
  return Object.fromEntries(rows.map((row) => [row.url, row.page_id]));
}

/** After a full build: no delta, and the new base bundles' page ids, in one transaction. */
export async function resetDelta(database: Database, baseIds: BasePageIds): Promise<void> {
  await database.db.transaction().execute(async (trx) => {
    await trx.deleteFrom('search_delta_pointer').execute();
    await trx.insertInto('search_delta_pointer').values({ name: CURRENT, version: null, pointer: 'null' }).execute();
    await trx.deleteFrom('search_delta_files').execute();
    await trx.deleteFrom('search_base_ids').execute();
    for (const batch of chunks(Object.entries(baseIds), BATCH)) {
      await trx
        .insertInto('search_base_ids')
        .values(batch.map(([url, id]) => ({ url, page_id: id })))
        .execute();
    }
  });
}

/**
 * Puts a publish's delta in place in one transaction: its bundle's files (none when it only
 * removes stories), the pointer to it, and no bundle older than the one the old pointer named,
 * which readers who loaded that pointer may still be fetching. A reader sees the old delta or the
 * new one, never part of one, on every instance at once.
 */
export async function installDelta(
  database: Database,
  delta: { version: string | null; files: readonly BundleFile[]; pointer: DeltaPointer },
): Promise<void> {
  await database.db.transaction().execute(async (trx) => {
    const previous = await trx
      .selectFrom('search_delta_pointer')
      .select('version')
      .where('name', '=', CURRENT)
      .executeTakeFirst();
    const { version } = delta;
    if (version !== null) {
      for (const batch of chunks(delta.files, FILE_BATCH)) {
        await trx
          .insertInto('search_delta_files')
          .values(batch.map((file) => ({ version, name: file.name, bytes: file.bytes })))
          .execute();
      }
    }
    const row = { name: CURRENT, version, pointer: JSON.stringify(delta.pointer) };
    await trx
      .insertInto('search_delta_pointer')
      .values(row)
      .onConflict((conflict) => conflict.column('name').doUpdateSet({ version, pointer: row.pointer }))
      .execute();
    const keep = [version, previous?.version].filter((kept): kept is string => typeof kept === 'string');
    let stale = trx.deleteFrom('search_delta_files');
    if (keep.length > 0) stale = stale.where('version', 'not in', keep);
    await stale.execute();
  });
}
