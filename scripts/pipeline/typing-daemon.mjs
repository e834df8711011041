/**
 * The publish command's typing daemon (docs/decisions/057): one Contentlayer kept loaded between
 * runs of `npm run publish`, so a publish does not spend 2.5–4 s loading Contentlayer again.
 *
 * Started, detached, by lib/publish/typing-daemon.ts the first time a publish has something to
 * type:
 *
 *   node typing-daemon.mjs <contentlayer.config.ts> <socket> <key>
 *
 * with its working folder, CONTENT_DIR and PUBLIC_DIR on the project's .dateline/typing folder.
 * It loads Contentlayer, then listens on the Unix socket. Each connection sends one line of JSON,
 * `{ "key": "…" }`, meaning "the links in my content folder changed: type them", and gets one line
 * back: `{ "ok": true, "documents": n }`, `{ "ok": false, "error": "…" }`, or `{ "stale": true }`
 * when the caller's key (the project's code, folders and clock) is not the one it was started
 * with; it then leaves, and the caller starts a daemon for the code as it is now.
 *
 * It leaves on its own after DATELINE_TYPING_IDLE_SECONDS without a request (600), or within 5 s of
 * its project's config disappearing (a removed checkout, a test's throwaway copy).
 */
import { existsSync, unlinkSync } from 'node:fs';
import net from 'node:net';

import { readEnv } from '../../lib/env.js';
import { typist } from './contentlayer-typist.mjs';

const [configPath, socketPath, key] = process.argv.slice(2);
const idleMs = readEnv('DATELINE_TYPING_IDLE_SECONDS') * 1000;

const type = await typist(configPath);

let idle;
const resetIdle = () => {
  clearTimeout(idle);
  idle = setTimeout(() => leave('idle'), idleMs);
};

// One request at a time: the folder's links are the caller's request.
let queue = Promise.resolve();
const server = net.createServer((socket) => {
  let received = '';
  socket.setEncoding('utf8');
  socket.on('error', () => socket.destroy());
  socket.on('data', (chunk) => {
    received += chunk;
    const end = received.indexOf('\n');
    if (end < 0) return;
    const request = parse(received.slice(0, end));
    if (request?.key !== key) {
      // Gone from the socket before it answers: the caller's new daemon can listen at once.
      unlinkSocket();
      socket.end(`${JSON.stringify({ stale: true })}\n`, () => leave('stale'));
      return;
    }
    queue = queue.then(async () => {
      clearTimeout(idle);
      try {
        socket.end(`${JSON.stringify({ ok: true, documents: await type() })}\n`);
      } catch (error) {
        socket.end(`${JSON.stringify({ ok: false, error: error instanceof Error ? error.message : String(error) })}\n`);
      }
      resetIdle();
    });
  });
});

function parse(line) {
  try {
    return JSON.parse(line);
  } catch {
    return undefined;
  }
}

function unlinkSocket() {
  try {
    unlinkSync(socketPath);
  } catch {
    // Not there: nothing to remove.
  }
}

function leave(why) {
  if (why !== 'stale') unlinkSocket();
  server.close();
  console.log(`typing daemon ${process.pid} leaves: ${why}`);
  process.exit(0);
}

// A socket file left by a daemon that was killed: the caller found nobody listening on it.
unlinkSocket();
server.listen(socketPath, () => {
  console.log(`typing daemon ${process.pid} listens on ${socketPath}`);
  resetIdle();
});
server.on('error', (error) => {
  console.error(`typing daemon ${process.pid}: ${error.message}`);
  process.exit(1);
});
setInterval(() => {
  if (!existsSync(configPath)) leave('its project is gone');
}, 5000).unref();
process.on('SIGTERM', () => leave('SIGTERM'));
