import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterEach, describe, expect, it, vi } from 'vitest';

import { STORED_PICTURE_TYPES } from '../../server/public-files.js';
import { storedPictures } from '../../server/stored-pictures.js';
import { openDatabase } from '../db/connection';
import { scratchSqlite } from '../db/scratch-database';
import { PICTURE_TYPES, publishPictures } from './pictures';
import { pictureTableChecks } from './pictures-checks';
import { PublishError } from './publish-error';

describe('the picture table on SQLite', () => {
  pictureTableChecks(() => scratchSqlite('pictures'), storedPictures);
});

describe('a publish’s pictures', () => {
  let root: string;
  afterEach(() => {
    vi.unstubAllEnvs();
    rmSync(root, { recursive: true, force: true });
  });
  const project = () => {
    root = mkdtempSync(path.join(tmpdir(), 'dateline-publish-pictures-'));
    const publicDir = path.join(root, 'public');
    mkdirSync(path.join(publicDir, 'images'), { recursive: true });
    vi.stubEnv('DATABASE_URL', ''); // the project's own .dateline/dateline.sqlite
    return { root, publicDir, log: vi.fn() };
  };

  it('stores the pictures of the files it publishes, and none of a file held back', async () => {
    const options = project();
    writeFileSync(path.join(options.publicDir, 'images', 'crane.jpg'), 'crane');
    writeFileSync(path.join(options.publicDir, 'images', 'refused.jpg'), 'refused');
    const named = new Map([
      ['articles/2026/crane.mdx', ['/images/crane.jpg']],
      ['articles/2026/refused.mdx', ['/images/refused.jpg']],
    ]);
    await publishPictures(options, named, ['articles/2026/crane.mdx', 'authors/no-pictures.mdx']);
    expect(options.log).toHaveBeenCalledWith(
      expect.stringMatching(/^Stored 1 picture for every instance \(0 already there\) in \d+ ms\.$/),
    );
    const database = openDatabase({ dialect: 'sqlite', target: path.join(root, '.dateline', 'dateline.sqlite') });
    try {
      expect(await database.db.selectFrom('content_pictures').select('path').execute()).toEqual([
        { path: '/images/crane.jpg' },
      ]);
    } finally {
      await database.close();
    }
  });

  it('opens no database when nothing it publishes names a picture', async () => {
    const options = project();
    await publishPictures(options, new Map(), ['articles/2026/crane.mdx']);
    expect(options.log).not.toHaveBeenCalled();
    expect(existsSync(path.join(root, '.dateline'))).toBe(false);
  });

  it('fails as a publish error that says nothing was published', async () => {
    const options = project();
    vi.stubEnv('DATABASE_URL', 'redis://cache.internal:6379');
    const named = new Map([['articles/2026/crane.mdx', ['/images/crane.jpg']]]);
    const failed = publishPictures(options, named, ['articles/2026/crane.mdx']);
    await expect(failed).rejects.toBeInstanceOf(PublishError);
    await expect(failed).rejects.toThrow(/is not a database Dateline speaks.*nothing was published/);
  });

  it('stores only picture types the server looks up in the database', () => {
    expect(Object.keys(PICTURE_TYPES).sort()).toEqual([...STORED_PICTURE_TYPES].sort());
  });
});
