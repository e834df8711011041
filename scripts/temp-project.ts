/**
 * A throwaway copy of the project for tests that build or serve it, so the project's own build
 * output and content are never touched. node_modules is copied as hard links (fast, no extra
 * space); Turbopack refuses a symlinked node_modules outside the project root.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const projectRoot = path.resolve(import.meta.dirname, '..');
const SKIP = new Set(['node_modules', '.next', '.contentlayer', '.dateline', '.git', 'test-results', 'playwright-report']);

export function copyProject(prefix: string): string {
  const project = mkdtempSync(path.join(tmpdir(), prefix));
  cpSync(projectRoot, project, { recursive: true, filter: (source) => !SKIP.has(path.basename(source)) || path.dirname(source) !== projectRoot });
  const linked = spawnSync('cp', ['-al', path.join(projectRoot, 'node_modules'), path.join(project, 'node_modules')]);
  if (linked.status !== 0) cpSync(path.join(projectRoot, 'node_modules'), path.join(project, 'node_modules'), { recursive: true });
  return project;
}
