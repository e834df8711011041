/**
 * `npm run measure:bare`: builds a bare Next.js app-router page (a layout with html and body, a
 * page with an h1) from this project's own installed next, react and react-dom, in a temporary
 * folder, serves it on 127.0.0.1, measures it in Chromium exactly as the budget test measures
 * our pages, and writes the result to e2e/bare-baseline.json. Offline: nothing is installed.
 *
 * Rerun it whenever next, react or react-dom change version; a unit test fails until you do
 * (see docs/decisions/017-page-weight-budgets.md).
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { chromium } from '@playwright/test';

import { installedVersions } from '../../e2e/support/bare-baseline';
import { findBrowser, LAUNCH_ARGS } from '../../e2e/support/browser';
import { kb, measurePage } from '../../e2e/support/page-weight';
import { readEnv } from '../../lib/env';

const projectRoot = path.resolve(import.meta.dirname, '../..');
const port = readEnv('BARE_PORT');
const out = path.join(projectRoot, 'e2e/bare-baseline.json');

const folder = mkdtempSync(path.join(tmpdir(), 'bare-next-'));
// Hard links: a copy in seconds. Turbopack refuses a symlinked node_modules outside the root.
const linked = spawnSync('cp', ['-al', path.join(projectRoot, 'node_modules'), path.join(folder, 'node_modules')]);
if (linked.status !== 0) throw new Error(`could not link node_modules: ${linked.stderr.toString()}`);
mkdirSync(path.join(folder, 'app'));
writeFileSync(path.join(folder, 'package.json'), JSON.stringify({ name: 'bare', private: true }));
writeFileSync(
  path.join(folder, 'app/layout.jsx'),
  'export default function Layout({ children }) {\n  return <html lang="en"><body>{children}</body></html>;\n}\n',
);
writeFileSync(path.join(folder, 'app/page.jsx'), 'export default function Page() {\n  return <h1>Hello</h1>;\n}\n');

const next = path.join(folder, 'node_modules/next/dist/bin/next');
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
const started = Date.now();
const build = spawnSync(process.execPath, [next, 'build'], { cwd: folder, env, stdio: 'inherit' });
if (build.status !== 0) throw new Error('the bare app did not build');
console.log(`bare build: ${((Date.now() - started) / 1000).toFixed(0)} s`);

const server = spawn(process.execPath, [next, 'start', '--port', String(port), '--hostname', '127.0.0.1'], {
  cwd: folder,
  env,
  stdio: 'ignore',
});
try {
  const base = `http://127.0.0.1:${port}`;
  for (let tries = 0; ; tries++) {
    const up = await fetch(base).then(
      (response) => response.ok,
      () => false,
    );
    if (up) break;
    if (tries > 120) throw new Error(`the bare app did not answer on ${base}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  const browser = await chromium.launch({ executablePath: findBrowser()?.executablePath, args: LAUNCH_ARGS });
  const weight = await measurePage(await browser.newPage(), `${base}/`);
  await browser.close();
  const baseline = {
    ...installedVersions(),
    scriptGzipBytes: weight.scriptGzipBytes,
    scripts: weight.scripts.length,
    measuredBy: 'npm run measure:bare',
  };
  writeFileSync(out, `${JSON.stringify(baseline, null, 2)}\n`);
  console.log(
    `bare Next.js page: ${kb(weight.scriptGzipBytes)} KB of gzipped JavaScript in ${weight.scripts.length} files → ${path.relative(projectRoot, out)}`,
  );
} finally {
  server.kill();
  rmSync(folder, { recursive: true, force: true });
}
// A reminder for whoever reruns it after an upgrade.
console.log(`versions: ${JSON.stringify(JSON.parse(readFileSync(out, 'utf8')), ['next', 'react', 'react-dom'])}`);
