/**
 * lib/env.js owns the environment: this fails, naming file and line, on a read of process.env
 * (or of an environment object handed around) anywhere else, on a name read that the table does
 * not declare, and on a table row that nothing reads (docs/decisions/050-one-module-owns-the-environment).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { OTHER_PROGRAMS_VARIABLES, VARIABLES } from '../../lib/env';
import { envReads, namesRead, OWNER, ROOT, sourceFiles } from './env-reads';

const files = sourceFiles().map((file) => ({ file, source: readFileSync(path.join(ROOT, file), 'utf8') }));
const declared = new Set(Object.keys(VARIABLES));

describe('the environment is read in lib/env.js only', () => {
  it('scans the whole project, lib/env.js included', () => {
    expect(files.length).toBeGreaterThan(300);
    const scanned = new Set(files.map(({ file }) => file));
    for (const file of [OWNER, 'server/start.js', 'next.config.js', 'proxy.ts', 'e2e/support/test-env.ts']) {
      expect(scanned, file).toContain(file);
    }
    expect([...scanned].filter((file) => /(^|\/)(node_modules|\.next|\.contentlayer)\//.test(file))).toEqual([]);
  });

  it('finds no read of process.env outside lib/env.js', () => {
    const reads = files.flatMap(({ file, source }) => envReads(file, source));
    expect(
      reads.map((read) => `${read.file}:${read.line} ${read.text}`),
      'read it with readEnv from lib/env.js (e2e: testEnv from e2e/support/test-env.ts) instead',
    ).toEqual([]);
  });

  it('reads only variables the table declares', () => {
    const unknown = [...namesRead(files)].filter(([name]) => !declared.has(name));
    expect(
      unknown.map(([name, where]) => `${where} ${name}`),
      'add a row for it to lib/env.js',
    ).toEqual([]);
  });

  it('declares no variable that nothing reads', () => {
    const read = namesRead(files);
    const dead = [...declared].filter((name) => !read.has(name));
    expect(dead, 'remove the row from lib/env.js, or read the variable').toEqual([]);
  });

  it("keeps other programs' variables apart: none is a row, none is read by Dateline's code", () => {
    const read = namesRead(files);
    const theirs = Object.keys(OTHER_PROGRAMS_VARIABLES);
    expect(theirs.filter((name) => declared.has(name) || read.has(name))).toEqual([]);
  });
});

describe('what counts as a read', () => {
  const planted = mkdtempSync(path.join(tmpdir(), 'env-reads-'));
  afterAll(() => rmSync(planted, { recursive: true, force: true }));

  it('catches a read planted in a source file, naming file and line', () => {
    const lines = [
      "import { spawn } from 'node:child_process';",
      '// process.env.IN_A_COMMENT is not a read',
      "const message = 'process.env.IN_A_STRING is not either';",
      "spawn('node', [], { env: { ...process.env, CHILD_ONLY: '1' } });",
      "process.env.SET_FOR_LIBRARIES = '0';",
      'delete process.env.SET_FOR_LIBRARIES;',
      'export const port = Number(process.env.PLANTED_PORT ?? 3000);',
      "export const other = process.env['PLANTED_OTHER'];",
      'const { PLANTED_DESTRUCTURED } = process.env;',
      'export const fromArgument = (env: NodeJS.ProcessEnv) => env.PLANTED_ARGUMENT;',
      'export { message, PLANTED_DESTRUCTURED };',
    ];
    mkdirPlanted('planted/reads.ts', lines.join('\n'));
    const [found] = sourceFiles(planted).map((file) =>
      envReads(file, readFileSync(path.join(planted, file), 'utf8')).map((read) => `${read.file}:${read.line}`),
    );
    expect(found).toEqual(['planted/reads.ts:7', 'planted/reads.ts:8', 'planted/reads.ts:9', 'planted/reads.ts:10']);
  });

  it('allows a variable Next.js inlines at build time written out, and only those', () => {
    const source = 'export const slug = process.env.NEXT_PUBLIC_KEYSTATIC_GITHUB_APP_SLUG;';
    expect(envReads('widgets/x.client.tsx', source)).toEqual([]);
    expect(namesRead([{ file: 'widgets/x.client.tsx', source }]).has('NEXT_PUBLIC_KEYSTATIC_GITHUB_APP_SLUG')).toBe(
      true,
    );
    const other = 'export const slug = process.env.NEXT_PUBLIC_NOT_A_ROW;';
    expect(envReads('widgets/x.client.tsx', other)).toHaveLength(1);
  });

  function mkdirPlanted(file: string, source: string) {
    const target = path.join(planted, file);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, source);
  }
});
