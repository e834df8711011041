/**
 * A plain static file server for testing the export (`npm run test:static`). It knows nothing
 * about Dateline's routes: it does what nginx does with
 * `try_files $uri $uri.html $uri/index.html =404; error_page 404 /404.html;` and what most
 * static hosts (Netlify, Cloudflare Pages, GitHub Pages, `npx serve`) do by default, compression
 * included (gzip or br, as every one of them sends; the page-weight budgets count bytes on the
 * wire). It reads no _redirects file, so the export must work without one. Loopback only.
 *
 *   tsx scripts/pipeline/static-export/serve.ts [folder=out] [--port 3181]
 */
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';

import compression from 'compression';

const args = process.argv.slice(2);
const portFlag = args.indexOf('--port');
const port = portFlag >= 0 ? Number(args[portFlag + 1]) : 3181;
const root = path.resolve(args.find((arg, i) => !arg.startsWith('--') && i !== portFlag + 1) ?? 'out');

// By extension only, as a generic host does.
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.wasm': 'application/wasm',
};

/** A real file? Names too long for the file system (odd-request tests send 64 KB paths) are not. */
function isFile(file: string): boolean {
  try {
    return statSync(file, { throwIfNoEntry: false })?.isFile() ?? false;
  } catch {
    return false;
  }
}

/** The file a request path maps to, or undefined: $uri, then $uri.html, then $uri/index.html. */
function resolve(urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;
  const base = path.join(root, path.normalize(decoded));
  if (base !== root && !base.startsWith(root + path.sep)) return undefined;
  return [base, `${base}.html`, path.join(base, 'index.html')].find(isFile);
}

function send(res: import('node:http').ServerResponse, status: number, file: string, head: boolean) {
  res.writeHead(status, {
    'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream',
    'Content-Length': statSync(file).size,
  });
  if (head) res.end();
  else createReadStream(file).pipe(res);
}

const compress = compression();

createServer((req, res) => {
  compress(req, res, () => undefined);
  const head = req.method === 'HEAD';
  if (req.method !== 'GET' && !head) {
    res.writeHead(405, { Allow: 'GET, HEAD' }).end();
    return;
  }
  let pathname: string;
  try {
    ({ pathname } = new URL(req.url ?? '/', 'http://static.invalid'));
  } catch {
    res.writeHead(400).end('Bad request');
    return;
  }
  const file = resolve(pathname);
  if (file) {
    send(res, 200, file, head);
    return;
  }
  const notFound = path.join(root, '404.html');
  if (isFile(notFound)) {
    send(res, 404, notFound, head);
    return;
  }
  res.writeHead(404).end('Not found');
}).listen(port, '127.0.0.1', () => console.log(`Serving ${root} at http://127.0.0.1:${port}/`));
