/**
 * `npm run build:static` (after the content check, Contentlayer and the search index): builds
 * the static export into out/ and finishes it for static hosts (finish.ts, decision 018).
 *
 * With `output: 'export'` Next still compiles into .next, which would replace the server
 * build `npm start` serves. So an existing .next is moved aside for the export build and put
 * back afterwards, even when the build fails. Do not run this while `npm start` is serving
 * from the same folder.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';

import { loadClientModules } from '../../../lib/runtime/reader-runtime.js';
import { finishExport } from './finish';

const root = path.resolve(import.meta.dirname, '../../..');
const nextDir = path.join(root, '.next');
const kept = path.join(root, '.next-kept-by-build-static');
const outDir = path.join(root, 'out');

if (existsSync(kept)) {
  throw new Error(
    `${path.relative(root, kept)} exists: an earlier build:static was interrupted. Move it back to .next (or delete it) and run again.`,
  );
}

const started = performance.now();
const hadServerBuild = existsSync(nextDir);
if (hadServerBuild) renameSync(nextDir, kept);
let status: number | null;
// Read before the export's .next goes: which client modules each page's payload may name.
let clientModules = new Map<string, Set<string>>();
try {
  const next = path.join(root, 'node_modules', '.bin', 'next');
  status = spawnSync(next, ['build'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, DATELINE_STATIC_EXPORT: '1', NEXT_TELEMETRY_DISABLED: '1' },
  }).status;
  if (status === 0) clientModules = loadClientModules(nextDir);
} finally {
  rmSync(nextDir, { recursive: true, force: true });
  if (hadServerBuild) renameSync(kept, nextDir);
}
if (status !== 0) process.exit(status ?? 1);

const finished = await finishExport({ root, outDir, clientModules });
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  `Static export: out/ in ${seconds} s; ${finished.redirects} redirect pages; ` +
    `${finished.images.total} image variants (${finished.images.drawn} drawn, the rest cached).`,
);
