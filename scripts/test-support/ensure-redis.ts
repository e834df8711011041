/**
 * Run before the shared-cache tests: make sure a `redis-server` is there, installing Debian's
 * package when we can (root with apt-get), and otherwise say exactly how to get one. The tests
 * never skip for want of it.
 */
import { findRedisServer } from '../../e2e/support/redis-server';
import { installDebianPackage } from './debian-package';

let server = findRedisServer();
if (!server) {
  console.log('No redis-server found.');
  if (installDebianPackage('redis-server')) server = findRedisServer();
}
if (!server) {
  console.error(`No redis-server found for the shared-cache tests. Install one, then run npm test again:
  - Debian/Ubuntu:  sudo apt-get install -y redis-server
  - macOS:          brew install redis
  - Any build:      export REDIS_SERVER=/path/to/redis-server`);
  process.exit(1);
}
console.log(`Shared-cache tests will use ${server}.`);
