/**
 * `npm run dev` in a throwaway copy of the project (e2e/support/temp-project.ts), for tests that
 * edit content through the newsroom editor without touching the project's own content/.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { rmSync } from 'node:fs';

import { copyProject } from './temp-project';

export interface DevSite {
  root: string;
  baseURL: string;
  /** Everything the dev server printed so far. */
  output: () => string;
  stop: () => Promise<void>;
}

export async function startDevSite(port: number): Promise<DevSite> {
  const root = copyProject('dateline-editor-');
  const baseURL = `http://127.0.0.1:${port}`;
  let output = '';
  // Its own process group, so the whole tree (concurrently, contentlayer, the check, next) stops together.
  const server: ChildProcess = spawn('npm', ['run', 'dev'], {
    cwd: root,
    detached: true,
    env: { ...process.env, PORT: String(port), NEXT_TELEMETRY_DISABLED: '1' },
  });
  server.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  server.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const stop = async () => {
    if (server.pid && server.exitCode === null) {
      try {
        process.kill(-server.pid, 'SIGTERM');
      } catch {
        // already gone
      }
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
    rmSync(root, { recursive: true, force: true });
  };
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${baseURL}/keystatic`)).ok) return { root, baseURL, output: () => output, stop };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  await stop();
  throw new Error(`npm run dev did not serve ${baseURL}/keystatic in time. Output:\n${output}`);
}
