/**
 * The delta with the real Pagefind: bundles written by the indexer into the database (SQLite
 * here), read back by Pagefind's own browser script (run here in Node, its files fetched from
 * disk and, for the delta, from the route's handler, which reads the database), merged by the
 * search page's code. Slow for a unit test (a few seconds), but it is the only proof that a
 * publish is found. The delta's rows on both databases: ./delta-store-checks.ts.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

import { GET as deltaRoute } from '@/app/pagefind-delta/[...file]/route';

import type { SearchDocument } from '../content/types';
import { type Database, openDatabase } from '../db/connection';
import { migrate } from '../db/migrate';
import { closeProcessDatabases } from '../db/process-database';
import { pageIdsByUrl, writePagefindBundle } from './pagefind-bundle';
import { openSearch, type Pagefind, searchIn } from './pagefind-client';
import { DELTA_PREFIX, type SearchManifest } from './search-bundles';
import { type BasePageIds, readPointer, resetSearchDelta, updateSearchDelta } from './search-delta';

const doc = (slug: string, section: string, date: string, text: string): SearchDocument => ({
  slug,
  url: `/${section.toLowerCase()}/${slug}`,
  title: `Headline of ${slug}`,
  dek: `Standfirst of ${slug}.`,
  excerpt: '',
  date,
  section: section.toLowerCase(),
  sectionTitle: section,
  modified: date,
  text,
});

const SEOUL = doc('seoul-talks', 'World', '2021-12-02T09:00:00Z', 'The war ended in an armistice, not a treaty.');
const FERRY = doc('ferry-cut', 'UK', '2021-06-01T09:00:00Z', 'The harbour ferry timetable was cut.');
const CRANE = doc('crane-falls', 'UK', '2026-11-28T21:40:00Z', 'A crane fell across the quay in the storm.');
const NEW_STORY = doc('lighthouse-relit', 'UK', '2026-11-29T08:00:00Z', 'The old lighthouse shone again.');
const SEOUL_CORRECTED = { ...SEOUL, text: 'The war ended in a ceasefire agreement, not a treaty.' };

let root: string;
let publicDir: string;
let database: Database;
let runs = 0;

const bundleVersions = async () =>
  (await database.db.selectFrom('search_delta_files').select('version').distinct().execute())
    .map((row) => row.version)
    .sort();

/** fetch as the browser would see the site: public/ files, and the delta through its route. */
async function siteFetch(input: string | URL | Request): Promise<Response> {
  const url = new URL(String(input instanceof Request ? input.url : input), 'http://dateline.test');
  if (url.pathname.startsWith(DELTA_PREFIX)) {
    const file = url.pathname.slice(DELTA_PREFIX.length).split('/').map(decodeURIComponent);
    return deltaRoute(new Request(url), { params: Promise.resolve({ file }) });
  }
  try {
    const body = await readFile(path.join(publicDir, url.pathname));
    const type = url.pathname.endsWith('.json') ? 'application/json' : 'application/octet-stream';
    return new Response(new Uint8Array(body), { headers: { 'Content-Type': type } });
  } catch {
    return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/html' } });
  }
}

/**
 * Pagefind's script: a base bundle's from its folder on disk, the delta's as the route sends it
 * (Node imports modules from files, so it is written to one first); a fresh module each time, as
 * a page load is.
 */
const importScript = async (url: string) => {
  let file = path.join(publicDir, url);
  if (url.startsWith(DELTA_PREFIX)) {
    const response = await siteFetch(url);
    if (!response.ok) throw new Error(`${url}: ${response.status}`);
    file = path.join(root, 'imported', `${++runs}.mjs`);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, Buffer.from(await response.arrayBuffer()));
  }
  return import(/* @vite-ignore */ `${pathToFileURL(file).href}?run=${++runs}`) as Promise<Pagefind>;
};

async function search(query: string, section?: string) {
  const { total, results } = await searchIn(await openSearch(importScript), query, section);
  return { total, urls: results.map((result) => result.url) };
}

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'dateline-search-delta-'));
  publicDir = path.join(root, 'public');
  // The route opens the database DATABASE_URL names, as on a server.
  const file = path.join(root, 'dateline.sqlite');
  vi.stubEnv('DATABASE_URL', `file:${file}`);
  database = openDatabase({ dialect: 'sqlite', target: file });
  await migrate(database);
  vi.stubGlobal('fetch', siteFetch);
  // A base as `npm run build:search` writes it: two years, the newest with Pagefind's script.
  const manifest: SearchManifest = { bundles: [] };
  const ids: BasePageIds = {};
  for (const [year, docs] of [
    [2026, [CRANE]],
    [2021, [SEOUL, FERRY]],
  ] as const) {
    const dir = path.join(publicDir, 'pagefind', String(year));
    const stories = await writePagefindBundle(docs, dir, { runtime: year === 2026 });
    manifest.bundles.push({ year, url: `/pagefind/${year}/`, stories });
    Object.assign(ids, Object.fromEntries(await pageIdsByUrl(dir)));
  }
  await writeFile(path.join(publicDir, 'pagefind', 'indexes.json'), JSON.stringify(manifest));
  await resetSearchDelta(database, ids);
}, 60_000);

afterAll(async () => {
  await closeProcessDatabases();
  await database.close();
  vi.unstubAllGlobals();
  vi.unstubAllEnvs();
  await rm(root, { recursive: true, force: true });
});

describe('search over year bundles and a publish delta', () => {
  it('finds stories in every year bundle before any publish', async () => {
    expect(await search('armistice')).toEqual({ total: 1, urls: [SEOUL.url] });
    expect(await search('crane')).toEqual({ total: 1, urls: [CRANE.url] });
    expect(await readPointer(database)).toBeUndefined();
  });

  it('after a publish: finds new and changed stories, and no longer finds removed ones or old wording', async () => {
    const started = performance.now();
    await updateSearchDelta(database, { upsert: [SEOUL_CORRECTED, NEW_STORY], remove: [CRANE.url] });
    expect(performance.now() - started).toBeLessThan(10_000);

    expect(await search('lighthouse')).toEqual({ total: 1, urls: [NEW_STORY.url] });
    expect(await search('ceasefire')).toEqual({ total: 1, urls: [SEOUL.url] });
    expect(await search('armistice')).toEqual({ total: 0, urls: [] }); // only the base copy said it
    expect(await search('treaty')).toEqual({ total: 1, urls: [SEOUL.url] }); // both copies say it: shown once
    expect(await search('crane')).toEqual({ total: 0, urls: [] });
    expect(await search('harbour')).toEqual({ total: 1, urls: [FERRY.url] }); // untouched
    // The section filter applies to the delta as to the base.
    expect(await search('lighthouse', 'UK')).toEqual({ total: 1, urls: [NEW_STORY.url] });
    expect(await search('lighthouse', 'World')).toEqual({ total: 0, urls: [] });
  }, 60_000);

  it('shows a story republished unchanged once', async () => {
    await updateSearchDelta(database, { upsert: [FERRY], remove: [] });
    const pointer = await readPointer(database);
    expect(pointer?.tombstones).toEqual([FERRY.url]);
    expect(pointer?.hiddenIds).toEqual([]); // the delta's copy has the base copy's id
    expect(await search('harbour')).toEqual({ total: 1, urls: [FERRY.url] });
  }, 60_000);

  it('a publish that fails half-way leaves the previous delta in place', async () => {
    await updateSearchDelta(database, { upsert: [SEOUL_CORRECTED, NEW_STORY], remove: [CRANE.url] });
    const before = await readPointer(database);
    const versions = await bundleVersions();
    const many = Array.from({ length: 150 }, (_, i) => doc(`story-${i}`, 'UK', '2026-11-29T09:00:00Z', 'Words.'));
    const broken = { ...NEW_STORY, url: '/uk/broken', date: 'not a date' };
    await expect(updateSearchDelta(database, { upsert: [...many, broken, ...many], remove: [] })).rejects.toThrow();
    expect(await readPointer(database)).toEqual(before);
    expect(await bundleVersions()).toEqual(versions);
    expect(await search('lighthouse')).toEqual({ total: 1, urls: [NEW_STORY.url] });
    expect(await search('crane')).toEqual({ total: 0, urls: [] });
  }, 60_000);

  it('keeps the bundle the previous pointer named for readers who loaded it, and no older one', async () => {
    const versionOf = (url: string | null | undefined) => url?.split('/').at(-2) ?? '';
    const before = await readPointer(database);
    const [older, ...none] = (await bundleVersions()).filter((version) => version !== versionOf(before?.url));
    expect([older, none]).toEqual([expect.any(String), []]);
    await updateSearchDelta(database, { upsert: [NEW_STORY], remove: [] });
    const after = await readPointer(database);
    expect(await bundleVersions()).toEqual([versionOf(before?.url), versionOf(after?.url)].sort());
    // A reader still on the old pointer gets its files.
    expect((await siteFetch(`${before?.url ?? ''}pagefind-entry.json`)).status).toBe(200);
    expect(await search('crane')).toEqual({ total: 1, urls: [CRANE.url] }); // no longer removed in this journal
  }, 60_000);

  it('the delta route answers Pagefind’s files only, uncached', async () => {
    const pointer = await siteFetch('/pagefind-delta/current.json');
    expect(pointer.status).toBe(200);
    expect(pointer.headers.get('content-type')).toBe('application/json');
    expect(pointer.headers.get('cache-control')).toBe('no-cache');
    const { url } = (await pointer.json()) as { url: string };
    const script = await siteFetch(`${url}pagefind.js`);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect((await siteFetch(`${url}pagefind-entry.json`)).status).toBe(200);
    for (const refused of [
      '/pagefind-delta/base-ids.json',
      '/pagefind-delta/search_base_ids',
      '/pagefind-delta/%2e%2e/package.json',
      `${url}nothing.js`,
    ]) {
      expect((await siteFetch(refused)).status, refused).toBe(404);
    }
  });

  it('a full build starts the delta afresh', async () => {
    const { url } = (await readPointer(database)) ?? {};
    await resetSearchDelta(database, {});
    expect(await readPointer(database)).toBeUndefined();
    expect(await bundleVersions()).toEqual([]);
    expect((await siteFetch(`${url ?? ''}pagefind.js`)).status).toBe(404);
    const pointer = await siteFetch('/pagefind-delta/current.json');
    expect([pointer.status, await pointer.json()]).toEqual([200, null]); // no delta, and no console error for a 404
    expect(await search('armistice')).toEqual({ total: 1, urls: [SEOUL.url] });
  });
});
