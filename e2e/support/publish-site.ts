/**
 * A site of its own for the publish tests: a copy of the project, built once with a small
 * prerender window and served by `npm start` with a publish secret, so publishing, correcting
 * and unpublishing stories never disturbs the pages the rest of the e2e suite reads.
 */
import { readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';

import { test as base } from '@playwright/test';

import { startSite } from './server-process';
import { copyProject, runAsync } from './temp-project';
import { testEnv } from './test-env';

export const SECRET = 'e2e-publish-secret';
/** The clock the site is built and served with (the sample's "now"). */
export const NOW = '2026-11-28T12:00:00Z';

export interface PublishSite {
  root: string;
  baseURL: string;
  /** `npm run publish`, with `extra` added to its environment. */
  publish: (extra?: Record<string, string>) => Promise<{ status: number | null; stdout: string; stderr: string }>;
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
  const server = await startSite(root, port, env);
  const baseURL = server.url;
  return {
    root,
    baseURL,
    publish: (extra: Record<string, string> = {}) =>
      runAsync('npm', ['run', '--silent', 'publish'], {
        cwd: root,
        env: { ...env, DATELINE_SERVER: baseURL, ...extra },
      }),
    async stop() {
      await server.stop();
      rmSync(root, { recursive: true, force: true });
    },
  };
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

/** Where the shared publish site listens. */
export const PUBLISH_PORT = testEnv('PUBLISH_E2E_PORT');

/**
 * The publish site as a worker fixture: built once per test worker and shared by the specs that
 * run in it one after the other (publish.publish.ts, then publishing-robust.publish.ts), so the
 * run pays for one build, not one per spec. A failed test restarts the worker, and the next spec
 * gets a fresh site.
 */
export const test = base.extend<object, { publishPort: number; publishSite: PublishSite }>({
  publishPort: [PUBLISH_PORT, { scope: 'worker', option: true }],
  publishSite: [
    async ({ publishPort }, use) => {
      const site = await startPublishSite(publishPort);
      await use(site);
      await site.stop();
    },
    { scope: 'worker', timeout: 300_000 },
  ],
});
