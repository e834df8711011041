/**
 * What the benchmarks of several servers start (serve.ts --shared / --behind-nginx,
 * publish.ts --cluster): a Redis of their own, and nginx with the shipped configuration
 * docs/nginx/proxy-cache.conf, its ports and folders pointed at the instances and a scratch folder.
 * Loopback only; nothing is saved to disk beyond the scratch folder, removed on stop.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { createClient } from '@redis/client';

import { findRedisServer } from '../../e2e/support/redis-server';
import { waitForPort } from '../../e2e/support/server-process';
import { projectRoot } from '../../e2e/support/temp-project';

export interface Service {
  stop: () => Promise<void>;
}

export interface RedisService extends Service {
  url: string;
  /** Keys and memory in use, as Redis reports them (INFO memory, DBSIZE). */
  usage: () => Promise<{ keys: number; usedBytes: number; kinds: Map<string, { count: number; bytes: number }> }>;
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/** What a shared-cache key holds, from the path after `$` (server/shared-cache.js keys). */
export function kindOfKey(key: string): string {
  const pathname = key.includes('$') ? key.slice(key.lastIndexOf('$') + 1) : key;
  if (!pathname.startsWith('/')) return 'tag bookkeeping';
  if (pathname.endsWith('/card.png')) return 'social card';
  if (/\.(xml|json)$/.test(pathname)) return 'feed or sitemap';
  const parts = pathname.split('/').filter(Boolean);
  if (parts.length === 2 && !['tag', 'author', 'archive', 'page'].includes(parts[0] ?? '') && parts[1] !== 'page')
    return 'story page';
  return 'front or list page';
}

export async function startRedis(port: number): Promise<RedisService> {
  const server = findRedisServer();
  if (!server) throw new Error('no redis-server: `tsx scripts/test-support/ensure-redis.ts` says how to get one');
  const dir = mkdtempSync(path.join(tmpdir(), 'dateline-bench-redis-'));
  const child = spawn(
    server,
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir],
    {
      stdio: 'ignore',
    },
  );
  await waitForPort(port);
  const url = `redis://127.0.0.1:${port}`;
  return {
    url,
    async usage() {
      const client = createClient({ url });
      await client.connect();
      try {
        const info = await client.info('memory');
        const usedBytes = Number(/used_memory:(\d+)/.exec(info)?.[1] ?? NaN);
        const keys = await client.dbSize();
        const kinds = new Map<string, { count: number; bytes: number }>();
        for await (const batch of client.scanIterator({ COUNT: 1000 })) {
          for (const key of batch) {
            const kind = kindOfKey(key);
            const entry = kinds.get(kind) ?? { count: 0, bytes: 0 };
            entry.count += 1;
            entry.bytes += (await client.memoryUsage(key)) ?? 0;
            kinds.set(kind, entry);
          }
        }
        return { keys, usedBytes, kinds };
      } finally {
        client.destroy();
      }
    },
    async stop() {
      await stopChild(child);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface NginxService extends Service {
  url: string;
}

/**
 * nginx on `port` with docs/nginx/proxy-cache.conf in front of `upstreams`, and one more location,
 * /_bench/file, that serves `file` from disk as nginx serves any static file (the baseline).
 */
export async function startNginx(port: number, upstreams: readonly number[], file: string): Promise<NginxService> {
  const nginx = spawnSync('sh', ['-c', 'command -v nginx || ls /usr/sbin/nginx'], { encoding: 'utf8' }).stdout.trim();
  if (!nginx) throw new Error('no nginx: install it (Debian: apt-get install -y nginx-light) to measure behind it');
  const dir = mkdtempSync(path.join(tmpdir(), 'dateline-bench-nginx-'));
  // nginx started as root runs its workers as an unprivileged user, which must write the cache.
  chmodSync(dir, 0o755);
  for (const sub of ['logs', 'cache', 'body', 'proxy']) {
    mkdirSync(path.join(dir, sub));
    chmodSync(path.join(dir, sub), 0o777);
  }
  // A copy the unprivileged workers can read, whatever the build folder's permissions.
  const served = path.join(dir, 'file.html');
  copyFileSync(file, served);
  chmodSync(served, 0o644);
  const shipped = readFileSync(path.join(projectRoot, 'docs/nginx/proxy-cache.conf'), 'utf8');
  const servers = upstreams
    .map((upstream) => `    server 127.0.0.1:${upstream} max_fails=3 fail_timeout=5s;`)
    .join('\n');
  const config = shipped
    .replace(/\n {4}server 127\.0\.0\.1:3000[^\n]*\n {4}server 127\.0\.0\.1:3001[^\n]*/, `\n${servers}`)
    .replace('/var/cache/nginx/dateline', path.join(dir, 'cache'))
    .replace('listen 80;', `listen 127.0.0.1:${port};`)
    .replace(
      '    location / {',
      `    location = /_bench/file {\n        alias ${served};\n        default_type "text/html; charset=utf-8";\n    }\n\n    location / {`,
    );
  if (!config.includes(`127.0.0.1:${upstreams[0]}`) || !config.includes('/_bench/file')) {
    throw new Error('docs/nginx/proxy-cache.conf changed shape: update scripts/bench/cluster.ts');
  }
  writeFileSync(
    path.join(dir, 'nginx.conf'),
    `worker_processes auto;
pid ${dir}/nginx.pid;
error_log ${dir}/logs/error.log warn;
daemon off;
events { worker_connections 4096; }
http {
    access_log off;
    client_body_temp_path ${dir}/body;
    proxy_temp_path ${dir}/proxy;
    include /etc/nginx/mime.types;
${config}
}
`,
  );
  const child = spawn(nginx, ['-p', dir, '-c', path.join(dir, 'nginx.conf')], { stdio: 'inherit' });
  await waitForPort(port);
  return {
    url: `http://127.0.0.1:${port}`,
    async stop() {
      await stopChild(child);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
