/**
 * The production server's own work around Next (server/request-listener.js), on a real HTTP
 * server with a stand-in for Next: HTML gets the policy of the bytes sent, whatever they are;
 * HEAD, 304 and other types are handled as docs/decisions/019 says; compression round-trips.
 */
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, request, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';

import { afterEach, describe, expect, it } from 'vitest';

import { contentSecurityPolicy } from '../lib/security/policy.js';
import { themeScript } from '../lib/security/theme-script.js';
import { SHARED_CACHE_CONTROL } from './cache-policy.js';
import { requestListener } from './request-listener.js';

type Handler = (req: IncomingMessage, res: ServerResponse) => unknown;

/** What next.config.js headers() puts on every response before the server replaces it. */
const BUILD_POLICY = "script-src 'self' 'sha256-from-the-build='";

const sha = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** A page no build has seen: its payload script is new on every call. */
function freshPage(filler = 0) {
  const payload = `self.__next_f.push([1,"${Math.random()} é ✓"])`;
  const scripts = [themeScript, payload];
  const html =
    '<!DOCTYPE html><html><head>' +
    `<script>${scripts[0]}</script>` +
    '<script src="/_next/static/chunks/app.js" async=""></script>' +
    '<script type="application/ld+json">{"@type":"NewsArticle"}</script>' +
    `</head><body><p>${'Words. '.repeat(filler)}</p><script>${scripts[1]}</script></body></html>`;
  return { html, scripts };
}

let server: Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

async function serve(handler: Handler): Promise<number> {
  server = createServer(requestListener(handler, { https: false }));
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

interface Answer {
  status: number;
  headers: IncomingMessage['headers'];
  raw: IncomingMessage['rawHeaders'];
  body: Buffer;
}

function get(port: number, options: { method?: string; headers?: Record<string, string> } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request({ port, host: '127.0.0.1', path: '/page', ...options }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode!, headers: res.headers, raw: res.rawHeaders, body: Buffer.concat(chunks) }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

const cspHeaders = (answer: Answer) =>
  answer.raw.filter((_, i) => i % 2 === 1 && answer.raw[i - 1]!.toLowerCase() === 'content-security-policy');

/** Writes HTML the way Next streams it: headers set first, the head flushed, then several chunks. */
function streamingHtml(html: string): Handler {
  const bytes = Buffer.from(html);
  return (_req, res) => {
    res.statusCode = 200;
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.setHeader('Content-Security-Policy', [BUILD_POLICY, BUILD_POLICY]);
    res.flushHeaders();
    // Cut inside multi-byte characters too: the policy must be computed from the whole body.
    for (let at = 0; at < bytes.length; at += 7) res.write(bytes.subarray(at, at + 7));
    res.end();
  };
}

function streamingHtmlWith(cacheControl: string): Handler {
  const html = streamingHtml(freshPage().html);
  return (req, res) => {
    res.setHeader('Cache-Control', cacheControl);
    return html(req, res);
  };
}

describe('the production server around Next', () => {
  it('gives an HTML page no build has seen the policy of exactly the scripts it sends', async () => {
    const page = freshPage();
    const answer = await get(await serve(streamingHtml(page.html)));
    expect(answer.status).toBe(200);
    expect(answer.body.toString('utf8')).toBe(page.html);
    expect(cspHeaders(answer)).toEqual([contentSecurityPolicy(page.scripts.map(sha))]);
    expect(answer.headers['content-length']).toBe(String(Buffer.byteLength(page.html)));
  });

  it('handles writeHead with headers, and end with the whole body', async () => {
    const page = freshPage();
    const port = await serve((_req, res) => {
      res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': BUILD_POLICY });
      res.end(page.html);
    });
    const answer = await get(port);
    expect(answer.status).toBe(404);
    expect(cspHeaders(answer)).toEqual([contentSecurityPolicy(page.scripts.map(sha))]);
  });

  it('compresses HTML with gzip or brotli after computing its policy from the uncompressed bytes', async () => {
    const page = freshPage(400);
    const port = await serve(streamingHtml(page.html));
    const policy = contentSecurityPolicy(page.scripts.map(sha));
    for (const [encoding, decode] of [
      ['gzip', gunzipSync],
      ['br', brotliDecompressSync],
    ] as const) {
      const answer = await get(port, { headers: { 'Accept-Encoding': encoding } });
      expect(answer.headers['content-encoding'], encoding).toBe(encoding);
      expect(answer.headers.vary, encoding).toMatch(/accept-encoding/i);
      expect(answer.headers['content-length'], encoding).toBeUndefined();
      expect(decode(answer.body).toString('utf8'), encoding).toBe(page.html);
      expect(answer.body.length, encoding).toBeLessThan(Buffer.byteLength(page.html) / 4);
      expect(cspHeaders(answer), encoding).toEqual([policy]);
    }
    const identity = await get(port);
    expect(identity.headers['content-encoding']).toBeUndefined();
    expect(identity.headers.vary).toMatch(/accept-encoding/i);
    expect(identity.body.toString('utf8')).toBe(page.html);
  });

  it('sends HEAD for HTML the policy without hashes, and a 304 no policy at all', async () => {
    const port = await serve((req, res) => {
      res.setHeader('Content-Security-Policy', BUILD_POLICY);
      res.setHeader('ETag', '"abc"');
      if (req.headers['if-none-match'] === '"abc"') {
        res.statusCode = 304;
        return res.end();
      }
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.end(req.method === 'HEAD' ? undefined : freshPage().html);
    });
    const head = await get(port, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(cspHeaders(head)).toEqual([contentSecurityPolicy([])]);
    const notModified = await get(port, { headers: { 'If-None-Match': '"abc"', 'Accept-Encoding': 'gzip' } });
    expect(notModified.status).toBe(304);
    expect(cspHeaders(notModified)).toEqual([]);
    expect(notModified.headers.etag).toBe('"abc"');
  });

  it('streams other types untouched: the first chunk arrives before the handler ends', async () => {
    let finish: () => void = () => undefined;
    const finished = new Promise<void>((resolve) => (finish = resolve));
    const port = await serve((_req, res) => {
      res.setHeader('Content-Type', 'application/javascript; charset=utf-8');
      res.setHeader('Content-Security-Policy', BUILD_POLICY);
      res.write('first();\n');
      void finished.then(() => res.end('second();\n'));
    });
    const answer = await new Promise<Answer>((resolve, reject) => {
      const req = request({ port, host: '127.0.0.1', path: '/chunk.js' }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => {
          chunks.push(chunk);
          // Only now does the handler end: a buffering server would never have sent this chunk.
          finish();
        });
        res.on('end', () =>
          resolve({ status: res.statusCode!, headers: res.headers, raw: res.rawHeaders, body: Buffer.concat(chunks) }),
        );
      });
      req.on('error', reject);
      req.end();
    });
    expect(answer.body.toString()).toBe('first();\nsecond();\n');
    expect(cspHeaders(answer)).toEqual([BUILD_POLICY]);
  });

  it('gives pages and feeds a Cache-Control that a shared cache keeps seconds, not a year', async () => {
    const nextPolicies = ['s-maxage=300, stale-while-revalidate=31535700', 's-maxage=31536000'];
    for (const policy of nextPolicies) {
      // A page, buffered for its CSP, with the policy set before the head.
      const page = await get(await serve(streamingHtmlWith(policy)));
      expect(page.headers['cache-control'], policy).toBe(SHARED_CACHE_CONTROL);
      await new Promise<void>((resolve) => server!.close(() => resolve()));
      // A feed, streamed, with the policy given to writeHead.
      const feed = await get(
        await serve((_req, res) => {
          res.writeHead(200, { 'content-type': 'application/rss+xml', 'cache-control': policy });
          res.end('<rss/>');
        }),
      );
      expect(feed.headers['cache-control'], policy).toBe(SHARED_CACHE_CONTROL);
      await new Promise<void>((resolve) => server!.close(() => resolve()));
    }
    server = undefined;
    expect(SHARED_CACHE_CONTROL).toBe('public, max-age=0, s-maxage=5, stale-while-revalidate=60, stale-if-error=86400');
  });

  it('lets a cache in front keep a 404 for seconds, so an unpublished story’s copy is replaced', async () => {
    const notFound = (_req: IncomingMessage, res: ServerResponse) => {
      res.writeHead(404, { 'content-type': 'text/plain', 'cache-control': 'private, no-cache, no-store, max-age=0' });
      res.end('gone');
    };
    const port = await serve(notFound);
    expect((await get(port)).headers['cache-control']).toBe(SHARED_CACHE_CONTROL);
    // A preview (cookies) keeps no-store.
    expect((await get(port, { headers: { Cookie: 'preview=1' } })).headers['cache-control']).toContain('no-store');
  });

  it('leaves every other Cache-Control as Next set it', async () => {
    for (const policy of [
      'private, no-cache, no-store, max-age=0, must-revalidate',
      'public, max-age=31536000, immutable',
    ]) {
      const answer = await get(
        await serve((_req, res) => {
          res.setHeader('Cache-Control', policy);
          res.end('x');
        }),
      );
      expect(answer.headers['cache-control']).toBe(policy);
      await new Promise<void>((resolve) => server!.close(() => resolve()));
    }
    server = undefined;
  });

  it('refuses TRACE before the handler runs', async () => {
    let called = false;
    const port = await serve((_req, res) => {
      called = true;
      res.end();
    });
    const answer = await get(port, { method: 'TRACE' });
    expect(answer.status).toBe(405);
    expect(answer.headers.allow).toBe('GET, HEAD, POST');
    expect(called).toBe(false);
  });
});

describe('conditional requests for route handlers (server/not-modified.js)', () => {
  /** Writes JSON the way Next sends a route handler's response: status and headers set, then the body. */
  const json: Handler = (_req, res) => {
    res.statusCode = 200;
    res.setHeader('Content-Type', 'application/json; charset=utf-8');
    res.setHeader('ETag', '"abc123"');
    res.write('{"status":"live","posts":[');
    res.end(`${'{"id":"p"},'.repeat(200)}{"id":"last"}]}`);
  };

  it('answers a poll that already has the ETag with an empty 304, and any other with the full body', async () => {
    const port = await serve(json);
    const again = await get(port, { headers: { 'If-None-Match': '"abc123"', 'Accept-Encoding': 'gzip' } });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    expect(again.headers.etag).toBe('"abc123"');
    expect(again.headers['content-type']).toBeUndefined();

    const changed = await get(port, { headers: { 'If-None-Match': '"old"' } });
    expect(changed.status).toBe(200);
    expect((JSON.parse(changed.body.toString()) as { posts: unknown[] }).posts).toHaveLength(201);
    const first = await get(port);
    expect(first.status).toBe(200);
    expect(first.body.length).toBeGreaterThan(2000);
  });
});
