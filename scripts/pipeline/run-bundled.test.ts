/**
 * scripts/pipeline/run-bundled.mjs (docs/decisions/057): a command run from its bundle behaves as
 * the source says, gets its arguments, and is never run from a bundle older than its source.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

const projectRoot = path.resolve(import.meta.dirname, '..', '..');
const root = mkdtempSync(path.join(tmpdir(), 'dateline-run-bundled-'));
mkdirSync(path.join(root, 'scripts', 'pipeline'), { recursive: true });
mkdirSync(path.join(root, 'lib'));
mkdirSync(path.join(root, 'tools'));
cpSync(path.join(projectRoot, 'scripts/pipeline/run-bundled.mjs'), path.join(root, 'scripts/pipeline/run-bundled.mjs'));
symlinkSync(path.join(projectRoot, 'node_modules'), path.join(root, 'node_modules'));
writeFileSync(
  path.join(root, 'lib', 'greeting.ts'),
  'export const greeting = (name: string): string => `Hello, ${name}`;\n',
);
writeFileSync(
  path.join(root, 'tools', 'hello.ts'),
  "import { greeting } from '../lib/greeting';\nconsole.log(greeting(process.argv.slice(2).join(' and ')));\n",
);
afterAll(() => rmSync(root, { recursive: true, force: true }));

const run = (...args: string[]) =>
  spawnSync(process.execPath, [path.join(root, 'scripts/pipeline/run-bundled.mjs'), ...args], {
    cwd: root,
    encoding: 'utf8',
  });

describe('run-bundled', () => {
  it('runs the script with its own arguments, from a bundle in .dateline/commands', () => {
    const result = run('tools/hello.ts', 'Ada', 'Grace');
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe('Hello, Ada and Grace\n');
    expect(existsSync(path.join(root, '.dateline/commands/tools_hello.mjs'))).toBe(true);
  });

  it('makes the bundle again when a file it was made from changed, even one its script imports', () => {
    run('tools/hello.ts', 'Ada');
    writeFileSync(
      path.join(root, 'lib', 'greeting.ts'),
      'export const greeting = (name: string): string => `Howdy, ${name}`;\n',
    );
    // The same size and an older time than the bundle must not hide the change either.
    utimesSync(path.join(root, 'lib', 'greeting.ts'), new Date(2000, 0, 1), new Date(2000, 0, 1));
    expect(run('tools/hello.ts', 'Ada').stdout).toBe('Howdy, Ada\n');
  });

  it('says which script it cannot bundle, and why, with exit code 2', () => {
    const result = run('tools/missing.ts');
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^Cannot bundle tools\/missing\.ts: .*missing\.ts/s);
  });
});
