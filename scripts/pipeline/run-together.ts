/**
 * Runs build steps at the same time (scripts/pipeline/build-site.ts). Resolves with 0 when all
 * of them succeed; as soon as one fails, stops the others and resolves with its exit code, so a
 * failed search index does not wait a minute for `next build` to finish first.
 */
import { type ChildProcess, spawn } from 'node:child_process';

export interface Step {
  name: string;
  command: string;
  args: string[];
  /** Its output through a pipe (plain lines, no redrawn progress) rather than the terminal itself. */
  piped: boolean;
}

function start(step: Step, env: NodeJS.ProcessEnv): { child: ChildProcess; done: Promise<number> } {
  const child = spawn(step.command, step.args, { env, stdio: step.piped ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
  child.stdout?.pipe(process.stdout);
  child.stderr?.pipe(process.stderr);
  const done = new Promise<number>((resolve) => {
    child.on('error', (error) => {
      console.error(`${step.name}: could not start ${step.command} (${error.message})`);
      resolve(1);
    });
    child.on('close', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
  return { child, done };
}

export async function runTogether(steps: readonly Step[], env: NodeJS.ProcessEnv): Promise<number> {
  const running = steps.map((step) => ({ step, ...start(step, env) }));
  const outcomes = running.map(async ({ step, done }) => {
    const code = await done;
    if (code !== 0) throw Object.assign(new Error(step.name), { code });
  });
  try {
    await Promise.all(outcomes);
    return 0;
  } catch (error) {
    const { message, code } = error as Error & { code: number };
    console.error(`\nThe build stopped: ${message} failed (exit code ${code}).`);
    for (const { child } of running) if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await Promise.allSettled(running.map(({ done }) => done));
    return code;
  }
}
