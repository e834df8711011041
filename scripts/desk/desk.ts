/**
 * `npm run desk`: the newsroom's desk on DESK_PORT (default 3001), on the publishing host beside
 * `npm start` (docs/deploy.md, "The desk"). Run with tsx: the desk is a long-running process on
 * the server, never part of a reader's build (docs/decisions/039).
 *
 * Everything goes through lib/desk/server/gate.ts; the Keystatic editor's pages come from the
 * desk's own Next build (.next-desk, `npm run desk:build`), its API from Keystatic's handler
 * rooted at the workspace (lib/desk/server/keystatic-gate.ts).
 */
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { clientAddress } from '../../lib/desk/auth/client-address';
import { openDeskContext, setDeskContext } from '../../lib/desk/auth/desk-context';
import { startPublishing } from '../../lib/desk/publishing/service';
import { editorBuildState } from '../../lib/desk/server/editor-build';
import { gate } from '../../lib/desk/server/gate';
import { COMMON_HEADERS, EDITOR_POLICY } from '../../lib/desk/server/headers';
import { keystaticApi } from '../../lib/desk/server/keystatic-gate';
import { BodyTooLarge, sendResponse, toRequest } from '../../lib/desk/server/node-adapter';
import { readEnv } from '../../lib/env';
import { contentDir, publicDir } from '../../lib/paths';
import { renderPreview } from './render-preview';

// The environment as the operator gave it (NODE_ENV=production there means a production desk).
const givenEnv = { ...process.env };
// Before Next and React load: production builds, no telemetry, the editor's own build settings.
Object.assign(process.env, {
  NODE_ENV: 'production',
  NEXT_TELEMETRY_DISABLED: '1',
  BETTER_AUTH_TELEMETRY: '0',
  DATELINE_EDITOR: '1',
  DATELINE_DESK: '1',
});

const root = fileURLToPath(new URL('../..', import.meta.url));
process.chdir(root);

async function main() {
  const context = await openDeskContext(givenEnv, root);
  setDeskContext(context);
  const { settings } = context;
  // The workspace the gate roots Keystatic at is the one the publishing side syncs and releases.
  const publishing = await startPublishing({
    database: context.database,
    project: { root, contentDir: contentDir(), publicDir: publicDir() },
    env: { ...givenEnv, DESK_WORKSPACE: settings.workspace },
  });

  const build = editorBuildState(root);
  if (build.state === 'missing')
    console.warn('npm run desk: the Keystatic editor is not built — run `npm run desk:build`, then restart the desk.');
  if (build.state === 'stale')
    console.warn(
      `npm run desk: ${build.changed} changed after the editor was built — run \`npm run desk:build\` and restart the desk to serve the new editor.`,
    );
  let nextHandler:
    ((req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => Promise<void>) | undefined;
  let closeNext = () => Promise.resolve();
  if (build.state !== 'missing') {
    const next = (await import('next')).default;
    const app = next({ dev: false, dir: root, hostname: '127.0.0.1', port: settings.port });
    await app.prepare();
    nextHandler = app.getRequestHandler();
    closeNext = () => app.close();
  }

  const deps = {
    root,
    context,
    keystaticApi: keystaticApi(settings.workspace),
    editorBuilt: nextHandler !== undefined,
    renderPreview,
  };
  const server = createServer((req, res) => {
    void (async () => {
      try {
        const request = await toRequest(req, settings.origin);
        const answer = await gate(deps, {
          rawUrl: req.url ?? '/',
          request,
          clientAddress: clientAddress(
            req.socket.remoteAddress,
            req.headers['x-forwarded-for'],
            settings.trustedProxies,
          ),
        });
        if (answer === 'editor' && nextHandler) {
          for (const [name, value] of Object.entries(COMMON_HEADERS)) res.setHeader(name, value);
          res.setHeader('Content-Security-Policy', EDITOR_POLICY);
          await nextHandler(req, res);
          return;
        }
        if (answer === 'editor') throw new Error('the editor build is not loaded');
        sendResponse(answer, res, req.method ?? 'GET');
      } catch (error) {
        const tooLarge = error instanceof BodyTooLarge;
        if (!tooLarge) console.error('npm run desk:', error);
        if (!res.headersSent) {
          res.writeHead(tooLarge ? 413 : 500, { 'content-type': 'text/plain; charset=utf-8', ...COMMON_HEADERS });
          res.end(tooLarge ? `Too large: ${error.message}.\n` : 'The desk failed to answer; see its log.\n');
        } else res.end();
      }
    })();
  });
  const host = readEnv('DESK_HOSTNAME');
  server.listen(settings.port, host, () => {
    console.log(
      `The desk is at ${settings.origin} (listening on ${host}:${settings.port}); workspace ${path.relative(root, settings.workspace) || '.'}`,
    );
  });

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    server.close(() => {
      void Promise.allSettled([publishing.stop(), closeNext()])
        .then(() => context.database.close())
        .finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
    });
    server.closeIdleConnections();
    setTimeout(() => process.exit(1), 10_000).unref();
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((error: unknown) => {
  console.error(`npm run desk: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
