/** The value of the editor's picture field, and the names uploads are saved under (./picture-field.tsx). */

/** A picture as the form holds it. */
export type Picture =
  | null
  /** A file already under public/, by its site path. */
  | { kind: 'path'; src: string }
  /** A file chosen in this session (or one uploaded before, read back from its story's folder). */
  | { kind: 'upload'; data: Uint8Array; filename: string };

/** A file name a URL and every file system take as it is: harbour-lights.jpg. */
export function safeFilename(path: string): string {
  const name = path.split(/[\\/]/).pop() ?? '';
  const dot = name.lastIndexOf('.');
  const stem = dot >= 0 ? name.slice(0, dot) : name;
  const extension = dot >= 0 ? name.slice(dot + 1).toLowerCase() : '';
  const clean = stem
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${clean || 'picture'}${extension ? `.${extension.replace(/[^a-z0-9]/g, '')}` : ''}`;
}
