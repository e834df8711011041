/**
 * Writes the content store into the database after Contentlayer has generated its data
 * (contentlayer.config.ts, onSuccess). Contentlayer's own index holds every document with its
 * body; a page worker that imports it holds the whole archive's text (see docs/decisions/013).
 * The store keeps each article without its body plus the names of the two files an article page
 * needs: the body's compiled code (./compiled-bodies.ts, whose files stay as the build's local
 * cache) and Contentlayer's per-document file with the MDX source (read by the search index).
 * Author bios and pages are few and short, so their compiled code is kept in the store itself.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { sql } from 'kysely';

import { writeAtomically } from '../atomic-write';
import { databaseLocation, openDatabase } from '../db/connection';
import { migrate } from '../db/migrate';
import { buildNow } from '../now';
import { compiledFile, contentlayerDir, versionFile } from '../paths';
import { type CompiledBodies, compiledBodies } from './compiled-bodies';
import { describeDatabase, describeSync, type SyncResult, syncStore } from './database-store';
import { liveBlogRecords } from './live-records';
import { type PendingManifest, pendingManifestWritten, readPendingManifest } from './manifest';

type Doc = Record<string, unknown> & { _raw: { sourceFilePath: string }; body: { raw: string; html?: string } };

function readIndex(type: string, generatedDir: string): Doc[] {
  // Contentlayer writes no folder for a type without documents (a site with no live blog).
  if (!existsSync(path.join(generatedDir, type, '_index.json'))) return [];
  return JSON.parse(readFileSync(path.join(generatedDir, type, '_index.json'), 'utf8')) as Doc[];
}

/**
 * The per-document files of the current articles, as listed by Contentlayer's _index.mjs.
 * Not a directory listing: Contentlayer leaves the files of deleted documents behind.
 */
function articleFiles(dir: string): string[] {
  const index = readFileSync(path.join(dir, '_index.mjs'), 'utf8');
  const names = [...index.matchAll(/^import \w+ from '\.\/([^']+\.json)'/gm)].map((match) => match[1] as string);
  const missing = names.filter((name) => !existsSync(path.join(dir, name)));
  if (missing.length > 0)
    throw new Error(
      `${dir}: _index.mjs names files that do not exist (${missing.slice(0, 3).join(', ')}) — delete .contentlayer and run npm run build:content`,
    );
  return names.sort();
}

export interface Tally {
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
async function articleSummaries(
  bodies: CompiledBodies,
  tally: Tally,
  generatedDir: string,
): Promise<Record<string, unknown>[]> {
  const dir = path.join(generatedDir, 'Article');
  const summaries: Record<string, unknown>[] = [];
  for (const name of articleFiles(dir)) {
    const doc = JSON.parse(readFileSync(path.join(dir, name), 'utf8')) as Doc;
    const { body: _body, _raw, ...fields } = doc;
    summaries.push({
      ...fields,
      sourceFilePath: _raw.sourceFilePath,
      codeKey: await compiledKey(doc, bodies, tally),
    });
  }
  return summaries;
}

/** Authors and pages with their compiled body inline, and the body's MDX source kept for plain-text uses. */
async function withCode(
  type: 'Author' | 'Page',
  bodies: CompiledBodies,
  tally: Tally,
  generatedDir: string,
): Promise<Record<string, unknown>[]> {
  const docs: Record<string, unknown>[] = [];
  for (const doc of readIndex(type, generatedDir)) {
    const key = await compiledKey(doc, bodies, tally);
    docs.push({ ...doc, body: { raw: doc.body.raw }, bodyCode: readFileSync(compiledFile(key), 'utf8') });
  }
  return docs;
}

/** Every article without its body, plus authors, sections and pages: what lib/content reads. */
export interface StoreContent {
  articles: Record<string, unknown>[];
  authors: Record<string, unknown>[];
  sections: Record<string, unknown>[];
  pages: Record<string, unknown>[];
}

/**
 * Writes version.json with the database's store version: `next dev` imports it (lib/content), so
 * a build or publish reloads the preview's pages. The store itself is in the database.
 */
export function writeVersionFile(version: string): void {
  writeAtomically(versionFile(), `${JSON.stringify({ version })}\n`);
}

/** Records of everything Contentlayer generated in `generatedDir`, with each body's compiled file ensured. */
export async function typedRecords(
  bodies: CompiledBodies,
  tally: Tally,
  generatedDir = path.join(contentlayerDir(), 'generated'),
): Promise<StoreContent> {
  const key = (doc: Doc) => compiledKey(doc, bodies, tally);
  const live = await liveBlogRecords(readIndex('LiveBlog', generatedDir), readIndex('LivePost', generatedDir), key);
  return {
    articles: [...(await articleSummaries(bodies, tally, generatedDir)), ...live],
    authors: await withCode('Author', bodies, tally, generatedDir),
    sections: readIndex('Section', generatedDir),
    pages: await withCode('Page', bodies, tally, generatedDir),
  };
}

/**
 * Writes the store into the database (issue 24): only what differs from what the database has,
 * in one transaction, with the content check's manifest (default: its pending file, which goes
 * once written; lib/build/manifest.ts).
 */
export async function syncDatabase(
  content: StoreContent,
  log: (line: string) => void = console.log,
  manifest: PendingManifest | undefined = readPendingManifest(),
): Promise<SyncResult> {
  const location = databaseLocation();
  const database = openDatabase(location);
  try {
    const started = performance.now();
    await migrate(database);
    const result = await syncStore(database, { ...content, ...(manifest ? { manifest } : {}) }, { now: buildNow() });
    if (manifest) pendingManifestWritten();
    // PostgreSQL plans from statistics it gathers only when asked (or when autovacuum gets to
    // it): without them a section's page 1 sorted the whole section (124 ms at 100,000 stories)
    // instead of reading its index in order. SQLite's plans need none (lib/content/database/plans.test.ts).
    const filesMoved = result.files.written + result.files.removed > 0;
    if ((result.changed || filesMoved) && database.dialect === 'postgres') await sql`analyze`.execute(database.db);
    log(describeSync(result, describeDatabase(location), Math.round(performance.now() - started)));
    return result;
  } finally {
    await database.close();
  }
}

export async function writeContentStore(bodies: CompiledBodies = compiledBodies()): Promise<void> {
  const started = performance.now();
  const tally: Tally = { compiled: 0, reused: 0, keys: new Set() };
  const content = await typedRecords(bodies, tally);
  const { version } = await syncDatabase(content);
  writeVersionFile(version);
  const removed = bodies.prune(tally.keys);
  console.log(
    `Content store: ${content.articles.length} articles; bodies ${tally.reused} compiled by the content check, ${tally.compiled} compiled now, ${removed} old removed (${Math.round(performance.now() - started)} ms).`,
  );
}
