/**
 * Writes the content store after Contentlayer has generated its data (contentlayer.config.ts,
 * onSuccess). Contentlayer's own index holds every document with its body; a page worker
 * that imports it holds the whole archive's text (see docs/decisions/013). The store keeps
 * each article without its body plus the name of Contentlayer's per-document file that has
 * the body, so lib/content reads one body when one article page is rendered.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { contentlayerDir, storeFile, versionFile } from './store-files';

type Doc = Record<string, unknown> & { _raw: { sourceFilePath: string }; body?: unknown };

function readIndex(type: string): Doc[] {
  return JSON.parse(readFileSync(path.join(contentlayerDir(), 'generated', type, '_index.json'), 'utf8')) as Doc[];
}

/**
 * The per-document files of the current articles, as listed by Contentlayer's _index.mjs.
 * Not a directory listing: Contentlayer leaves the files of deleted documents behind.
 */
function articleFiles(dir: string): string[] {
  const index = readFileSync(path.join(dir, '_index.mjs'), 'utf8');
  const names = [...index.matchAll(/^import \w+ from '\.\/([^']+\.json)'/gm)].map((match) => match[1] as string);
  const missing = names.filter((name) => !existsSync(path.join(dir, name)));
  if (missing.length > 0) throw new Error(`${dir}: _index.mjs names files that do not exist (${missing.slice(0, 3).join(', ')}) — run contentlayer2 build --clearCache`);
  return names.sort();
}

/** Articles one file at a time, so the writer never holds every body at once. */
function articleSummaries(): Record<string, unknown>[] {
  const dir = path.join(contentlayerDir(), 'generated', 'Article');
  return articleFiles(dir).map((name) => {
    const { body: _body, _raw, ...fields } = JSON.parse(readFileSync(path.join(dir, name), 'utf8')) as Doc;
    return { ...fields, sourceFilePath: _raw.sourceFilePath, bodyFile: name };
  });
}

function writeAtomically(file: string, text: string) {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(`${file}.tmp`, text);
  renameSync(`${file}.tmp`, file);
}

export function writeContentStore(): void {
  const content = { articles: articleSummaries(), authors: readIndex('Author'), sections: readIndex('Section'), pages: readIndex('Page') };
  const version = createHash('sha256').update(JSON.stringify(content)).digest('hex').slice(0, 16);
  writeAtomically(storeFile(), JSON.stringify({ version, ...content }));
  writeAtomically(versionFile(), `${JSON.stringify({ version })}\n`);
}
