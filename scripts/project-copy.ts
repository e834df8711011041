/**
 * A throwaway copy of the project for runs that must not touch the working tree's build
 * output (.next, .contentlayer). node_modules is copied as hard links (fast, no extra space);
 * Turbopack refuses a symlinked node_modules outside the project root.
 */
import { spawnSync } from 'node:child_process';
import { cpSync } from 'node:fs';
import path from 'node:path';

const SKIP = new Set(['node_modules', '.next', '.contentlayer', '.git', 'test-results', 'playwright-report']);

export function copyProject(root: string, target: string): void {
  cpSync(root, target, { recursive: true, filter: (source) => !SKIP.has(path.basename(source)) || path.dirname(source) !== root });
  const linked = spawnSync('cp', ['-al', path.join(root, 'node_modules'), path.join(target, 'node_modules')]);
  if (linked.status !== 0) cpSync(path.join(root, 'node_modules'), path.join(target, 'node_modules'), { recursive: true });
}
