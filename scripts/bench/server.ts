/** Starts the production server of `npm start` (server/start.js) on a loopback port for a benchmark, and reads its memory. */
import { type ChildProcess, spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export interface RunningServer {
  port: number;
  child: ChildProcess;
  stop(): Promise<void>;
}

export async function startServer(port: number, env: NodeJS.ProcessEnv = process.env): Promise<RunningServer> {
  // node itself, not `npm start`, so that the pid below is the server's and its memory is measured.
  const entry = path.join(process.cwd(), 'server', 'start.js');
  const child = spawn(process.execPath, [entry, '--port', String(port), '--hostname', '127.0.0.1'], {
    env,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/`)).ok) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) throw new Error('the server did not answer within 60 s');
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    port,
    child,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) {
          resolve();
          return;
        }
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

function childrenOf(pid: number): number[] {
  try {
    return readdirSync(`/proc/${pid}/task`).flatMap((task) =>
      readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number),
    );
  } catch {
    return [];
  }
}

/** Resident memory of the server and any process it started, in MB (Linux /proc). */
export function residentMb(pid: number): number {
  let kb = 0;
  for (const id of [pid, ...childrenOf(pid).flatMap((child) => [child, ...childrenOf(child)])]) {
    try {
      kb += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${id}/status`, 'utf8'))?.[1] ?? 0);
    } catch {
      // The process ended between listing and reading.
    }
  }
  return kb / 1024;
}
