/**
 * A database without the content store means the build did not run, and the first question says
 * so, naming the database. The process's database is migrated once when opened
 * (lib/db/process-database.ts), so it has the tables but no version until the build writes one.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterEach, describe, expect, it, vi } from 'vitest';

import { writeArchive } from '../../../test/content-store/archive';
import { openDatabase } from '../../db/connection';
import { migrate } from '../../db/migrate';
import { contentDatabase, describeLocation, resetContentDatabase } from './connection';
import { storeVersion } from './version';

const folders: string[] = [];
const scratchFolder = () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'dateline-content-connection-'));
  folders.push(folder);
  return folder;
};

afterEach(async () => {
  await resetContentDatabase();
  vi.unstubAllEnvs();
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

describe('the content database of a process', () => {
  it('opens DATABASE_URL on the first question and tells the reader to run the build when the store is not there', async () => {
    const file = path.join(scratchFolder(), 'site.sqlite');
    vi.stubEnv('DATABASE_URL', `file:${file}`);
    const refusal = `${file}: the content store is not in this database (content_state has no version) — run npm run build`;
    await expect(contentDatabase()).rejects.toThrow(refusal);
    await expect(storeVersion()).rejects.toThrow(refusal);

    // The build runs while the server is up: the next question finds the store, no restart.
    const built = openDatabase({ dialect: 'sqlite', target: file });
    expect(await migrate(built)).toEqual([]); // the server's first question migrated it
    await writeArchive(built, [], { version: 'built' });
    await built.close();
    expect(await storeVersion()).toBe('built');
  });

  it('names a PostgreSQL database without its password', () => {
    expect(describeLocation({ dialect: 'postgres', target: 'postgres://news:s3cret@db.internal:5432/site' })).toBe(
      'postgres://news:***@db.internal:5432/site',
    );
    expect(describeLocation({ dialect: 'postgres', target: 'postgres://db.internal/site' })).toBe(
      'postgres://db.internal/site',
    );
    expect(describeLocation({ dialect: 'sqlite', target: '/srv/site/.dateline/dateline.sqlite' })).toBe(
      '/srv/site/.dateline/dateline.sqlite',
    );
  });
});
