/**
 * Finds where source code reads the environment, for scripts/env/env-reads.test.ts: lib/env.js
 * owns every variable (docs/decisions/050-one-module-owns-the-environment), so a read anywhere
 * else is a mistake the test names by file and line.
 *
 * What counts as a read, after comments are blanked out:
 *   - `process.env.X`, `process.env?.X`, `process.env['X']`, `process.env[name]`, unless it is
 *     being assigned (`process.env.X = …`) or deleted (`delete process.env.X`): setting a
 *     variable for this process's libraries or its children is not reading one;
 *   - destructuring, `const { X } = process.env`;
 *   - `env.X` / `env['X']` with an upper-case name on anything called `env` or `…Env`: a
 *     function handed an environment reads it through `readEnv('X', env)` too.
 * What does not: `process.env` passed on whole, as `{ ...process.env, X: '1' }`, `env = process.env`
 * as a default parameter, `spawn(…, { env: process.env })` or an argument: that hands the
 * environment on without looking at any variable. The one exception is a row marked `inlined`
 * (NEXT_RUNTIME, a NEXT_PUBLIC_ variable): Next.js replaces `process.env.X` written out in the code
 * it bundles at build time, and the variable may not exist at run time (the custom server, the
 * browser), so that code reads it written out.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';

import { VARIABLES } from '../../lib/env';

export const ROOT = path.resolve(import.meta.dirname, '../..');

/** Folders never scanned: dependencies, build output, test output, generated stores. */
const SKIPPED = new Set([
  'node_modules',
  '.git',
  '.next',
  '.next-desk',
  '.next-kept-by-build-static',
  'out',
  'test-results',
  'playwright-report',
  'e2e-results',
  '.contentlayer',
  '.dateline',
]);
const SOURCE = /\.(ts|tsx|js|mjs|cjs)$/;

/** Variables Next.js inlines at build time, which bundled code reads written out. */
export const INLINED_NAMES: ReadonlySet<string> = new Set(
  Object.entries(VARIABLES)
    .filter(([, variable]) => 'inlined' in variable && variable.inlined)
    .map(([name]) => name),
);

/** The one file allowed to read process.env. */
export const OWNER = 'lib/env.js';

export interface EnvRead {
  /** Path from the project root, with forward slashes. */
  file: string;
  line: number;
  /** The text that reads, e.g. `process.env.SITE_URL`. */
  text: string;
}

/** Every source file under the root, as paths from the root. */
export function sourceFiles(root = ROOT, dir = ''): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = dir ? `${dir}/${entry.name}` : entry.name;
    if (entry.isDirectory()) return SKIPPED.has(entry.name) ? [] : sourceFiles(root, relative);
    return SOURCE.test(entry.name) && !entry.name.endsWith('.d.ts') ? [relative] : [];
  });
}

// The patterns below spell quotes as \x27, \x22 and \x60 so that this file scans cleanly too.

/**
 * The source with comments replaced by spaces (line breaks kept, so lines still count), and with
 * the text of quoted strings blanked too when `blankStrings` is set (template literals are kept,
 * since `${process.env.X}` in one is a read). A regular expression literal holding a quote or
 * `//` can confuse it, which errs towards scanning more, not less.
 */
export function withoutComments(source: string, blankStrings = false): string {
  let out = '';
  let i = 0;
  while (i < source.length) {
    const char = source.charAt(i);
    const next = source.charAt(i + 1);
    if (char === '/' && next === '/') {
      while (i < source.length && source[i] !== '\n') {
        out += ' ';
        i += 1;
      }
    } else if (char === '/' && next === '*') {
      const end = source.indexOf('*/', i + 2);
      const stop = end === -1 ? source.length : end + 2;
      out += source.slice(i, stop).replace(/[^\n]/g, ' ');
      i = stop;
    } else if (char === '"' || char === "'" || char === '`') {
      let j = i + 1;
      while (j < source.length && source[j] !== char && !(char !== '`' && source[j] === '\n')) {
        j += source[j] === '\\' ? 2 : 1;
      }
      const literal = source.slice(i, j + 1);
      out += blankStrings && char !== '`' ? char + ' '.repeat(Math.max(0, literal.length - 2)) + char : literal;
      i = j + 1;
    } else {
      out += char;
      i += 1;
    }
  }
  return out;
}

const NAME = String.raw`[A-Za-z_$][\w$]*`;
/** `process.env` then `.X`, `?.X` or `[…]`, with what precedes and follows it. */
const MEMBER = new RegExp(
  String.raw`(delete\s+)?\bprocess\.env(?:\??\.(${NAME})|\??\.?\[([^\]]*)\])(\s*(?:=(?!=)|\?\?=|\|\|=))?`,
  'g',
);
const DESTRUCTURE = /\}\s*=\s*process\.env\b/g;
const ENV_OBJECT =
  /(delete\s+)?(?<!process\.)\b(?:env|\w+Env)(?:\??\.([A-Z][A-Z0-9_]*)\b|\??\.?\[\s*[\x27\x22\x60][^\x27\x22\x60\]]*[\x27\x22\x60]\s*\])(\s*=(?!=))?/g;

const lineOf = (source: string, index: number) => source.slice(0, index).split('\n').length;

/** The environment reads in one file's source. */
export function envReads(file: string, source: string): EnvRead[] {
  if (file === OWNER) return [];
  const code = withoutComments(source, true);
  const reads: EnvRead[] = [];
  for (const match of code.matchAll(MEMBER)) {
    const [text, deleted, name, , assigned] = match;
    if (deleted || assigned) continue;
    if (name !== undefined && INLINED_NAMES.has(name)) continue;
    reads.push({ file, line: lineOf(code, match.index), text: text.trim() });
  }
  for (const match of code.matchAll(DESTRUCTURE)) {
    reads.push({ file, line: lineOf(code, match.index), text: match[0] });
  }
  for (const match of code.matchAll(ENV_OBJECT)) {
    const [text, deleted, , assigned] = match;
    if (deleted || assigned) continue;
    reads.push({ file, line: lineOf(code, match.index), text: text.trim() });
  }
  return reads.sort((a, b) => a.line - b.line);
}

/** The names code asks lib/env.js for: readEnv('X'), isSet('X'), and e2e/support/test-env.ts's testEnv('X'). */
const ASKED = /\b(?:readEnv|isSet|testEnv|testEnvIsSet)\(\s*[\x27\x22]([A-Z][A-Z0-9_]*)[\x27\x22]/g;
/** The one kind of direct read allowed: a variable Next.js inlines, written out. */
const INLINED = /\bprocess\.env\.([A-Z][A-Z0-9_]*)/g;

/** lib/env.js's own test asks for names to test the table, not to use them. */
const OWNER_TEST = 'lib/env.test.ts';

/** Every variable name code outside lib/env.js (and its test) reads, with the first place it is read. */
export function namesRead(files: { file: string; source: string }[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const { file, source } of files) {
    if (file === OWNER || file === OWNER_TEST) continue;
    const code = withoutComments(source);
    for (const pattern of [ASKED, INLINED]) {
      for (const match of code.matchAll(pattern)) {
        const name = match[1] ?? '';
        if (pattern === INLINED && !INLINED_NAMES.has(name)) continue;
        if (!names.has(name)) names.set(name, `${file}:${lineOf(code, match.index)}`);
      }
    }
  }
  return names;
}
