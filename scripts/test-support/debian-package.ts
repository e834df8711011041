/**
 * Installs one of Debian's packages when this machine can (root, with apt-get), for what the tests
 * need from outside npm: a Chromium (ensure-browser.ts) and a Redis server (ensure-redis.ts).
 * Returns false, having printed nothing but apt-get's own output, when it cannot.
 */
import { spawnSync } from 'node:child_process';

export function installDebianPackage(name: string): boolean {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (!isRoot || !hasApt) return false;
  console.log(`Installing Debian's "${name}" package with apt-get…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const update = spawnSync('apt-get', ['update'], { stdio: 'inherit', env });
  const install = update.status === 0 && spawnSync('apt-get', ['install', '-y', name], { stdio: 'inherit', env });
  if (!install || install.status !== 0) {
    console.error(`apt-get could not install ${name}.`);
    return false;
  }
  return true;
}
