import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { listPublicFiles, newPublicFile, publicFiles } from './public-files.js';

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
