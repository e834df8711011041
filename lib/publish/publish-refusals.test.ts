/**
 * What a publish refuses before it looks at any file: a database no build wrote the manifest
 * into, and a content folder other than the one the last build read (content_state's
 * content_dir). The project is a folder of its own; its database is the default SQLite file.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { syncStore } from '../build/database-store';
import { databaseLocation, openDatabase } from '../db/connection';
import { migrate } from '../db/migrate';
import { publish, PublishError } from './publish';

let root: string;
beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'dateline-publish-refusals-'));
  // The project's own SQLite file, whatever the shell running the tests names.
  vi.stubEnv('DATABASE_URL', '');
});
afterEach(() => {
  rmSync(root, { recursive: true, force: true });
  vi.unstubAllEnvs();
});

const options = () => ({
  root,
  contentDir: path.join(root, 'content'),
  publicDir: path.join(root, 'public'),
  // Never reached: each publish here stops before it sends anything.
  server: 'http://127.0.0.1:9',
  secret: 'unused',
  log: () => undefined,
});

async function build(contentDir: string | undefined): Promise<void> {
  const database = openDatabase(databaseLocation({}, root));
  try {
    await migrate(database);
    await syncStore(
      database,
      {
        articles: [],
        authors: [],
        sections: [],
        pages: [],
        ...(contentDir ? { manifest: { contentDir, files: [] } } : {}),
      },
      { now: new Date('2026-11-28T12:00:00Z'), env: {}, readBody: () => 'x' },
    );
  } finally {
    await database.close();
  }
}

describe('a publish refuses, before it looks at any file', () => {
  it('a store whose build wrote no manifest rows (a build before migration 130), saying to build', async () => {
    await build(undefined);
    const refusal = publish(options());
    await expect(refusal).rejects.toThrow(PublishError);
    await expect(publish(options())).rejects.toThrow(
      'the database has no manifest of a build (content_files), so a publish cannot tell what changed: run npm run build first',
    );
  });

  it('a content folder other than the one the last build read, naming both', async () => {
    const elsewhere = path.join(root, 'other-content');
    mkdirSync(elsewhere);
    await build(elsewhere);
    await expect(publish(options())).rejects.toThrow(
      `the last build read ${elsewhere}, not ${path.join(root, 'content')}: set CONTENT_DIR as the build had it`,
    );
  });
});
