/**
 * content/.redirects/wordpress.json: the old site's addresses and where each now lives (read by
 * the running site, lib/redirects), and which file each imported WordPress item became (read by
 * the next import, so it updates that file rather than writing a second one). It sits in the
 * content folder so it travels with the content through builds, publishes and deployments; the
 * leading dot keeps it out of the content check and the publish diff, which read only editors'
 * files (lib/source/content-files.ts).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const REDIRECT_TABLE = '.redirects/wordpress.json';

export interface RedirectTable {
  /** The old site's address. */
  from: string;
  /** "article:<id>" / "page:<id>" / "author:<login>" → file inside the content folder. */
  imported: Record<string, string>;
  /** Old path (with ?p=… for query addresses) → new path. */
  redirects: Record<string, string>;
}

export function readRedirectTable(contentDir: string): RedirectTable {
  const file = path.join(contentDir, REDIRECT_TABLE);
  if (!existsSync(file)) return { from: '', imported: {}, redirects: {} };
  try {
    const data = JSON.parse(readFileSync(file, 'utf8')) as Partial<RedirectTable>;
    return { from: data.from ?? '', imported: data.imported ?? {}, redirects: data.redirects ?? {} };
  } catch (error) {
    throw new Error(
      `${file}: is not valid JSON (${(error as Error).message}); restore it from git before importing again`,
    );
  }
}

const sorted = (record: Record<string, string>) =>
  Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)));

export function writeRedirectTable(contentDir: string, table: RedirectTable): void {
  const file = path.join(contentDir, REDIRECT_TABLE);
  mkdirSync(path.dirname(file), { recursive: true });
  const data = { from: table.from, redirects: sorted(table.redirects), imported: sorted(table.imported) };
  writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);
}
