/**
 * `npm run measure:layers`: the shape of the house (issue 26). Prints the lines of each lib/
 * folder (code and tests), the imports between folders, the loops between them (with the import
 * that makes each step) and the files marked 'use client'. Run it before and after a move to say
 * what the move changed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { describeCycle, folderCycles, folderGraph, folderImports, libFiles } from '../architecture/lib-graph';

const root = path.resolve(import.meta.dirname, '../..');
const files = libFiles(root);

const lines = new Map<string, { code: number; tests: number; files: number }>();
for (const { folder, lines: count, test } of files) {
  const entry = lines.get(folder) ?? { code: 0, tests: 0, files: 0 };
  if (test) entry.tests += count;
  else entry.code += count;
  entry.files++;
  lines.set(folder, entry);
}
console.log('lib/ folder            code lines  test lines  files');
for (const [folder, { code, tests, files: count }] of [...lines].sort(([a], [b]) => a.localeCompare(b))) {
  console.log(
    `${folder.padEnd(22)} ${String(code).padStart(10)} ${String(tests).padStart(11)} ${String(count).padStart(6)}`,
  );
}
const total = [...lines.values()].reduce(
  (sum, { code, tests }) => ({ code: sum.code + code, tests: sum.tests + tests }),
  {
    code: 0,
    tests: 0,
  },
);
console.log(`${'total'.padEnd(22)} ${String(total.code).padStart(10)} ${String(total.tests).padStart(11)}`);

const imports = folderImports(root, files);
const graph = folderGraph(imports);
console.log(`\nimports between folders: ${[...graph.values()].reduce((sum, to) => sum + to.size, 0)} folder pairs`);
for (const [from, to] of [...graph].sort(([a], [b]) => a.localeCompare(b))) {
  console.log(`  ${from.padEnd(20)} → ${[...to].sort().join(', ')}`);
}
const twoWay = [...graph].flatMap(([from, to]) =>
  [...to].filter((other) => from < other && graph.get(other)?.has(from)).map((other) => `${from} ⇄ ${other}`),
);
console.log(`folders importing each other both ways: ${twoWay.length}${twoWay.map((pair) => `\n  ${pair}`).join('')}`);
const cycles = folderCycles(imports);
console.log(`loops between folders: ${cycles.length}`);
for (const cycle of cycles) console.log(`  ${describeCycle(cycle, imports)}`);

/** Files whose first statement is 'use client', in the folders React renders from. */
function clientFiles(dir: string, found: string[] = []): string[] {
  for (const entry of readdirSync(path.join(root, dir), { withFileTypes: true })) {
    const file = `${dir}/${entry.name}`;
    if (entry.isDirectory()) clientFiles(file, found);
    else if (
      /\.(ts|tsx|js|mjs)$/.test(entry.name) &&
      /^\s*(?:\/\/.*\n\s*)*['"]use client['"]/.test(readFileSync(path.join(root, file), 'utf8'))
    ) {
      found.push(file);
    }
  }
  return found;
}
const client = ['app', 'components', 'lib'].flatMap((dir) => clientFiles(dir));
console.log(`\nfiles with 'use client': ${client.length}${client.map((file) => `\n  ${file}`).join('')}`);
