/** Small file helpers the workspace, the sync and the release share. */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const hashOf = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** `size:mtimeMs` of a file, or "absent": enough to know it has not changed since it was last read. */
export function statText(file: string): string {
  const stat = statSync(file, { throwIfNoEntry: false });
  return stat?.isFile() ? `${stat.size}:${stat.mtimeMs}` : 'absent';
}

export function readIfPresent(file: string): Buffer | undefined {
  return existsSync(file) && statSync(file).isFile() ? readFileSync(file) : undefined;
}

/** Writes through a temporary file and a rename, so a reader never sees half a file. */
export function writeFileAtomically(file: string, bytes: Uint8Array | string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.desk-${process.pid}.tmp`;
  writeFileSync(temporary, bytes);
  renameSync(temporary, file);
}

/** Puts `bytes` at `file`, or removes the file when `bytes` is undefined. */
export function putOrRemove(file: string, bytes: Uint8Array | undefined): void {
  if (bytes === undefined) rmSync(file, { force: true });
  else writeFileAtomically(file, bytes);
}

/** Every file under `dir` (posix paths relative to it), skipping dot files and temporaries. */
export function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => name.split(path.sep).join('/'))
    .filter((name) => !name.split('/').some((part) => part.startsWith('.')) && !name.endsWith('.tmp'))
    .filter((name) => statSync(path.join(dir, name)).isFile())
    .sort();
}
