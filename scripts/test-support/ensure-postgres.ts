/**
 * Run before the unit tests: the database layer is tested on PostgreSQL as well as SQLite
 * (lib/db), so make sure a PostgreSQL server is there, installing Debian's package when we can
 * (root with apt-get), and otherwise say exactly how to get one. The tests never skip for want of it.
 */
import { findPostgresBin } from '../../e2e/support/postgres-server';
import { installDebianPackage } from './debian-package';

let bin = findPostgresBin();
if (!bin) {
  console.log('No PostgreSQL server found.');
  if (installDebianPackage('postgresql')) bin = findPostgresBin();
}
if (!bin) {
  console.error(`No PostgreSQL server found for the database tests. Install one, then run npm test again:
  - Debian/Ubuntu:  sudo apt-get install -y postgresql
  - macOS:          brew install postgresql
  - Any build:      export PG_BIN=/path/to/postgresql/bin   (the folder with initdb and pg_ctl)`);
  process.exit(1);
}
console.log(`Database tests will use PostgreSQL from ${bin}.`);
