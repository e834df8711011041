/**
 * Remembers the result of checking each article body, so that a rebuild compiles only the
 * bodies that changed (the compile is most of the validator's time: about 2 ms a story, a
 * minute for 20,000). Results are keyed by a hash of the file name, the body and where it
 * starts; the whole cache is dropped when the checking code or the dependencies change.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { checkBody, type BodyReport } from './check-body';

export interface BodyChecker {
  check: (file: string, body: string, bodyLine: number) => Promise<BodyReport>;
  /** Writes the results of this run (only the bodies seen, so deleted files drop out). */
  save: () => void;
}

const hash = (text: string) => createHash('sha256').update(text).digest('base64url');

/** What the checking depends on besides the body: its own code and the installed MDX compiler. */
function codeVersion(rootDir: string): string {
  const sources = [path.join(import.meta.dirname, 'check-body.ts'), path.join(rootDir, 'package-lock.json')];
  return hash(sources.map((file) => (existsSync(file) ? readFileSync(file, 'utf8') : file)).join('\0'));
}

export function cachedBodyChecker(cacheFile: string, rootDir: string): BodyChecker {
  const version = codeVersion(rootDir);
  let previous: Record<string, BodyReport> = {};
  try {
    const stored = JSON.parse(readFileSync(cacheFile, 'utf8')) as { version: string; results: Record<string, BodyReport> };
    if (stored.version === version) previous = stored.results;
  } catch {
    // No cache yet, or an unreadable one: check everything.
  }
  const results: Record<string, BodyReport> = {};
  return {
    async check(file, body, bodyLine) {
      const key = hash(`${file}\0${bodyLine}\0${body}`);
      results[key] = previous[key] ?? (await checkBody(file, body, bodyLine));
      return results[key];
    },
    save() {
      mkdirSync(path.dirname(cacheFile), { recursive: true });
      writeFileSync(`${cacheFile}.tmp`, JSON.stringify({ version, results }));
      renameSync(`${cacheFile}.tmp`, cacheFile);
    },
  };
}
