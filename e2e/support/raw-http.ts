/**
 * One HTTP/1.1 request written byte for byte on a socket to a loopback port: Node's http client
 * and fetch refuse or normalise the very paths (raw UTF-8, "..", TRACE) the odd-request check sends.
 */
import { connect } from 'node:net';

export interface RawRequest {
  method: string;
  path: string;
  headers?: Record<string, string>;
  body?: string;
}

export interface RawResponse {
  status: number;
  /** Status line, headers and body as received (chunk sizes included), decoded as latin1. */
  text: string;
}

export function sendRaw(port: number, request: RawRequest, timeoutMs = 15_000): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port });
    const chunks: Buffer[] = [];
    const timer = setTimeout(() => socket.destroy(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
    socket.on('connect', () => {
      const headers: Record<string, string> = { Host: `127.0.0.1:${port}`, Connection: 'close', ...request.headers };
      if (request.body !== undefined) headers['Content-Length'] = String(Buffer.byteLength(request.body));
      const head = [
        `${request.method} ${request.path} HTTP/1.1`,
        ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`),
        '',
        '',
      ].join('\r\n');
      // write, not end: a half-closed socket may be dropped before the answer; Connection: close ends it.
      socket.write(Buffer.concat([Buffer.from(head, 'utf8'), Buffer.from(request.body ?? '', 'utf8')]));
    });
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', (error: NodeJS.ErrnoException) => {
      // The server may answer and close while an overlong request is still being written.
      if (error.code === 'ECONNRESET' || error.code === 'EPIPE') return;
      clearTimeout(timer);
      reject(error);
    });
    socket.on('close', () => {
      clearTimeout(timer);
      const text = Buffer.concat(chunks).toString('latin1');
      const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(text)?.[1]);
      // A server may also close the socket without answering (e.g. on a request it cannot parse).
      resolve({ status: Number.isFinite(status) ? status : 0, text });
    });
  });
}
