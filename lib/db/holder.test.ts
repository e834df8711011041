/**
 * One database per process: lib/content, the route guard, the search delta's route and server/'s
 * picture lookup all get the Kysely instance lib/db/holder.js opened once, migrated once, at the
 * location DATABASE_URL names, and a second copy of the module (Next's bundle beside server/'s
 * own import under `npm start`) finds the same one.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { storedPictures } from '../../server/stored-pictures.js';
import { storedStory, writeArchive } from '../../test/content-store/archive';
import { contentDatabase, resetContentDatabase } from '../content/database/connection';
import { verdictFor } from '../route-guard/current';
import { databaseLocation } from './connection';
import { heldDatabase, holdsDatabase } from './holder';
import { migrate } from './migrate';
import { processDatabase } from './process-database';

let folder: string;
let file: string;

beforeEach(() => {
  folder = mkdtempSync(path.join(tmpdir(), 'dateline-holder-'));
  file = path.join(folder, 'site.sqlite');
  vi.stubEnv('DATABASE_URL', `file:${file}`);
});

afterEach(async () => {
  await resetContentDatabase();
  vi.unstubAllEnvs();
  rmSync(folder, { recursive: true, force: true });
});

describe('the database a server process holds', () => {
  it('is opened once and migrated once, and every reader of the process gets that one', async () => {
    const pictures = storedPictures(databaseLocation());
    // The picture lookup may come first: no file yet, so it opens (and creates) nothing.
    expect(await pictures.find('/images/crane.jpg')).toBeUndefined();
    expect(existsSync(file)).toBe(false);
    expect(holdsDatabase()).toBe(false);

    // The route guard's first question opens and migrates it; with no store written, it refuses nothing.
    expect(await verdictFor('/world/made-up-story')).toBe('pass');
    const database = await processDatabase();
    expect(await migrate(database)).toEqual([]);
    expect(heldDatabase().database).toBe(database);

    await writeArchive(database, [storedStory('harbour-crane-collapses')], { version: 'built' });
    expect(await contentDatabase()).toBe(database);
    expect(await verdictFor('/world/made-up-story')).toBe('unknown');
    expect(await verdictFor('/world/harbour-crane-collapses')).toBe('pass');
    // The picture lookup now reads the same database: the table is there, the picture is not.
    expect(await pictures.find('/images/crane.jpg')).toBeUndefined();
    expect(heldDatabase(databaseLocation()).database).toBe(database);

    // A second evaluation of the modules (Next's bundle, `next dev` after an edit) finds it too.
    vi.resetModules();
    const again = await import('./process-database');
    expect(await again.processDatabase()).toBe(database);
  });

  it('refuses a second location while it holds one, naming both', async () => {
    await processDatabase();
    const elsewhere = path.join(folder, 'other.sqlite');
    expect(() => heldDatabase({ dialect: 'sqlite', target: elsewhere })).toThrow(
      `lib/db/holder.js: this process already holds ${file}; release it before opening ${elsewhere}`,
    );
  });

  it('tries the migration again after one failed, on the same database', async () => {
    const database = heldDatabase().database;
    await database.db.schema.createTable('kysely_migration').addColumn('nonsense', 'text').execute();
    await expect(processDatabase()).rejects.toThrow(/database migration/);
    await database.db.schema.dropTable('kysely_migration').execute();
    expect(await processDatabase()).toBe(database);
    expect(await migrate(database)).toEqual([]);
  });
});
