/**
 * What the picture table must do, written once and run on both databases: SQLite in
 * ./pictures.test.ts, PostgreSQL in lib/db/postgres.test.ts. A publish stores the pictures
 * (./pictures.ts storePictures); a server on another host reads them back by address with plain
 * SQL (server/stored-pictures.js, handed in as `reader` since lib/ does not import server/).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterEach, beforeEach, expect, it } from 'vitest';

import type { Database, DatabaseLocation } from '../db/connection';
import { storePictures } from './pictures';

export interface FreshPictureDatabase {
  database: Database;
  location: DatabaseLocation;
  done: () => Promise<void>;
}

/** What server/stored-pictures.js gives (storedPictures), as far as these checks read it. */
export type PictureReader = (location: DatabaseLocation) => {
  find: (
    address: string,
  ) => Promise<{ bytes: Buffer; contentType: string; sha256: string; addedAt: string } | undefined>;
  close: () => Promise<void>;
};

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
// Every byte value, NUL and 0xff included: the bytes must come back exactly.
const PHOTO = Buffer.from(Array.from({ length: 512 }, (_, i) => (i * 7) % 256));

/** Registers the checks; `fresh` gives a migrated database with no stored pictures. */
export function pictureTableChecks(fresh: () => Promise<FreshPictureDatabase>, reader: PictureReader): void {
  let opened: FreshPictureDatabase;
  let publicDir: string;
  let read: ReturnType<PictureReader>;
  const put = (address: string, bytes: Buffer | string) => {
    const file = path.join(publicDir, ...address.split('/'));
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, bytes);
  };
  const rows = () =>
    opened.database.db
      .selectFrom('content_pictures')
      .select(['path', 'content_type', 'sha256', 'size', 'added_at'])
      .orderBy('path')
      .execute();

  beforeEach(async () => {
    opened = await fresh();
    publicDir = path.join(mkdtempSync(path.join(tmpdir(), 'dateline-pictures-')), 'public');
    mkdirSync(publicDir);
    read = reader(opened.location);
  });
  afterEach(async () => {
    await read.close();
    await opened.done();
    rmSync(path.dirname(publicDir), { recursive: true, force: true });
  });

  it('stores a named picture whole, and another host reads it back by its address', async () => {
    put('/images/articles/2026/crane.jpg', PHOTO);
    const stored = await storePictures(
      opened.database,
      publicDir,
      ['/images/articles/2026/crane.jpg'],
      new Date('2026-11-28T09:00:00Z'),
    );
    expect(stored).toEqual({ written: ['/images/articles/2026/crane.jpg'], unchanged: 0 });
    expect(await rows()).toEqual([
      {
        path: '/images/articles/2026/crane.jpg',
        content_type: 'image/jpeg',
        sha256: sha256(PHOTO),
        size: 512,
        added_at: '2026-11-28T09:00:00.000Z',
      },
    ]);
    const picture = await read.find('/images/articles/2026/crane.jpg');
    expect(picture?.bytes.equals(PHOTO)).toBe(true);
    expect(picture).toMatchObject({
      contentType: 'image/jpeg',
      sha256: sha256(PHOTO),
      addedAt: '2026-11-28T09:00:00.000Z',
    });
    expect(await read.find('/images/articles/2026/other.jpg')).toBeUndefined();
    // Addresses compare exactly, as the server decodes them.
    expect(await read.find('/images/articles/2026/CRANE.jpg')).toBeUndefined();
  });

  it('writes a picture again only when its bytes changed', async () => {
    put('/images/a.png', 'first');
    put('/images/b.webp', 'second');
    await storePictures(
      opened.database,
      publicDir,
      ['/images/a.png', '/images/b.webp'],
      new Date('2026-11-28T09:00:00Z'),
    );
    expect(
      await storePictures(
        opened.database,
        publicDir,
        ['/images/a.png', '/images/b.webp'],
        new Date('2026-11-29T09:00:00Z'),
      ),
    ).toEqual({ written: [], unchanged: 2 });
    put('/images/a.png', 'replaced');
    expect(
      await storePictures(
        opened.database,
        publicDir,
        ['/images/a.png', '/images/b.webp'],
        new Date('2026-11-30T09:00:00Z'),
      ),
    ).toEqual({ written: ['/images/a.png'], unchanged: 1 });
    expect((await rows()).map((row) => [row.path, row.sha256, row.size, row.added_at])).toEqual([
      ['/images/a.png', sha256(Buffer.from('replaced')), 8, '2026-11-30T09:00:00.000Z'],
      ['/images/b.webp', sha256(Buffer.from('second')), 6, '2026-11-28T09:00:00.000Z'],
    ]);
    expect((await read.find('/images/a.png'))?.bytes.toString()).toBe('replaced');
  });

  it('stores a publish’s many pictures in one go', async () => {
    const addresses = Array.from({ length: 230 }, (_, i) => path.posix.join('/images/gallery', `photo-${i}.jpg`));
    for (const address of addresses) put(address, address);
    expect((await storePictures(opened.database, publicDir, addresses)).written).toHaveLength(230);
    expect((await storePictures(opened.database, publicDir, addresses)).unchanged).toBe(230);
    expect((await read.find('/images/gallery/photo-229.jpg'))?.bytes.toString()).toBe('/images/gallery/photo-229.jpg');
  });

  it('never stores what the server would not serve: no dot files, odd paths, other types or links out', async () => {
    put('/images/.hidden.jpg', 'x');
    put('/images/notes.txt', 'x');
    put('/secret.jpg', 'outside'); // outside images/, but inside public/: a picture like any other
    writeFileSync(path.join(path.dirname(publicDir), 'outside.jpg'), 'not the site’s');
    symlinkSync(path.join(path.dirname(publicDir), 'outside.jpg'), path.join(publicDir, 'images', 'link.jpg'));
    const stored = await storePictures(opened.database, publicDir, [
      '/images/.hidden.jpg',
      '/images/notes.txt',
      '/images/../secret.jpg',
      '/images//notes.jpg',
      'images/relative.jpg',
      '/images\\secret.jpg',
      '/images/link.jpg',
    ]);
    expect(stored).toEqual({ written: [], unchanged: 0 });
    expect(await rows()).toEqual([]);
  });

  it('refuses a named picture that is not there, naming it, and stores nothing', async () => {
    put('/images/here.jpg', 'x');
    await expect(storePictures(opened.database, publicDir, ['/images/here.jpg', '/images/gone.jpg'])).rejects.toThrow(
      '/images/gone.jpg is named by a story being published but is not under',
    );
    expect(await rows()).toEqual([]);
  });
}
