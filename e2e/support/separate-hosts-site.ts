/**
 * Two hosts that share nothing but PostgreSQL and Redis (issue 24, docs/deploy.md §3): one build
 * made in folder A with DATABASE_URL, its artifact (`.next`, `public`, the code) copied to folder B
 * without `.contentlayer`, `.dateline` or `content/`, so B can only know a story from the database.
 * Each folder runs its own `npm start`; `npm run publish` runs in A (the publishing host) and names
 * both instances in DATELINE_SERVERS.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { type PostgresServer, startPostgres } from './postgres-server';
import { NOW, SECRET } from './publish-site';
import { findRedisServer } from './redis-server';
import { assertPortFree, type ServerProcess, startSite, stopGroup, waitForPort } from './server-process';
import { copyProject, runAsync } from './temp-project';

export interface SeparateHostsSite {
  /** The publishing host's folder (A); B's folder has no content of its own. */
  roots: [string, string];
  instances: [ServerProcess, ServerProcess];
  databaseUrl: string;
  /** `npm run publish` in A, reaching both instances. */
  publish: () => Promise<{ status: number | null; stdout: string; stderr: string }>;
  stop: () => Promise<void>;
}

/** What host B gets of A's folder: the build artifact, never A's content or its local store. */
const NOT_ON_HOST_B = new Set(['.contentlayer', '.dateline', 'content', 'node_modules', '.git', 'test-results']);

function copyArtifact(from: string): string {
  const to = mkdtempSync(path.join(tmpdir(), 'dateline-host-b-'));
  cpSync(from, to, {
    recursive: true,
    filter: (source) => path.dirname(source) !== from || !NOT_ON_HOST_B.has(path.basename(source)),
  });
  // Hard links, as copyProject does: Turbopack's output resolves packages from the folder itself.
  const linked = spawnSync('cp', ['-al', path.join(from, 'node_modules'), path.join(to, 'node_modules')]);
  if (linked.status !== 0) throw new Error(`cannot link node_modules into ${to}: ${linked.stderr.toString()}`);
  return to;
}

async function startRedis(port: number): Promise<{ stop: () => Promise<void>; dir: string }> {
  const binary = findRedisServer();
  if (!binary) throw new Error('no redis-server: run `tsx scripts/test-support/ensure-redis.ts` (npm test does)');
  await assertPortFree(port);
  const dir = mkdtempSync(path.join(tmpdir(), 'dateline-redis-'));
  const child: ChildProcess = spawn(
    binary,
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir],
    { stdio: 'ignore', detached: true },
  );
  await waitForPort(port);
  return { stop: () => stopGroup(child, 'SIGKILL'), dir };
}

export async function startSeparateHostsSite(firstPort: number): Promise<SeparateHostsSite> {
  const postgres: PostgresServer = startPostgres(firstPort + 3300);
  const databaseUrl = postgres.freshDatabase('separate_hosts');
  const redis = await startRedis(firstPort + 3200);
  const env = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    DATELINE_NOW: NOW,
    DATELINE_PRERENDER_STORIES: '5',
    DATELINE_PUBLISH_SECRET: SECRET,
    NEXT_TELEMETRY_DISABLED: '1',
    REDIS_URL: `redis://127.0.0.1:${firstPort + 3200}`,
  };
  const hostA = copyProject('dateline-host-a-');
  const build = await runAsync('npm', ['run', 'build'], { cwd: hostA, env });
  if (build.status !== 0) throw new Error(`build of host A failed:\n${build.stdout}\n${build.stderr}`);
  const hostB = copyArtifact(hostA);
  const instances: [ServerProcess, ServerProcess] = [
    await startSite(hostA, firstPort, env),
    await startSite(hostB, firstPort + 1, env),
  ];
  return {
    roots: [hostA, hostB],
    instances,
    databaseUrl,
    publish: () =>
      runAsync('npm', ['run', '--silent', 'publish'], {
        cwd: hostA,
        env: { ...env, DATELINE_SERVERS: instances.map((instance) => instance.url).join(',') },
      }),
    async stop() {
      await Promise.all(instances.map((instance) => instance.stop()));
      await redis.stop();
      postgres.stop();
      for (const dir of [hostA, hostB, redis.dir]) rmSync(dir, { recursive: true, force: true });
    },
  };
}
