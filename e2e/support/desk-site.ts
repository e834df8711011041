/**
 * `npm run desk` in a throwaway copy of the project (its own database, workspace and content/),
 * with accounts made by `npm run desk:user`, for the desk's end-to-end checks.
 */
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';

import { assertPortFree, stopGroup, waitFor } from './server-process';
import { copyProject, runAsync } from './temp-project';

export interface DeskSite {
  root: string;
  origin: string;
  port: number;
  workspace: string;
  database: string;
  /** Runs `npm run desk:user -- …args` in the copy; resolves with its stdout, throws with its stderr. */
  deskUser: (...args: string[]) => Promise<string>;
  stop: () => Promise<void>;
}

export async function startDeskSite(port: number): Promise<DeskSite> {
  await assertPortFree(port);
  const root = copyProject('dateline-desk-');
  // The gate is tested without the editor's build (it answers 503 saying how to build it): a
  // .next-desk copied from the project would need the content store the copy does not have.
  rmSync(path.join(root, '.next-desk'), { recursive: true, force: true });
  const origin = `http://127.0.0.1:${port}`;
  const workspace = path.join(root, '.dateline', 'desk', 'workspace');
  const database = path.join(root, '.dateline', 'dateline.sqlite');
  const env = {
    ...process.env,
    DESK_PORT: String(port),
    DESK_URL: origin,
    DESK_SECRET: 'a-test-secret-that-is-long-enough-for-the-desk',
    DATABASE_URL: `file:${database}`,
    DESK_WORKSPACE: workspace,
  };
  const tsx = path.join(root, 'node_modules', '.bin', 'tsx');
  // A desk runs on the publishing host, where the content has been built: its publishing side
  // reads the content store (lib/content) and the publish manifest (content_files) in the database.
  const built = await runAsync('npm', ['run', 'build:content'], { cwd: root, env });
  if (built.status !== 0) throw new Error(`npm run build:content failed in the desk's copy:\n${built.stderr}`);
  const deskUser = async (...args: string[]) => {
    const result = await runAsync(tsx, ['scripts/desk/user.ts', ...args], { cwd: root, env });
    if (result.status !== 0) throw new Error(result.stderr.trim() || `desk:user exited with ${String(result.status)}`);
    return result.stdout.trim();
  };
  // The desk runs the migrations as it starts; desk:user runs after it is up, so they never race.
  const child = spawn(tsx, ['scripts/desk/desk.ts'], { cwd: root, env, stdio: 'ignore', detached: true });
  await waitFor(`${origin}/desk/sign-in`);
  return {
    root,
    origin,
    port,
    workspace,
    database,
    deskUser,
    stop: async () => {
      await stopGroup(child);
      rmSync(root, { recursive: true, force: true });
    },
  };
}
