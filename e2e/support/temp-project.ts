/**
 * A throwaway copy of the project for tests that build or serve it, so the project's own build
 * output and content are never touched. node_modules is copied as hard links (fast, no extra
 * space); Turbopack refuses a symlinked node_modules outside the project root.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const projectRoot = path.resolve(import.meta.dirname, '../..');
const SKIP = new Set([
  'node_modules',
  '.next',
  '.contentlayer',
  '.dateline',
  'search-index',
  '.git',
  'test-results',
  'playwright-report',
]);

export function copyProject(prefix: string): string {
  const project = mkdtempSync(path.join(tmpdir(), prefix));
  cpSync(projectRoot, project, {
    recursive: true,
    filter: (source) => !SKIP.has(path.basename(source)) || path.dirname(source) !== projectRoot,
  });
  const linked = spawnSync('cp', ['-al', path.join(projectRoot, 'node_modules'), path.join(project, 'node_modules')]);
  if (linked.status !== 0)
    cpSync(path.join(projectRoot, 'node_modules'), path.join(project, 'node_modules'), { recursive: true });
  return project;
}

/**
 * Runs a command to completion without blocking the test worker (a long spawnSync starves
 * Vitest's own messaging and fails the run with an RPC timeout).
 */
export function runAsync(
  command: string,
  args: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv },
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}
