/**
 * A PostgreSQL server of the tests' own: a fresh cluster in a temporary folder on a spare port,
 * listening on 127.0.0.1 only, removed when stopped. Debian's `postgresql` package (PG_BIN
 * picks another build's bin folder). PostgreSQL refuses to run as root, so as root the cluster
 * belongs to the `postgres` user the package creates and every command runs as that user.
 */
import { spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { testEnv } from './test-env';

export function findPostgresBin(): string | undefined {
  const fromEnv = testEnv('PG_BIN');
  if (fromEnv) {
    if (!existsSync(path.join(fromEnv, 'initdb'))) throw new Error(`PG_BIN points to ${fromEnv}, which has no initdb`);
    return fromEnv;
  }
  const debian = '/usr/lib/postgresql';
  if (existsSync(debian)) {
    const newest = readdirSync(debian)
      .filter((version) => existsSync(path.join(debian, version, 'bin', 'initdb')))
      .sort((a, b) => Number(b) - Number(a))[0];
    if (newest) return path.join(debian, newest, 'bin');
  }
  const onPath = spawnSync('sh', ['-c', 'command -v initdb'], { encoding: 'utf8' });
  return onPath.status === 0 && onPath.stdout.trim() ? path.dirname(onPath.stdout.trim()) : undefined;
}

export interface PostgresServer {
  /** postgres://… for the database `dateline` on this server. */
  url: string;
  /** Makes an empty database `name` ([a-z0-9_]) on this server and gives its postgres://… address. */
  freshDatabase: (name: string) => string;
  stop: () => void;
}

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

function run(bin: string, command: string, args: string[]): void {
  const [file, argv] = isRoot()
    ? ['runuser', ['-u', 'postgres', '--', path.join(bin, command), ...args]]
    : [path.join(bin, command), args];
  const result = spawnSync(file, argv, { encoding: 'utf8' });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed (${result.status}):\n${result.stderr || result.stdout}`);
  }
}

/**
 * Starts a fresh cluster on `preferredPort` or, when that is taken, the next free one of the 40
 * after it (the server's `url` says which).
 */
export function startPostgres(preferredPort: number): PostgresServer {
  const bin = findPostgresBin();
  if (!bin) {
    throw new Error(
      'No PostgreSQL server found for the database tests: install Debian\'s "postgresql" package (npm test does when run as root) or set PG_BIN',
    );
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'dateline-pg-'));
  if (isRoot()) {
    const ids = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
    const gids = spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' });
    chownSync(dir, Number(ids.stdout), Number(gids.stdout));
  }
  const data = path.join(dir, 'data');
  run(bin, 'initdb', ['-D', data, '-A', 'trust', '-U', 'dateline', '--no-sync', '-E', 'UTF8']);
  // Several test files start a server of their own at once (vitest runs files in parallel):
  // a port another one took makes pg_ctl fail, and the next port is tried.
  const port = startOnFreePort(bin, data, dir, preferredPort);
  run(bin, 'createdb', ['-h', '127.0.0.1', '-p', String(port), '-U', 'dateline', 'dateline']);
  return {
    url: `postgres://dateline@127.0.0.1:${port}/dateline`,
    freshDatabase: (name) => {
      if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`"${name}" is not a plain database name`);
      run(bin, 'createdb', ['-h', '127.0.0.1', '-p', String(port), '-U', 'dateline', name]);
      return `postgres://dateline@127.0.0.1:${port}/${name}`;
    },
    stop: () => {
      try {
        run(bin, 'pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

function startOnFreePort(bin: string, data: string, dir: string, preferredPort: number): number {
  let lastError: unknown;
  for (let port = preferredPort; port < preferredPort + 40; port++) {
    try {
      run(bin, 'pg_ctl', [
        '-D',
        data,
        '-l',
        path.join(dir, 'log'),
        '-w',
        '-o',
        `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`,
        'start',
      ]);
      return port;
    } catch (error) {
      lastError = error;
    }
  }
  throw new Error(
    `PostgreSQL would not start on any port from ${preferredPort} to ${preferredPort + 39}: ${String(lastError)}`,
  );
}
