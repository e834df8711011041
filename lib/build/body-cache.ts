/**
 * Remembers the result of checking each article body, so that a rebuild compiles only the
 * bodies that changed (the compile is most of the validator's time: about 2 ms a story, a
 * minute for 20,000). Results are kept by file, with a hash of the file name, the body and
 * where it starts; the whole cache is dropped when the checking code or the dependencies change.
 * The compiled code of each good body goes to ./compiled-bodies.ts, where the build takes
 * it instead of compiling the body a second time.
 *
 * Kept by file so that a check spread over worker threads (./parallel-check.ts) can hand each
 * worker, with each file, the one result it may reuse: the cache itself stays in the main thread.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { writeAtomically } from '../atomic-write';
import { fingerprint as hash } from '../source/fingerprint';
import { type BodyReport, checkBody } from '../validation/check-body';
import { type CompiledBodies, compiledBodies, compilerVersion } from './compiled-bodies';

/** One body's check as the cache keeps it: which body it was, and what the check found. */
export interface CachedBody {
  key: string;
  report: Omit<BodyReport, 'code'>;
}

/** Where compiled bodies go and what they are compiled with, for a worker to open the same folder. */
export interface CompiledPlace {
  dir: string;
  version: string;
}

export interface BodyChecker {
  check: (file: string, body: string, bodyLine: number) => Promise<BodyReport>;
  /** Writes the results of this run (only the bodies seen, so deleted files drop out). */
  save: () => void;
  /** What the last run found for a file, to hand to a check running elsewhere (checkBodyOnce). */
  previous: (file: string) => CachedBody | undefined;
  /** Keeps what a check running elsewhere found for a file, as `check` keeps its own. */
  remember: (file: string, result: CachedBody) => void;
  compiled: CompiledPlace;
}

/** Changes when the stored shape changes, so an older cache file is dropped, not misread. */
const FORMAT = 'by-file-1';

/** What the checking depends on besides the body: its own code, and the compiler's version (which covers the lock file). */
function codeVersion(compiler: string, rootDir: string): string {
  // From the project root when it has one: a bundled command (scripts/pipeline/run-bundled.mjs) or
  // Contentlayer runs this code from elsewhere, where import.meta.dirname is not lib/build.
  const fromRoot = path.join(rootDir, 'lib', 'validation', 'check-body.ts');
  const checker = existsSync(fromRoot) ? fromRoot : path.join(import.meta.dirname, '..', 'validation', 'check-body.ts');
  return hash([FORMAT, compiler, existsSync(checker) ? readFileSync(checker, 'utf8') : checker].join('\0'));
}

/**
 * Checks one body, or reuses `previous` when it was the same body at the same line; a good body
 * only while its compiled code is still on disk for the build. Compiles and writes it otherwise.
 */
export async function checkBodyOnce(
  file: string,
  body: string,
  bodyLine: number,
  previous: CachedBody | undefined,
  compiled: CompiledBodies,
): Promise<CachedBody> {
  const key = hash(`${file}\0${bodyLine}\0${body}`);
  if (previous?.key === key && (previous.report.problems.length > 0 || compiled.has(body))) return previous;
  const { code, ...report } = await checkBody(file, body, bodyLine);
  if (code !== undefined && report.problems.length === 0) compiled.put(body, code);
  return { key, report };
}

export function cachedBodyChecker(cacheFile: string, rootDir: string): BodyChecker {
  const compiler = compilerVersion(rootDir);
  // Beside the cache file: .contentlayer/dateline/compiled in a build (./compiled-bodies.ts).
  const place: CompiledPlace = { version: compiler, dir: path.join(path.dirname(cacheFile), 'compiled') };
  const compiled = compiledBodies(place);
  const version = codeVersion(compiler, rootDir);
  let previous: Record<string, CachedBody> = {};
  try {
    const stored = JSON.parse(readFileSync(cacheFile, 'utf8')) as {
      version: string;
      bodies?: Record<string, CachedBody>;
    };
    if (stored.version === version && stored.bodies) previous = stored.bodies;
  } catch {
    // No cache yet, or an unreadable one: check everything.
  }
  const results: Record<string, CachedBody> = {};
  return {
    async check(file, body, bodyLine) {
      const result = await checkBodyOnce(file, body, bodyLine, previous[file], compiled);
      results[file] = result;
      return result.report;
    },
    save() {
      writeAtomically(cacheFile, JSON.stringify({ version, bodies: results }));
    },
    previous: (file) => previous[file],
    remember(file, result) {
      results[file] = result;
    },
    compiled: place,
  };
}

/**
 * A body check without the build's cache (lib/publish/body-checks.ts): each body it is handed
 * is checked (compiled) again. That cache is one file per archive (29 MB at 100,000 stories)
 * and a publish checks a few bodies, so reading it would cost more than it saves. A good body's
 * code still goes to the compiled folder, where the publish's typing step finds it.
 */
export function freshBodyChecker(
  rootDir: string,
): (file: string, body: string, bodyLine: number) => Promise<BodyReport> {
  const compiled = compiledBodies({ version: compilerVersion(rootDir) });
  return async (file, body, bodyLine) => (await checkBodyOnce(file, body, bodyLine, undefined, compiled)).report;
}
