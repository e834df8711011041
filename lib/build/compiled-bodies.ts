/**
 * Compiled MDX bodies on disk, one file per distinct body, named by a hash of the body and of
 * everything else its compiled code depends on. The content check writes them as it compiles
 * each body to find mistakes; the content store writer takes them from here (compiling only
 * what is missing); an article page reads the one it needs. A rebuild recompiles only the
 * bodies that changed.
 */
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';

import { writeAtomically } from '../atomic-write';
import { compileBody } from '../mdx/compile';
import { compiledDir, publicDir } from '../paths';
import { fingerprint as hash } from '../source/fingerprint';

const IMAGE = /\.(avif|gif|jpe?g|png|svg|webp)$/i;
/**
 * public/pagefind: where builds before docs/decisions/056 wrote the search index (no pictures);
 * `npm run build:search` removes it, but a checkout may still have one from an older build.
 */
const OLD_SEARCH_INDEX_FOLDER = 'pagefind';

/**
 * Name, size and modification time of every image under public/: <Figure> gets its width and
 * height at compile time, so replacing a picture must recompile the bodies. (Sizes and times,
 * not bytes: reading every image on each build would cost more than it saves.)
 */
export function imagesFingerprint(dir = publicDir()): string {
  if (!existsSync(dir)) return 'no public folder';
  const lines = imagesUnder(dir, '')
    .sort()
    .map((name) => {
      const { size, mtimeMs } = statSync(path.join(dir, name));
      return `${name}:${size}:${mtimeMs}`;
    });
  return hash(lines.join('\n'));
}

/**
 * The images under public/, as paths inside it, without entering a search index an older build
 * left there (public/pagefind: about one file per story, 102,188 at 100,000 stories, which
 * every publish listed for nothing: a desk publish at 100,000 stories took 0.9 s with that walk,
 * 0.2 s without it).
 */
function imagesUnder(dir: string, inside: string): string[] {
  return readdirSync(path.join(dir, inside), { withFileTypes: true }).flatMap((entry) => {
    const name = inside ? `${inside}/${entry.name}` : entry.name;
    if (entry.isDirectory()) return name === OLD_SEARCH_INDEX_FOLDER ? [] : imagesUnder(dir, name);
    return IMAGE.test(entry.name) ? [name] : [];
  });
}

/** Everything besides a body that its compiled code depends on: compiler code, dependencies, images. */
export function compilerVersion(rootDir = process.cwd()): string {
  // From the project root when it has one: Contentlayer runs this code from a bundle elsewhere,
  // where import.meta.dirname is its cache folder. (Unit tests pass a bare temporary root.)
  const projectMdx = path.join(rootDir, 'lib', 'mdx');
  const mdxDir = existsSync(projectMdx) ? projectMdx : path.join(import.meta.dirname, '..', 'mdx');
  const sources = (existsSync(mdxDir) ? readdirSync(mdxDir) : [])
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))
    .sort()
    .map((name) => path.join(mdxDir, name));
  const lockFile = path.join(rootDir, 'package-lock.json');
  // Names, not absolute paths: a checkout moved elsewhere keeps its compiled bodies.
  const parts = [...sources, lockFile].map(
    (file) => `${path.basename(file)}:${existsSync(file) ? readFileSync(file, 'utf8') : ''}`,
  );
  return hash([...parts, imagesFingerprint()].join('\0'));
}

export interface CompiledBodies {
  /** Whether the body was compiled before with the same compiler and images. */
  has: (source: string) => boolean;
  put: (source: string, code: string) => string;
  /** The key of the body's compiled file, compiling and writing it first when missing. */
  ensure: (source: string, file: string) => Promise<{ key: string; compiled: boolean }>;
  /** Deletes compiled files whose key is not in `keep` (bodies edited away or deleted). */
  prune: (keep: Set<string>) => number;
}

export function compiledBodies({ version = compilerVersion(), dir = compiledDir() } = {}): CompiledBodies {
  const keyOf = (source: string) => hash(`${version}\0${source}`);
  const fileOf = (key: string) => path.join(dir, `${key}.js`);
  const has = (source: string) => existsSync(fileOf(keyOf(source)));
  const put = (source: string, code: string) => {
    const key = keyOf(source);
    // Written under a temporary name first: a page never reads half a body.
    writeAtomically(fileOf(key), code);
    return key;
  };
  return {
    has,
    put,
    async ensure(source, file) {
      const key = keyOf(source);
      if (existsSync(fileOf(key))) return { key, compiled: false };
      try {
        put(source, await compileBody(source, { path: file }));
      } catch (error) {
        // The content check reports this with line and fix before Contentlayer runs; reaching it
        // here means the check was skipped (e.g. Contentlayer run by hand).
        throw new Error(
          `${file}: body: is not valid MDX (${(error as Error).message}) — run npm run check:content for the line and the fix`,
        );
      }
      return { key, compiled: true };
    },
    prune(keep) {
      if (!existsSync(dir)) return 0;
      let removed = 0;
      for (const name of readdirSync(dir)) {
        if (keep.has(name.replace(/\.js$/, ''))) continue;
        rmSync(path.join(dir, name), { force: true });
        removed += 1;
      }
      return removed;
    },
  };
}
