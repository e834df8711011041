/**
 * Brings a database up to the schema this code expects, on SQLite or PostgreSQL. Migrations are
 * listed here in order and never edited once they have landed: a change is a new migration.
 * Kysely's Migrator records what ran (kysely_migration) and takes a lock, so two processes that
 * start together (the desk and a publish) do not both run one.
 */
import { type Migration, type MigrationProvider, Migrator } from 'kysely';

import type { Database, DialectName } from './connection';
import * as meta from './migrations/001-meta';
import * as deskTokens from './migrations/010-desk-tokens';
import * as deskPublishing from './migrations/020-desk-publishing';
import * as deskReview from './migrations/030-desk-review';
import * as deskPreviewLinks from './migrations/050-desk-preview-links';
import * as deskPushes from './migrations/070-desk-pushes';
import * as contentStore from './migrations/100-content-store';
import * as contentPictures from './migrations/110-content-pictures';
import * as searchDelta from './migrations/120-search-delta';
import * as contentFiles from './migrations/130-content-files';

interface Step {
  up: (db: Parameters<Migration['up']>[0], dialect: DialectName) => Promise<void>;
}

/** Every migration, by a name that sorts in the order they must run. */
const steps: Record<string, Step> = {
  '001-meta': meta,
  '010-desk-tokens': deskTokens,
  '020-desk-publishing': deskPublishing,
  '030-desk-review': deskReview,
  '050-desk-preview-links': deskPreviewLinks,
  '070-desk-pushes': deskPushes,
  '100-content-store': contentStore,
  '110-content-pictures': contentPictures,
  '120-search-delta': searchDelta,
  '130-content-files': contentFiles,
};

function provider(dialect: DialectName): MigrationProvider {
  return {
    getMigrations: () =>
      Promise.resolve(
        Object.fromEntries(
          Object.entries(steps).map(([name, step]) => [name, { up: (db) => step.up(db, dialect) } satisfies Migration]),
        ),
      ),
  };
}

/** Runs every migration not yet run; throws with the failing migration's name and error. */
export async function migrate(database: Database): Promise<string[]> {
  const migrator = new Migrator({ db: database.db, provider: provider(database.dialect) });
  const { error, results = [] } = await migrator.migrateToLatest();
  const failed = results.find((result) => result.status === 'Error');
  if (error) {
    const cause = error instanceof Error ? error.message : JSON.stringify(error);
    throw new Error(`database migration ${failed?.migrationName ?? ''} failed: ${cause}`.replace('  ', ' '));
  }
  return results.filter((result) => result.status === 'Success').map((result) => result.migrationName);
}
