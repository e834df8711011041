/**
 * The content check's latest verdict, as a file the development server imports. When the
 * watcher (scripts/editor/watch-content.ts) rewrites it, Next's dev server sees a changed module and
 * refreshes the open page, so a broken file's message appears in the browser as well as in the
 * terminal. `npm run check:content` writes it too (always clean when a build goes on), so the
 * import resolves in every build; only development renders it.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { type Env, readEnv } from '../env';

export interface ContentStatus {
  /** Formatted problems (`file:line: field: what — fix`), empty when the content is valid. */
  problems: string[];
}

export const statusFile = (rootDir: string) => path.join(rootDir, '.dateline', 'content-status.json');

/**
 * Where the status of a check run from `projectRoot` goes: the project's own .dateline/, whatever
 * CONTENT_DIR says, because app/layout.tsx imports it from there and every build needs it.
 * DATELINE_STATUS_DIR sends it elsewhere, for tests that check throwaway folders.
 */
export const statusDir = (projectRoot: string, env: Env = process.env) =>
  readEnv('DATELINE_STATUS_DIR', env) ?? projectRoot;

/** Writes the status only when it changed, so a save that fixes nothing does not reload the page. */
export function writeContentStatus(rootDir: string, status: ContentStatus): boolean {
  const file = statusFile(rootDir);
  const text = `${JSON.stringify(status, null, 2)}\n`;
  try {
    if (readFileSync(file, 'utf8') === text) return false;
  } catch {
    // no status yet
  }
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
  return true;
}
