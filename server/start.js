// @ts-check
/**
 * `npm start`: the production server. Next.js through its custom-server API, behind
 * request-listener.js, which refuses TRACE, compresses, and gives every HTML response the
 * Content-Security-Policy of the bytes it sends (docs/decisions/019).
 *
 *   node server/start.js [--port 3000 | -p 3000] [--hostname 127.0.0.1 | -H 127.0.0.1] [--keepAliveTimeout ms]
 *
 * Plain JavaScript with no build step and no dev dependency, so a deployment runs it with node alone.
 */
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { databaseLocation } from '../lib/db/location.js';
import { readEnv } from '../lib/env.js';
import { forReaders, loadClientModules } from '../lib/runtime/reader-runtime.js';
import { isHttps } from '../lib/security/policy.js';
import { serverArgs } from './args.js';
import { publicFiles } from './public-files.js';
import { requestListener } from './request-listener.js';
import { storedPictures } from './stored-pictures.js';

// Before Next (and React, which picks its production build when first loaded) is imported.
Object.assign(process.env, { NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' });

/** How long in-flight requests may take to finish after SIGTERM or SIGINT. */
const SHUTDOWN_GRACE_MS = 10_000;

let args;
try {
  args = serverArgs(process.argv.slice(2), process.env);
} catch (error) {
  console.error(`npm start: ${/** @type {Error} */ (error).message}`);
  process.exit(1);
}

// The project root, whatever the caller's working directory: lib/content reads the content
// store relative to the working directory, as under `next start` (docs/decisions/013).
const dir = fileURLToPath(new URL('..', import.meta.url));
process.chdir(dir);

// next's package is CommonJS: its module.exports is the createServer function.
const next = /** @type {typeof import('next').default} */ (/** @type {unknown} */ ((await import('next')).default));
const app = next({ dev: false, dir, hostname: args.hostname ?? 'localhost', port: args.port });
// The database publishes store pictures in (DATABASE_URL, as the publish has it): a picture put on
// another host's disk reaches this one through it. The process opens it once (lib/db/holder.js),
// for the pictures and for Next's routes and proxy alike; pictures.close() closes it.
/** @type {import('./stored-pictures.js').PictureStore} */
let pictures;
try {
  pictures = storedPictures(databaseLocation(undefined, dir));
} catch (error) {
  console.error(`npm start: ${/** @type {Error} */ (error).message}`);
  process.exit(1);
}
// Listed before Next lists public/: files added later are served by public-files.js, originals and sizes.
const newPublicFiles = publicFiles({ dir: path.join(dir, 'public'), https: isHttps(readEnv('SITE_URL')), pictures });
await app.prepare();
await newPublicFiles.intoImageOptimizer(app);

// Reader pages that render no client component of ours are sent without the Next.js runtime
// (lib/runtime/reader-runtime.js): the build's client-reference manifests name each module.
const clientModules = loadClientModules(path.join(dir, '.next'));
/** @param {Buffer} html */
const transform = (html) => Buffer.from(forReaders(html.toString('utf8'), clientModules));
// The same SITE_URL the build was given (docs/deploy.md): https adds upgrade-insecure-requests.
const server = createServer(
  requestListener(newPublicFiles.inFrontOf(app.getRequestHandler()), {
    https: isHttps(readEnv('SITE_URL')),
    transform,
  }),
);
if (args.keepAliveTimeout !== undefined) server.keepAliveTimeout = args.keepAliveTimeout;

server.listen(args.port, args.hostname, () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : args.port;
  console.log(`Dateline is serving .next at http://${args.hostname ?? 'localhost'}:${port}`);
});

let stopping = false;
/** @param {NodeJS.Signals} signal */
function stop(signal) {
  // A shell's Ctrl-C reaches both npm and this process: the second signal is the same request.
  if (stopping) return;
  stopping = true;
  const code = signal === 'SIGINT' ? 130 : 143;
  // Stop accepting connections, let requests in flight finish, then let Next clean up.
  server.close(() => {
    Promise.allSettled([app.close(), pictures.close()]).finally(() => process.exit(code));
  });
  server.closeIdleConnections();
  setTimeout(() => {
    console.error(`npm start: requests still open ${SHUTDOWN_GRACE_MS / 1000} s after ${signal}; exiting`);
    process.exit(code);
  }, SHUTDOWN_GRACE_MS).unref();
}
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
