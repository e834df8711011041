/**
 * Starting and stopping `npm start` (and other servers) for the suites that serve a copy of the
 * project of their own (publish-site.ts, shared-cache-site.ts).
 */
import { type ChildProcess, spawn } from 'node:child_process';

export interface ServerProcess {
  url: string;
  /** Ends the server and every process it started, and waits until it has gone. */
  stop: (signal?: NodeJS.Signals) => Promise<void>;
}

/** `npm start` in `root` on 127.0.0.1:`port`, with `env`; resolves once it answers `/`. */
export async function startSite(root: string, port: number, env: NodeJS.ProcessEnv): Promise<ServerProcess> {
  // Something already there (a server an interrupted run left behind) would answer in its place.
  await assertPortFree(port);
  const child = spawn('npm', ['start', '--', '--port', String(port), '--hostname', '127.0.0.1'], {
    cwd: root,
    env,
    stdio: 'ignore',
    detached: true,
  });
  const url = `http://127.0.0.1:${port}`;
  await waitFor(url);
  return { url, stop: (signal) => stopGroup(child, signal) };
}

/** Sends `signal` (SIGTERM unless told) to the process group and waits for its leader to exit. */
export function stopGroup(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || !child.pid) return Promise.resolve();
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
  return Promise.race([exited, new Promise<void>((resolve) => setTimeout(resolve, 10_000))]);
}

/** Waits until `url` answers at all (any status), for at most `ms`. */
export async function waitFor(url: string, ms = 60_000) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`${url} did not answer within ${ms / 1000} s`);
}

/** Whether something accepts TCP connections on 127.0.0.1:`port` now. */
export async function portOpen(port: number): Promise<boolean> {
  const { createConnection } = await import('node:net');
  return new Promise<boolean>((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port }, () => {
      socket.end();
      resolve(true);
    });
    socket.on('error', () => resolve(false));
  });
}

/**
 * Waits until something accepts TCP connections on 127.0.0.1:`port` (a Redis, nginx, any server
 * that speaks no HTTP to poll), for at most `ms`. The one TCP poll: e2e/support and scripts/bench share it.
 */
export async function waitForPort(port: number, ms = 10_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await portOpen(port)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`nothing listens on 127.0.0.1:${port} after ${ms / 1000} s`);
}

/** Throws when something accepts connections on 127.0.0.1:`port`. */
export async function assertPortFree(port: number): Promise<void> {
  const taken = await portOpen(port);
  if (taken) throw new Error(`127.0.0.1:${port} is already in use: stop what listens there (an earlier run?) first`);
}
