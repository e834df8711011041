/**
 * Remembers the result of checking each article body, so that a rebuild compiles only the
 * bodies that changed (the compile is most of the validator's time: about 2 ms a story, a
 * minute for 20,000). Results are keyed by a hash of the file name, the body and where it
 * starts; the whole cache is dropped when the checking code or the dependencies change.
 * The compiled code of each good body goes to ./compiled-bodies.ts, where the build takes
 * it instead of compiling the body a second time.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { writeAtomically } from '../atomic-write';
import { fingerprint as hash } from '../source/fingerprint';
import { type BodyReport, checkBody } from '../validation/check-body';
import { compiledBodies, compilerVersion } from './compiled-bodies';

export interface BodyChecker {
  check: (file: string, body: string, bodyLine: number) => Promise<BodyReport>;
  /** Writes the results of this run (only the bodies seen, so deleted files drop out). */
  save: () => void;
}

/** What the checking depends on besides the body: its own code, and the compiler's version (which covers the lock file). */
function codeVersion(compiler: string): string {
  const checker = path.join(import.meta.dirname, '..', 'validation', 'check-body.ts');
  return hash([compiler, existsSync(checker) ? readFileSync(checker, 'utf8') : checker].join('\0'));
}

export function cachedBodyChecker(cacheFile: string, rootDir: string): BodyChecker {
  const compiler = compilerVersion(rootDir);
  // Beside the cache file: .contentlayer/dateline/compiled in a build (./compiled-bodies.ts).
  const compiled = compiledBodies({ version: compiler, dir: path.join(path.dirname(cacheFile), 'compiled') });
  const version = codeVersion(compiler);
  let previous: Record<string, BodyReport> = {};
  try {
    const stored = JSON.parse(readFileSync(cacheFile, 'utf8')) as {
      version: string;
      results: Record<string, BodyReport>;
    };
    if (stored.version === version) previous = stored.results;
  } catch {
    // No cache yet, or an unreadable one: check everything.
  }
  const results: Record<string, BodyReport> = {};
  return {
    async check(file, body, bodyLine) {
      const key = hash(`${file}\0${bodyLine}\0${body}`);
      const known = previous[key];
      // A good body is only skipped while its compiled code is still on disk for the build.
      if (known && (known.problems.length > 0 || compiled.has(body))) {
        results[key] = known;
        return known;
      }
      const { code, ...report } = await checkBody(file, body, bodyLine);
      if (code !== undefined && report.problems.length === 0) compiled.put(body, code);
      results[key] = report;
      return report;
    },
    save() {
      writeAtomically(cacheFile, JSON.stringify({ version, results }));
    },
  };
}
