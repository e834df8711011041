/**
 * A publish's write into the content store in the database (issue 24): the stories leaving and
 * coming, and the shared documents when one changed, in one transaction (lib/build/database-store.ts
 * applyChanges), before the store file is swapped. A database that cannot be written stops the
 * publish before the swap, so the file store and the database never take different changes;
 * a publish killed after this write and before the swap is published again whole by the next
 * one, and writing the same stories again is harmless.
 *
 * The database is opened for each publish and closed after it, also in the desk, which runs
 * publishes in its own process: it is found as the build finds it (DATABASE_URL, else
 * .dateline/dateline.sqlite under the project root), which is the store the build wrote even
 * when the desk keeps its own accounts elsewhere (its tests do), and opening it costs a few
 * milliseconds against a publish of about a second; `npm run publish` must close it anyway to exit.
 */
import {
  applyChanges,
  type ApplyResult,
  bodiesOf,
  describeDatabase,
  readCompiledBody,
  type StoreDocuments,
} from '../build/database-store';
import type { StoredArticle } from '../content/store';
import { databaseLocation, openDatabase } from '../db/connection';
import { migrate } from '../db/migrate';

export interface DatabaseChange {
  root: string;
  now: Date;
  leaving: readonly StoredArticle[];
  incoming: readonly StoredArticle[];
  documents?: StoreDocuments;
  /** Where DATABASE_URL is read (default process.env). */
  env?: Readonly<Record<string, string | undefined>>;
  /** Where an incoming story's compiled body is read (default its compiled file). */
  readBody?: (key: string) => string;
}

/** Writes the change; throws an Error whose message names the database and says what to do. */
export async function writeToDatabase(change: DatabaseChange): Promise<ApplyResult & { where: string }> {
  const location = databaseLocation(change.env ?? process.env, change.root);
  const where = describeDatabase(location, change.root);
  let database: ReturnType<typeof openDatabase> | undefined;
  try {
    database = openDatabase(location);
    await migrate(database);
    const result = await applyChanges(
      database,
      {
        remove: change.leaving.map((article) => article.sourceFilePath),
        upsert: change.incoming,
        ...(change.documents ? { documents: change.documents } : {}),
        bodies: bodiesOf(change.incoming, change.readBody ?? readCompiledBody),
      },
      { now: change.now },
    );
    return { ...result, where };
  } catch (error) {
    throw new Error(
      `the content store in the database (${where}) could not be written: ${(error as Error).message}. ` +
        'Nothing was published; run npm run publish again once the database answers.',
    );
  } finally {
    await database?.close();
  }
}
