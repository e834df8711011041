/**
 * Writes the content store after Contentlayer has generated its data (contentlayer.config.ts,
 * onSuccess). Contentlayer's own index holds every document with its body; a page worker
 * that imports it holds the whole archive's text (see docs/decisions/013). The store keeps
 * each article without its body plus the names of the two files an article page needs: the
 * body's compiled code (lib/mdx/compiled-bodies.ts) and Contentlayer's per-document file with
 * the MDX source (read by the search index). Author bios and pages are few and short, so
 * their compiled code is kept in the store itself.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { type CompiledBodies,compiledBodies } from '../mdx/compiled-bodies';
import { compiledFile, contentlayerDir, storeFile, versionFile } from './store-files';

type Doc = Record<string, unknown> & { _raw: { sourceFilePath: string }; body: { raw: string; html?: string } };

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
  if (missing.length > 0) throw new Error(`${dir}: _index.mjs names files that do not exist (${missing.slice(0, 3).join(', ')}) — delete .contentlayer and run npm run build:content`);
  return names.sort();
}

interface Tally {
  compiled: number;
  reused: number;
  keys: Set<string>;
}

async function compiledKey(doc: Doc, bodies: CompiledBodies, tally: Tally): Promise<string> {
  const { key, compiled } = await bodies.ensure(doc.body.raw, doc._raw.sourceFilePath);
  tally[compiled ? 'compiled' : 'reused'] += 1;
  tally.keys.add(key);
  return key;
}

/** Articles one file at a time, so the writer never holds every body at once. */
async function articleSummaries(bodies: CompiledBodies, tally: Tally): Promise<Record<string, unknown>[]> {
  const dir = path.join(contentlayerDir(), 'generated', 'Article');
  const summaries: Record<string, unknown>[] = [];
  for (const name of articleFiles(dir)) {
    const doc = JSON.parse(readFileSync(path.join(dir, name), 'utf8')) as Doc;
    const { body: _body, _raw, ...fields } = doc;
    summaries.push({ ...fields, sourceFilePath: _raw.sourceFilePath, bodyFile: name, codeKey: await compiledKey(doc, bodies, tally) });
  }
  return summaries;
}

/** Authors and pages with their compiled body inline, and the body's MDX source kept for plain-text uses. */
async function withCode(type: 'Author' | 'Page', bodies: CompiledBodies, tally: Tally): Promise<Record<string, unknown>[]> {
  const docs: Record<string, unknown>[] = [];
  for (const doc of readIndex(type)) {
    const key = await compiledKey(doc, bodies, tally);
    docs.push({ ...doc, body: { raw: doc.body.raw }, bodyCode: readFileSync(compiledFile(key), 'utf8') });
  }
  return docs;
}

function writeAtomically(file: string, text: string) {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(`${file}.tmp`, text);
  renameSync(`${file}.tmp`, file);
}

export async function writeContentStore(bodies: CompiledBodies = compiledBodies()): Promise<void> {
  const started = performance.now();
  const tally: Tally = { compiled: 0, reused: 0, keys: new Set() };
  const content = {
    articles: await articleSummaries(bodies, tally),
    authors: await withCode('Author', bodies, tally),
    sections: readIndex('Section'),
    pages: await withCode('Page', bodies, tally),
  };
  const version = createHash('sha256').update(JSON.stringify(content)).digest('hex').slice(0, 16);
  writeAtomically(storeFile(), JSON.stringify({ version, ...content }));
  writeAtomically(versionFile(), `${JSON.stringify({ version })}\n`);
  const removed = bodies.prune(tally.keys);
  console.log(
    `Content store: ${content.articles.length} articles; bodies ${tally.reused} compiled by the content check, ${tally.compiled} compiled now, ${removed} old removed (${Math.round(performance.now() - started)} ms).`,
  );
}
