/**
 * `node scripts/pipeline/run-bundled.mjs <script.ts> [args…]`: runs one of the project's TypeScript
 * commands from a single bundled file instead of through tsx (docs/decisions/057).
 *
 * Why: `npm run publish -- <file>` spent 1.5 s of its 2.7 s (a file that had not changed, 100,000
 * stories) before its first line ran: tsx's own start, then Node's loader resolving 137 project
 * modules and about 700 package files one at a time (kysely's and @mdx-js/mdx's alone took 0.2 s
 * each). One bundled file of the same code starts in about 0.4 s.
 *
 * The bundle lives in .dateline/commands/ with the list of the files it was made from (project
 * and packages) and their sizes and times; it is made again whenever one of them changed, so it
 * is never staler than the source or node_modules (a rebuild takes about 0.5 s). Packages with a
 * native addon or a binary of their own stay outside and load from node_modules.
 */
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** Packages that find a native addon or a binary beside their own files. */
const OUTSIDE = ['better-sqlite3', 'pg', 'pg-native', 'pagefind', 'esbuild'];

const root = path.resolve(import.meta.dirname, '..', '..');
const [script] = process.argv.splice(2, 1);
if (!script) {
  console.error('usage: node scripts/pipeline/run-bundled.mjs <script.ts> [args…]');
  process.exit(2);
}
const entry = path.resolve(root, script);
const name = path
  .relative(root, entry)
  .replace(/\.[cm]?ts$/, '')
  .replaceAll(path.sep, '_');
const folder = path.join(root, '.dateline', 'commands');
const bundle = path.join(folder, `${name}.mjs`);
const inputsFile = path.join(folder, `${name}.inputs.json`);

/** "size:mtime" of a file, or "" when it is gone. */
function stamp(file) {
  try {
    const stat = statSync(path.resolve(root, file));
    return `${stat.size}:${stat.mtimeMs}`;
  } catch {
    return '';
  }
}

function upToDate() {
  try {
    const inputs = JSON.parse(readFileSync(inputsFile, 'utf8'));
    statSync(bundle);
    return Object.entries(inputs).every(([file, seen]) => stamp(file) === seen);
  } catch {
    return false;
  }
}

async function rebuild() {
  const { build } = await import('esbuild');
  const started = Date.now();
  const result = await build({
    entryPoints: [entry],
    absWorkingDir: root,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: OUTSIDE,
    // Bundled CommonJS packages require Node's own modules; an ES module has no `require` of its own.
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
    },
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  mkdirSync(folder, { recursive: true });
  // Written aside and renamed: two commands started together never read half a bundle.
  const temporary = `${bundle}.${process.pid}`;
  writeFileSync(temporary, result.outputFiles[0].contents);
  renameSync(temporary, bundle);
  // A file saved while esbuild read it may be in the bundle as it was before: never called up to date.
  const stampBefore = (file) => {
    const seen = stamp(file);
    return Number(seen.split(':')[1]) >= started ? 'changed while bundling' : seen;
  };
  const inputs = Object.fromEntries(Object.keys(result.metafile.inputs).map((file) => [file, stampBefore(file)]));
  writeFileSync(`${inputsFile}.${process.pid}`, JSON.stringify(inputs));
  renameSync(`${inputsFile}.${process.pid}`, inputsFile);
}

if (!upToDate()) {
  try {
    await rebuild();
  } catch (error) {
    console.error(`Cannot bundle ${script}: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  }
}
await import(pathToFileURL(bundle).href);
