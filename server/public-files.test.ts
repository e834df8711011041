import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

import { sendRaw } from '../e2e/support/raw-http';
import { openDatabase } from '../lib/db/connection';
import { scratchSqlite } from '../lib/db/scratch-database';
import { storePictures } from '../lib/publish/pictures';
import { isContentHashed, listPublicFiles, newPublicFile, publicFiles } from './public-files.js';
import { requestListener } from './request-listener.js';
import { type PictureStore, storedPictures } from './stored-pictures.js';

let root: string;
let dir: string;
let server: Server;
let base: string;

beforeAll(async () => {
  root = realpathSync(mkdtempSync(path.join(tmpdir(), 'dateline-public-files-')));
  dir = path.join(root, 'public');
  mkdirSync(path.join(dir, 'images', 'articles'), { recursive: true });
  writeFileSync(path.join(dir, 'images', 'old.jpg'), 'old');
  const files = publicFiles({ dir });
  // Added after the server started.
  writeFileSync(path.join(dir, 'images', 'articles', 'new picture.jpg'), 'new bytes');
  writeFileSync(path.join(dir, 'images', '.hidden.jpg'), 'x');
  writeFileSync(path.join(dir, 'images', 'notes.sh'), 'x');
  writeFileSync(path.join(root, 'secret.jpg'), 'outside');
  symlinkSync(path.join(root, 'secret.jpg'), path.join(dir, 'images', 'link.jpg'));
  server = createServer(
    files.inFrontOf((_req, res) => {
      res.statusCode = 404;
      res.end('left to Next');
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
afterAll(() => {
  server.close();
  rmSync(root, { recursive: true, force: true });
});

describe('public files added after the start', () => {
  it('lists public/ as URL paths', () => {
    expect([...listPublicFiles(dir)]).toContain('/images/old.jpg');
  });

  it('serves a new file with its type and the static headers; leaves what Next listed to Next', async () => {
    const response = await fetch(`${base}/images/articles/new%20picture.jpg`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/jpeg');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toBe('new bytes');
    const head = await fetch(`${base}/images/articles/new%20picture.jpg`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await (await fetch(`${base}/images/old.jpg`)).text()).toBe('left to Next');
    expect((await fetch(`${base}/images/articles/new%20picture.jpg`, { method: 'POST' })).status).toBe(404);
  });

  it('serves nothing outside public/, hidden, oddly spelled or of an unknown kind', () => {
    const atStart = new Set(['/images/old.jpg']);
    for (const url of [
      '/images/..%2f..%2fsecret.jpg',
      '/images/%2e%2e/%2e%2e/secret.jpg',
      '/images/../../secret.jpg',
      '/images//articles/new%20picture.jpg',
      '/images/articles%2fnew%20picture.jpg',
      '/images\\articles\\new%20picture.jpg',
      '/images/.hidden.jpg',
      '/images/notes.sh',
      '/images/link.jpg',
      '/images/articles',
      '/_next/static/x.js',
      '/images/%E0%A4%A.jpg',
    ]) {
      expect(newPublicFile(dir, atStart, url), url).toBeUndefined();
    }
    expect(newPublicFile(dir, atStart, '/images/articles/new%20picture.jpg?x=1')).toBe(
      path.join(dir, 'images', 'articles', 'new picture.jpg'),
    );
  });
});

describe('pictures another host published, from the database', () => {
  // Bytes with NUL and 0xff in them, as a real JPEG has.
  const LIFEBOAT = Buffer.from([0xff, 0xd8, 0xff, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0xff, 0xd9]);
  const hash = createHash('sha256').update(LIFEBOAT).digest('hex');
  const HASHED = `/images/desk/lifeboat.${hash.slice(0, 10)}.jpg`;
  let scratch: Awaited<ReturnType<typeof scratchSqlite>>;
  let store: PictureStore;
  let pictureServer: Server;
  let port: number;
  const at = (pathname: string, init?: RequestInit) => fetch(`http://127.0.0.1:${port}${pathname}`, init);

  beforeAll(async () => {
    scratch = await scratchSqlite('public-files');
    // The publishing host: its public/ has the desk's upload; this host's (dir) never will.
    const publishing = path.join(root, 'publishing-host', 'public');
    for (const address of ['/images/desk/lifeboat.jpg', HASHED, '/images/desk/fake.deadbeef.jpg']) {
      mkdirSync(path.dirname(path.join(publishing, address)), { recursive: true });
      writeFileSync(path.join(publishing, address), LIFEBOAT);
    }
    await storePictures(
      scratch.database,
      publishing,
      ['/images/desk/lifeboat.jpg', HASHED, '/images/desk/fake.deadbeef.jpg'],
      new Date('2026-11-28T11:00:00Z'),
    );
    // Rows no publish writes, to show the server's own rules hold whatever the table holds.
    const row = {
      bytes: LIFEBOAT,
      content_type: 'image/jpeg',
      sha256: hash,
      size: 12,
      added_at: '2026-11-28T11:00:00Z',
    };
    await scratch.database.db
      .insertInto('content_pictures')
      .values([
        { ...row, path: '/images/.hidden.jpg' },
        { ...row, path: '/images/desk/page.html', content_type: 'text/html' },
        { ...row, path: '/images/desk/own.jpg' }, // this host gets a file of its own there
      ])
      .execute();
    store = storedPictures(scratch.location);
    const files = publicFiles({ dir, pictures: store });
    mkdirSync(path.join(dir, 'images', 'desk'), { recursive: true });
    writeFileSync(path.join(dir, 'images', 'desk', 'own.jpg'), 'this host’s own bytes'); // after the start
    pictureServer = createServer(
      requestListener(
        files.inFrontOf((_req, res) => {
          res.statusCode = 404;
          res.end('left to Next');
        }),
        {},
      ),
    );
    await new Promise<void>((resolve) => pictureServer.listen(0, '127.0.0.1', resolve));
    const address = pictureServer.address();
    port = typeof address === 'object' && address ? address.port : 0;
  });
  afterAll(async () => {
    pictureServer.close();
    await store.close();
    await scratch.done();
  });

  it('serves a picture this host does not have, with a strong ETag and the public files’ headers', async () => {
    const response = await at('/images/desk/lifeboat.jpg');
    expect(response.status).toBe(200);
    expect(Buffer.from(await response.arrayBuffer()).equals(LIFEBOAT)).toBe(true);
    expect(
      Object.fromEntries(
        ['content-type', 'content-length', 'etag', 'cache-control', 'last-modified'].map((name) => [
          name,
          response.headers.get(name),
        ]),
      ),
    ).toEqual({
      'content-type': 'image/jpeg',
      'content-length': '12',
      etag: `"${hash}"`,
      // Another publish may put other bytes at this address: checked again each time, as public files are.
      'cache-control': 'public, max-age=0',
      'last-modified': 'Sat, 28 Nov 2026 11:00:00 GMT',
    });
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    const head = await at('/images/desk/lifeboat.jpg', { method: 'HEAD' });
    expect([head.status, head.headers.get('content-length'), await head.text()]).toEqual([200, '12', '']);
    const again = await at('/images/desk/lifeboat.jpg', { headers: { 'If-None-Match': `"${hash}"` } });
    expect([again.status, await again.text()]).toEqual([304, '']);
  });

  it('lets caches keep a picture for a year only when its address carries its bytes’ hash', async () => {
    expect((await at(HASHED)).headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    // A hash-like name that is not these bytes' hash is an ordinary address.
    expect((await at('/images/desk/fake.deadbeef.jpg')).headers.get('cache-control')).toBe('public, max-age=0');
    expect(isContentHashed('/images/a.3F9A1C2B.jpg', '3f9a1c2b00')).toBe(true);
    expect(isContentHashed('/images/a.3f9a1c2.jpg', '3f9a1c2b00')).toBe(false); // too short to mean anything
    expect(isContentHashed('/images/3f9a1c2b.jpg', '3f9a1c2b00')).toBe(false); // no separator: a name, not a hash
  });

  it('prefers this host’s own file, and leaves to Next what the table does not have', async () => {
    const own = await at('/images/desk/own.jpg');
    expect([await own.text(), own.headers.get('etag')]).toEqual(['this host’s own bytes', null]);
    expect(await (await at('/images/desk/no-such-picture.jpg')).text()).toBe('left to Next');
    expect((await at('/images/desk/lifeboat.jpg', { method: 'POST' })).status).toBe(404);
  });

  it('refuses every other spelling of a stored picture’s address, dot files and other types, whatever the table holds', async () => {
    for (const raw of [
      '/images/desk/..%2fdesk/lifeboat.jpg',
      '/images/desk%2flifeboat.jpg',
      '/images/desk%5clifeboat.jpg',
      '/images/%2e%2e/images/desk/lifeboat.jpg',
      '/images/x/../desk/lifeboat.jpg',
      '/images/./desk/lifeboat.jpg',
      '/images//desk/lifeboat.jpg',
      '/images/desk/lifeboat.jpg/',
      '/IMAGES/desk/lifeboat.jpg',
      '/images/.hidden.jpg',
      '/images/%2ehidden.jpg',
      '/images/desk/page.html',
      '/_next/image/desk/lifeboat.jpg',
    ]) {
      const response = await sendRaw(port, { method: 'GET', path: raw });
      expect([response.status, response.text.includes('left to Next')], raw).toEqual([404, true]);
    }
  });

  it('answers 503, not a 404 a cache would keep, while the database does not answer', async () => {
    const failing = publicFiles({
      dir,
      pictures: {
        find: () => Promise.reject(new Error('connect ECONNREFUSED 127.0.0.1:5432')),
        close: () => Promise.resolve(),
      },
    });
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const down = createServer(failing.inFrontOf((_req, res) => res.end('left to Next')));
    await new Promise<void>((resolve) => down.listen(0, '127.0.0.1', resolve));
    try {
      const address = down.address();
      const response = await fetch(
        `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/images/desk/lifeboat.jpg`,
      );
      expect([response.status, response.headers.get('cache-control'), response.headers.get('retry-after')]).toEqual([
        503,
        'no-store',
        '5',
      ]);
      expect(errors).toHaveBeenCalledWith(expect.stringContaining('/images/desk/lifeboat.jpg'));
    } finally {
      errors.mockRestore();
      down.close();
    }
  });

  it('serves it to Next’s image optimizer too, so every size of it renders', async () => {
    const original = vi.fn((_req: IncomingMessage, res: ServerResponse) => res.end('left to Next'));
    const server = { routerServerHandler: original as (req: IncomingMessage, res: ServerResponse) => unknown };
    await publicFiles({ dir, pictures: store }).intoImageOptimizer({
      server: { getServer: () => Promise.resolve(server) },
    });
    const optimizer = createServer((req, res) => void server.routerServerHandler(req, res));
    await new Promise<void>((resolve) => optimizer.listen(0, '127.0.0.1', resolve));
    try {
      const address = optimizer.address();
      const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
      const response = await fetch(`${base}/images/desk/lifeboat.jpg`);
      expect(Buffer.from(await response.arrayBuffer()).equals(LIFEBOAT)).toBe(true);
      expect(await (await fetch(`${base}/images/desk/other.jpg`)).text()).toBe('left to Next');
    } finally {
      optimizer.close();
    }
  });
});

describe('stored pictures on SQLite before any publish stored one', () => {
  it('finds none where there is no database file yet, and creates none', async () => {
    const file = path.join(root, 'no-database', 'dateline.sqlite');
    const store = storedPictures({ dialect: 'sqlite', target: file });
    expect(await store.find('/images/crane.jpg')).toBeUndefined();
    expect(existsSync(file)).toBe(false);
    await store.close();
  });

  it('finds none in a database the migrations have not reached', async () => {
    const file = path.join(root, 'unmigrated.sqlite');
    const database = openDatabase({ dialect: 'sqlite', target: file });
    await database.close();
    const store = storedPictures({ dialect: 'sqlite', target: file });
    expect(await store.find('/images/crane.jpg')).toBeUndefined();
    await store.close();
  });
});
