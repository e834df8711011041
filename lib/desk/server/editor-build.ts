/**
 * The Keystatic editor's own Next build (.next-desk, `npm run desk:build`): whether it is there,
 * and whether the editor's source changed after it was made.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

export const EDITOR_DIST_DIR = '.next-desk';
/** What the editor build is made from; a newer file here means the build is out of date. */
const EDITOR_SOURCES = [
  'app/keystatic',
  'app/api/keystatic',
  'app/layout.desk.tsx',
  'lib/editor',
  'lib/schema',
  'next.config.js',
];

function newestChange(target: string): number {
  if (!existsSync(target)) return 0;
  const stats = statSync(target);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return readdirSync(target).reduce((newest, name) => Math.max(newest, newestChange(path.join(target, name))), 0);
}

export type EditorBuild = { state: 'missing' } | { state: 'stale'; changed: string } | { state: 'ready' };

export function editorBuildState(root: string): EditorBuild {
  const buildId = path.join(root, EDITOR_DIST_DIR, 'BUILD_ID');
  if (!existsSync(buildId)) return { state: 'missing' };
  const built = statSync(buildId).mtimeMs;
  const changed = EDITOR_SOURCES.find((source) => newestChange(path.join(root, source)) > built);
  return changed ? { state: 'stale', changed } : { state: 'ready' };
}
