/**
 * lib/ folders import each other one way only (issue 26): a loop between two folders, or
 * through several, fails here and is printed with the import that makes each step. The lint
 * rule dateline/lib-layers keeps new imports pointing down; this catches what a layer list
 * cannot, such as two folders of one layer importing each other.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { LIB_LAYERS } from '../../eslint-rules/lib-layers.mjs';
import { describeCycle, folderCycles, folderImports, libFiles } from './lib-graph';

const root = path.resolve(import.meta.dirname, '../..');

describe('the folders of lib/', () => {
  const files = libFiles(root);
  const imports = folderImports(root, files);

  it('import each other one way only: no loop between folders', () => {
    expect(folderCycles(imports).map((cycle) => describeCycle(cycle, imports))).toEqual([]);
  });

  it('each have a layer in eslint-rules/lib-layers.mjs, and every layer names folders that exist', () => {
    const folders = new Set(files.map(({ folder }) => folder));
    const layered = new Set(LIB_LAYERS.flatMap(({ folders: named }) => named));
    expect([...folders].filter((folder) => !layered.has(folder))).toEqual([]);
    expect([...layered].filter((folder) => !folders.has(folder))).toEqual([]);
  });

  it('import only the layers below their own (what the lint rule checks, from the files)', () => {
    const layerOf = new Map(LIB_LAYERS.flatMap(({ folders }, index) => folders.map((folder) => [folder, index])));
    const upward = imports.filter(({ from, to }) => (layerOf.get(to) ?? 0) > (layerOf.get(from) ?? 0));
    expect(upward.map(({ file, specifier }) => `${file} imports '${specifier}'`)).toEqual([]);
  });
});

describe('the loop finder', () => {
  const project = mkdtempSync(path.join(tmpdir(), 'lib-graph-'));
  afterAll(() => rmSync(project, { recursive: true, force: true }));
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(project, file)), { recursive: true });
    writeFileSync(path.join(project, file), text);
  };
  // Real names of this project, so each case reads like the mistake it stands for.
  write('lib/paths.ts', "import { store } from './content';\nexport const root = store;\n");
  write('lib/content/index.ts', "import { root } from '@/lib/paths';\nexport const store = root;\n");
  write('lib/source/problem.ts', "import type { Entry } from '../validation/model';\nexport const problem = 1;\n");
  write('lib/validation/model.ts', "export type Writer = typeof import('../build/store-writer');\n");
  write('lib/build/store-writer.ts', "export { problem } from '../source/problem';\nimport './manifest';\n");
  write('lib/build/manifest.ts', "import { problem } from '@/lib/source/problem';\nexport const manifest = problem;\n");
  write('lib/build/body-cache.test.ts', "import { root } from '../paths';\n");
  const imports = folderImports(project);

  it('finds a loop between a folder and the files directly in lib/, through a folder index', () => {
    expect(folderCycles(imports)).toContainEqual(['lib', 'lib/content', 'lib']);
  });

  it('finds a loop through three folders made of a type import, an import() type and a re-export', () => {
    expect(folderCycles(imports)).toContainEqual(['lib/build', 'lib/source', 'lib/validation', 'lib/build']);
    expect(folderCycles(imports)).toHaveLength(2);
  });

  it('prints each step with the import that makes it', () => {
    expect(describeCycle(['lib', 'lib/content', 'lib'], imports)).toBe(
      "lib → lib/content (lib/paths.ts imports './content') → lib (lib/content/index.ts imports '@/lib/paths')",
    );
  });

  it('leaves out imports inside a folder and the imports of tests', () => {
    expect(imports.filter(({ from }) => from === 'lib/build')).toEqual([
      { from: 'lib/build', to: 'lib/source', file: 'lib/build/manifest.ts', specifier: '@/lib/source/problem' },
      { from: 'lib/build', to: 'lib/source', file: 'lib/build/store-writer.ts', specifier: '../source/problem' },
    ]);
  });
});
