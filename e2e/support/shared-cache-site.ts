/**
 * Two `npm start` instances of one build sharing one Redis (docs/decisions/025-shared-cache-in-redis.md),
 * for e2e/shared-cache.publish.ts: a copy of the project built with a small prerender window, a
 * `redis-server` of its own on a spare port with nothing saved to disk, and both instances started
 * with REDIS_URL and a publish secret. Redis and either instance can be stopped and started again.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { NOW, SECRET } from './publish-site';
import { findRedisServer } from './redis-server';
import { assertPortFree, type ServerProcess, startSite, stopGroup, waitForPort } from './server-process';
import { copyProject, runAsync } from './temp-project';

export interface SharedCacheSite {
  root: string;
  buildId: string;
  redisPort: number;
  instances: [ServerProcess, ServerProcess];
  /** `npm run publish` with both instances in DATELINE_SERVERS, `through` (0 or 1) first. */
  publish: (through: 0 | 1) => Promise<{ status: number | null; stdout: string; stderr: string }>;
  stopRedis: () => Promise<void>;
  startRedis: () => Promise<void>;
  /** SIGSTOP / SIGCONT the redis-server: a Redis that keeps its connections open and answers nothing. */
  pauseRedis: () => void;
  resumeRedis: () => void;
  stopInstance: (index: 0 | 1, signal?: NodeJS.Signals) => Promise<void>;
  startInstance: (index: 0 | 1) => Promise<void>;
  stop: () => Promise<void>;
}

export async function startSharedCacheSite(ports: [number, number], redisPort: number): Promise<SharedCacheSite> {
  const redisServer = findRedisServer();
  if (!redisServer)
    throw new Error(
      'no redis-server: run `tsx scripts/test-support/ensure-redis.ts` (npm test does) for how to get one',
    );
  const root = copyProject('dateline-shared-cache-e2e-');
  const env = {
    ...process.env,
    DATELINE_NOW: NOW,
    DATELINE_PRERENDER_STORIES: '5',
    DATELINE_PUBLISH_SECRET: SECRET,
    NEXT_TELEMETRY_DISABLED: '1',
    REDIS_URL: `redis://127.0.0.1:${redisPort}`,
  };
  // The build never talks to Redis (next.config.js): only servers started with REDIS_URL do.
  const build = await runAsync('npm', ['run', 'build'], { cwd: root, env });
  if (build.status !== 0) throw new Error(`build of the shared-cache site failed:\n${build.stdout}\n${build.stderr}`);

  const redisDir = mkdtempSync(path.join(tmpdir(), 'dateline-redis-'));
  let redis: ChildProcess | undefined;
  const startRedis = async () => {
    await assertPortFree(redisPort);
    redis = spawn(
      redisServer,
      ['--port', String(redisPort), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', redisDir],
      { stdio: 'ignore', detached: true },
    );
    await waitForPort(redisPort);
  };
  const stopRedis = async () => {
    if (redis) await stopGroup(redis, 'SIGKILL');
    redis = undefined;
  };
  await startRedis();

  const instances = [] as unknown as [ServerProcess, ServerProcess];
  const startInstance = async (index: 0 | 1) => {
    instances[index] = await startSite(root, ports[index], env);
  };
  await startInstance(0);
  await startInstance(1);

  return {
    root,
    buildId: readFileSync(path.join(root, '.next/BUILD_ID'), 'utf8').trim(),
    redisPort,
    instances,
    publish: (through) =>
      runAsync('npm', ['run', '--silent', 'publish'], {
        cwd: root,
        // Both instances are checked to read the new store; the first named revalidates for both.
        env: { ...env, DATELINE_SERVERS: `${instances[through].url},${instances[through === 0 ? 1 : 0].url}` },
      }),
    stopRedis,
    startRedis,
    pauseRedis: () => redis?.pid && process.kill(redis.pid, 'SIGSTOP'),
    resumeRedis: () => redis?.pid && process.kill(redis.pid, 'SIGCONT'),
    stopInstance: (index, signal) => instances[index].stop(signal),
    startInstance,
    async stop() {
      await Promise.all(instances.map((instance) => instance.stop()));
      await stopRedis();
      rmSync(redisDir, { recursive: true, force: true });
      rmSync(root, { recursive: true, force: true });
    },
  };
}
