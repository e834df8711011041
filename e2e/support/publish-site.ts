/**
 * A site of its own for the publish tests: a copy of the project, built once with a small
 * prerender window and served by `npm start` with a publish secret, so publishing, correcting
 * and unpublishing stories never disturbs the pages the rest of the e2e suite reads.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';

import { copyProject, runAsync } from '../../scripts/temp-project';

export const SECRET = 'e2e-publish-secret';
/** The clock the site is built and served with (the sample's "now"). */
export const NOW = '2026-11-28T12:00:00Z';

export interface PublishSite {
  root: string;
  baseURL: string;
  publish: () => Promise<{ status: number | null; stdout: string; stderr: string }>;
  stop: () => Promise<void>;
}

export async function startPublishSite(port: number): Promise<PublishSite> {
  const root = copyProject('dateline-publish-e2e-');
  const env = {
    ...process.env,
    DATELINE_NOW: NOW,
    // Few enough that older stories and deep list pages render on request.
    DATELINE_PRERENDER_STORIES: '5',
    DATELINE_PUBLISH_SECRET: SECRET,
    NEXT_TELEMETRY_DISABLED: '1',
  };
  const build = await runAsync('npm', ['run', 'build'], { cwd: root, env });
  if (build.status !== 0) throw new Error(`build of the publish site failed:\n${build.stdout}\n${build.stderr}`);
  const server: ChildProcess = spawn('npm', ['start', '--', '--port', String(port), '--hostname', '127.0.0.1'], {
    cwd: root,
    env,
    stdio: 'ignore',
    detached: true,
  });
  const baseURL = `http://127.0.0.1:${port}`;
  await waitFor(baseURL);
  return {
    root,
    baseURL,
    publish: () =>
      runAsync('npm', ['run', '--silent', 'publish'], { cwd: root, env: { ...env, DATELINE_SERVER: baseURL } }),
    async stop() {
      if (server.pid) process.kill(-server.pid, 'SIGTERM');
      await new Promise((resolve) => setTimeout(resolve, 500));
      rmSync(root, { recursive: true, force: true });
    },
  };
}

async function waitFor(url: string) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`${url} did not answer within 60 s`);
}

/** Files and bytes of Next's page cache: what a render on request writes. */
export function cacheSize(root: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const dir of ['.next/server', '.next/cache']) {
    const full = path.join(root, dir);
    for (const name of readdirSync(full, { recursive: true, encoding: 'utf8' })) {
      const stat = statSync(path.join(full, name));
      if (!stat.isFile()) continue;
      files += 1;
      bytes += stat.size;
    }
  }
  return { files, bytes };
}
