/**
 * A publish's write into the content store in the database (issue 24): the stories leaving and
 * coming, and the shared documents when one changed, in one transaction (lib/build/database-store.ts
 * applyChanges). That transaction is the publish's swap: readers see the store before it or
 * after it, and a database that cannot be written stops the publish with nothing changed.
 *
 * The database is opened for each publish and closed after it, also in the desk, which runs
 * publishes in its own process: it is found as the build finds it (DATABASE_URL, else
 * .dateline/dateline.sqlite under the project root), which is the store the build wrote even
 * when the desk keeps its own accounts elsewhere (its tests do), and opening it costs a few
 * milliseconds against a publish of about a second; `npm run publish` must close it anyway to exit.
 */
import {
  applyChanges,
  applyFileChanges,
  type ApplyResult,
  bodiesOf,
  describeDatabase,
  type FileChange,
  readCompiledBody,
  type StoreDocuments,
} from '../build/database-store';
import type { StoredArticle } from '../content/store';
import { type Database, databaseLocation, openDatabase } from '../db/connection';
import { migrate } from '../db/migrate';

export interface DatabaseChange {
  root: string;
  now: Date;
  leaving: readonly StoredArticle[];
  incoming: readonly StoredArticle[];
  documents?: StoreDocuments;
  /** The manifest's rows of the files the publish looked at, and its stories for the search delta. */
  files?: FileChange;
  /** Where DATABASE_URL is read (default process.env). */
  env?: Readonly<Record<string, string | undefined>>;
  /** Where an incoming story's compiled body is read (default its compiled file). */
  readBody?: (key: string) => string;
}

/** The content store's database as a publish holds it: open for the publish, closed after. */
export interface StoreDatabase {
  database: Database;
  /** Where it is, for messages (a PostgreSQL password left out). */
  where: string;
}

const nothingPublished = (where: string, what: string, error: unknown) =>
  new Error(
    `the content store in the database (${where}) could not be ${what}: ${(error as Error).message}. ` +
      'Nothing was published; run npm run publish again once the database answers.',
  );

/** Opens (and migrates) the database the build wrote; throws naming it when it cannot. */
export async function openStoreDatabase(
  root: string,
  env: Readonly<Record<string, string | undefined>> = process.env,
): Promise<StoreDatabase> {
  const location = databaseLocation(env, root);
  const where = describeDatabase(location, root);
  let database: Database | undefined;
  try {
    database = openDatabase(location);
    await migrate(database);
    return { database, where };
  } catch (error) {
    await database?.close().catch(() => undefined);
    throw nothingPublished(where, 'read', error);
  }
}

/** Writes the change in one transaction; throws an Error whose message names the database and says what to do. */
export async function writeChanges(
  store: StoreDatabase,
  change: Omit<DatabaseChange, 'root' | 'env'>,
): Promise<ApplyResult & { where: string }> {
  try {
    const result = await applyChanges(
      store.database,
      {
        remove: change.leaving.map((article) => article.sourceFilePath),
        upsert: change.incoming,
        ...(change.documents ? { documents: change.documents } : {}),
        ...(change.files ? { files: change.files } : {}),
        bodies: bodiesOf(change.incoming, change.readBody ?? readCompiledBody),
      },
      { now: change.now },
    );
    return { ...result, where: store.where };
  } catch (error) {
    throw nothingPublished(store.where, 'written', error);
  }
}

/** A publish that changes no story: only the manifest's rows of the files it saw again. */
export async function writeFileChanges(store: StoreDatabase, change: FileChange): Promise<void> {
  try {
    await applyFileChanges(store.database, change);
  } catch (error) {
    throw nothingPublished(store.where, 'written', error);
  }
}

/** Opens the database, writes the change and closes it. */
export async function writeToDatabase(change: DatabaseChange): Promise<ApplyResult & { where: string }> {
  let store: StoreDatabase;
  try {
    store = await openStoreDatabase(change.root, change.env);
  } catch (error) {
    throw new Error((error as Error).message.replace('could not be read', 'could not be written'));
  }
  try {
    return await writeChanges(store, change);
  } finally {
    await store.database.close();
  }
}
