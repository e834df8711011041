import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterEach, describe, expect, it, vi } from 'vitest';

import { newAddressOf, readRedirects, redirectOldAddress, redirectTableFile } from './old-addresses.js';

function tableIn(redirects: Record<string, string>): string {
  const contentDir = mkdtempSync(path.join(tmpdir(), 'redirects-'));
  mkdirSync(path.join(contentDir, '.redirects'));
  writeFileSync(redirectTableFile(contentDir), JSON.stringify({ from: 'https://old.example', redirects }));
  return contentDir;
}

const table = new Map([
  ['/2013/01/10/harbour-crane/', '/uk/harbour-crane'],
  ['/harbour-crane/', '/uk/harbour-crane'],
  ['/?p=100', '/uk/harbour-crane'],
  ['/?page_id=7', '/advertise'],
  ['/feed/', '/feed.xml'],
]);

describe('newAddressOf', () => {
  it('finds the exact old paths, and /?p= and /?page_id= by their one parameter', () => {
    expect(newAddressOf('/2013/01/10/harbour-crane/', table)).toBe('/uk/harbour-crane');
    expect(newAddressOf('/?p=100', table)).toBe('/uk/harbour-crane');
    expect(newAddressOf('/?p=100&utm_source=x', table)).toBe('/uk/harbour-crane');
    expect(newAddressOf('/?page_id=7', table)).toBe('/advertise');
    expect(newAddressOf('/feed/', table)).toBe('/feed.xml');
  });

  it('knows nothing else: the site’s own addresses go on to Next', () => {
    expect(newAddressOf('/uk/harbour-crane', table)).toBeUndefined();
    expect(newAddressOf('/harbour-crane', table)).toBeUndefined();
    expect(newAddressOf('/?p=101', table)).toBeUndefined();
    expect(newAddressOf('/?q=crane', table)).toBeUndefined();
    expect(newAddressOf('/', table)).toBeUndefined();
  });
});

describe('redirectOldAddress', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  function request(method: string, url: string) {
    const sent: { status?: number; headers?: Record<string, string>; ended: boolean } = { ended: false };
    const res = {
      writeHead(status: number, headers: Record<string, string>) {
        sent.status = status;
        sent.headers = headers;
        return this;
      },
      end() {
        sent.ended = true;
      },
    } as unknown as ServerResponse;
    const answered = redirectOldAddress({ method, url } as unknown as IncomingMessage, res);
    return { answered, ...sent };
  }

  it('answers GET and HEAD for an old address with a 301 to the new one', () => {
    vi.stubEnv('CONTENT_DIR', tableIn({ '/harbour-crane/': '/uk/harbour-crane' }));
    expect(request('GET', '/harbour-crane/')).toMatchObject({
      answered: true,
      status: 301,
      headers: { Location: '/uk/harbour-crane' },
      ended: true,
    });
    expect(request('HEAD', '/harbour-crane/')).toMatchObject({ answered: true, status: 301 });
    expect(request('POST', '/harbour-crane/')).toMatchObject({ answered: false });
    expect(request('GET', '/uk/harbour-crane')).toMatchObject({ answered: false });
  });

  it('reads the table again when the importer rewrites it, and ignores targets off the site', () => {
    const contentDir = tableIn({ '/a/': '/uk/a' });
    expect(readRedirects(redirectTableFile(contentDir)).get('/a/')).toBe('/uk/a');
    writeFileSync(
      redirectTableFile(contentDir),
      JSON.stringify({
        redirects: { '/a/': '/uk/a-renamed', '/b/': '//evil.example/b', '/c/': 'https://evil.example' },
      }),
    );
    const again = readRedirects(redirectTableFile(contentDir));
    expect(again.get('/a/')).toBe('/uk/a-renamed');
    expect(again.has('/b/')).toBe(false);
    expect(again.has('/c/')).toBe(false);
  });

  it('redirects nothing without a table', () => {
    vi.stubEnv('CONTENT_DIR', mkdtempSync(path.join(tmpdir(), 'no-redirects-')));
    expect(request('GET', '/harbour-crane/')).toMatchObject({ answered: false });
  });
});
