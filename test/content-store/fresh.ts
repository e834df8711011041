/**
 * How the content store's checks get their database: `fresh()` gives a migrated database with
 * an empty content store (SQLite: a scratch file; PostgreSQL: the tables emptied), and the
 * queries of lib/content/database/ are pointed at it until the test ends.
 */
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';

import { resetContentDatabase, useContentDatabase } from '../../lib/content/database';
import type { Database } from '../../lib/db/connection';

export interface FreshDatabase {
  database: Database;
  done: () => Promise<void>;
}

export type Fresh = () => Promise<FreshDatabase>;

/** The database of the current test, fresh for each test. */
export function eachTestDatabase(fresh: Fresh): () => Database {
  let opened: FreshDatabase | undefined;
  beforeEach(async () => {
    opened = await fresh();
    await useContentDatabase(opened.database);
  });
  afterEach(async () => {
    await resetContentDatabase();
    await opened?.done();
  });
  return () => (opened as FreshDatabase).database;
}

/** One database for a whole block, filled once by `fill` (the large fixtures). */
export function blockDatabase(fresh: Fresh, fill: (database: Database) => Promise<void>): void {
  let opened: FreshDatabase | undefined;
  beforeAll(async () => {
    opened = await fresh();
    await fill(opened.database);
  }, 60_000);
  beforeEach(async () => {
    await useContentDatabase((opened as FreshDatabase).database);
  });
  afterAll(async () => {
    await resetContentDatabase();
    await opened?.done();
  });
}
