/**
 * Preloaded into `npm start` (NODE_OPTIONS=--require, see package.json): answers every TRACE
 * request with 405 before Next.js sees it.
 *
 * Why here: TRACE echoes a request back (the old cross-site-tracing trick), no reader or crawler
 * needs it, and servers are usually told to refuse it (Apache's TraceEnable off). Next 16.4.6
 * answers it with 405 on pages but with 500 on files under public/ and /_next/static, because it
 * refuses to build a Request for TRACE before any app code (proxy.ts included) can run.
 * Static hosts serving the export refuse TRACE themselves.
 */
'use strict';
const http = require('node:http');

const emit = http.Server.prototype.emit;
http.Server.prototype.emit = function emitRefusingTrace(event, request, response) {
  if (event === 'request' && request.method === 'TRACE') {
    const body = 'Method Not Allowed\n';
    response.writeHead(405, {
      Allow: 'GET, HEAD, POST',
      'Content-Type': 'text/plain; charset=utf-8',
      'Content-Length': Buffer.byteLength(body),
    });
    response.end(body);
    return true;
  }
  return emit.apply(this, arguments);
};
