/**
 * Which `redis-server` the shared-cache tests start (e2e/shared-cache.publish.ts): REDIS_SERVER
 * when set, otherwise the first on PATH or in the usual places (Debian's package, Homebrew).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

import { testEnv } from './test-env';

const USUAL_PLACES = ['/usr/bin/redis-server', '/usr/local/bin/redis-server', '/opt/homebrew/bin/redis-server'];

export function findRedisServer(): string | undefined {
  const fromEnv = testEnv('REDIS_SERVER');
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`REDIS_SERVER points to ${fromEnv}, which does not exist`);
    return fromEnv;
  }
  const onPath = spawnSync('sh', ['-c', 'command -v redis-server'], { encoding: 'utf8' });
  if (onPath.status === 0 && onPath.stdout.trim()) return onPath.stdout.trim();
  return USUAL_PLACES.find((candidate) => existsSync(candidate));
}
