/**
 * lib/ as a graph of folders: which folder imports which, and the loops between them. A folder
 * is lib/<name>/ with everything below it, or `lib` for the files directly in lib/ (as
 * eslint-rules/lib-layers.mjs counts them). Every import counts, `import type` too (a type
 * still ties two folders together); a test file's do not, since nothing imports a test.
 * Read by its test (no loop may be left) and by `npm run measure:layers`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import ts from 'typescript';

import { libFolderOf } from '../../eslint-rules/lib-layers.mjs';

export interface LibFile {
  /** Path in the project, forward slashes: lib/build/store-writer.ts */
  file: string;
  /** The folder it counts for: lib/build, or lib for lib/paths.ts. */
  folder: string;
  lines: number;
  test: boolean;
}

/** One import from a file of one lib/ folder into another. */
export interface FolderImport {
  from: string;
  to: string;
  /** The importing file and the module as it is written there. */
  file: string;
  specifier: string;
}

const CODE = /\.(ts|tsx|js|mjs|cjs)$/;
const DECLARATION = /\.d\.[cm]?ts$/;
const TEST = /\.test\.tsx?$/;

/** Every source file under lib/, sorted. */
export function libFiles(root: string): LibFile[] {
  const files: LibFile[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(path.join(root, dir), { withFileTypes: true })) {
      const file = `${dir}/${entry.name}`;
      if (entry.isDirectory()) walk(file);
      else if (CODE.test(entry.name) && !DECLARATION.test(entry.name)) {
        const text = readFileSync(path.join(root, file), 'utf8');
        const folder = libFolderOf(file, root) ?? 'lib';
        files.push({
          file,
          folder,
          lines: text.split('\n').length - (text.endsWith('\n') ? 1 : 0),
          test: TEST.test(file),
        });
      }
    }
  };
  walk('lib');
  return files.sort((a, b) => a.file.localeCompare(b.file));
}

/** The project path a module specifier names, or undefined for a package. */
function targetOf(specifier: string, file: string): string | undefined {
  if (specifier.startsWith('@/')) return specifier.slice(2);
  if (specifier.startsWith('.')) return path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier));
  return undefined;
}

/** Every import of a production file of lib/ into another lib/ folder. */
export function folderImports(root: string, files: readonly LibFile[] = libFiles(root)): FolderImport[] {
  const found: FolderImport[] = [];
  for (const { file, folder, test } of files) {
    if (test) continue;
    const text = readFileSync(path.join(root, file), 'utf8');
    // TypeScript's own scan: static imports and exports, `import type`, import() and require().
    for (const { fileName: specifier } of ts.preProcessFile(text, true, true).importedFiles) {
      const target = targetOf(specifier, file);
      const to = target === undefined ? undefined : libFolderOf(target, root);
      if (to && to !== folder) found.push({ from: folder, to, file, specifier });
    }
  }
  return found;
}

/** Folder → the folders it imports. */
export function folderGraph(imports: readonly FolderImport[]): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const { from, to } of imports) graph.set(from, (graph.get(from) ?? new Set()).add(to));
  return graph;
}

/**
 * Every loop between folders, each once: the folders in order, starting from the first in
 * alphabetical order, the first repeated at the end (lib/build → lib/validation → lib/build).
 */
export function folderCycles(imports: readonly FolderImport[]): string[][] {
  const graph = folderGraph(imports);
  const cycles: string[][] = [];
  for (const start of [...graph.keys()].sort()) {
    // Only through folders after `start`, so each loop is found once, from its first folder.
    const walk = (folder: string, trail: string[]) => {
      for (const next of [...(graph.get(folder) ?? [])].sort()) {
        if (next === start) cycles.push([...trail, start]);
        else if (next > start && !trail.includes(next)) walk(next, [...trail, next]);
      }
    };
    walk(start, [start]);
  }
  return cycles;
}

/** A loop as one line, each step with the first import that makes it. */
export function describeCycle(cycle: readonly string[], imports: readonly FolderImport[]): string {
  const steps = cycle.slice(1).map((to, index) => {
    const from = cycle[index];
    const first = imports.find((entry) => entry.from === from && entry.to === to);
    return `→ ${to} (${first?.file ?? '?'} imports '${first?.specifier ?? '?'}')`;
  });
  return [cycle[0], ...steps].join(' ');
}
