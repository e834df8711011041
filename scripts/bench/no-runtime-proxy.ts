/**
 * An experiment behind docs/decisions/027-reader-pages-without-the-runtime.md, not part of the site:
 * `tsx scripts/bench/no-runtime-proxy.ts <upstream> --port P` serves the site at `upstream` with
 * the Next.js client runtime taken out of every HTML page (its <script src>, its preloads, the
 * inline RSC payload and the Turbopack bootstrap), so that `npm run measure:view` and
 * `npm run bench:lighthouse -- --base` can measure what a reader would transfer and wait for
 * without it, on a build that does not do it itself (lib/runtime/reader-runtime.js strips the
 * same way). Our own head script (theme, menu) and JSON-LD stay. Everything else passes through.
 */
import { createServer, request } from 'node:http';
import { brotliCompressSync, brotliDecompressSync, gunzipSync } from 'node:zlib';

import { withoutRuntime } from '../../lib/runtime/reader-runtime.js';

const [upstream = 'http://127.0.0.1:3000', ...rest] = process.argv.slice(2);
const port = Number(rest[rest.indexOf('--port') + 1] ?? 3404);
const target = new URL(upstream);

createServer((req, res) => {
  const headers = { ...req.headers, host: target.host };
  const upstreamRequest = request(
    { host: target.hostname, port: target.port, path: req.url, method: req.method, headers },
    (answer) => {
      const type = answer.headers['content-type'] ?? '';
      if (!type.startsWith('text/html')) {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
        return;
      }
      const chunks: Buffer[] = [];
      answer.on('data', (chunk: Buffer) => chunks.push(chunk));
      answer.on('end', () => {
        const sent = Buffer.concat(chunks);
        const encoding = answer.headers['content-encoding'];
        const html = encoding === 'br' ? brotliDecompressSync(sent) : encoding === 'gzip' ? gunzipSync(sent) : sent;
        const body = brotliCompressSync(withoutRuntime(html.toString('utf8')));
        const { 'content-length': _length, 'transfer-encoding': _encoding, ...kept } = answer.headers;
        res.writeHead(answer.statusCode ?? 502, { ...kept, 'content-encoding': 'br', 'content-length': body.length });
        res.end(body);
      });
    },
  );
  req.pipe(upstreamRequest);
}).listen(port, '127.0.0.1', () => console.log(`${upstream} without the Next.js runtime on http://127.0.0.1:${port}`));
