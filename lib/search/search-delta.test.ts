/**
 * The delta with the real Pagefind: bundles written by the indexer, read back by Pagefind's own
 * browser script (run here in Node, its files fetched from disk and from the delta route), merged
 * by the search page's code. Slow for a unit test (a few seconds), but it is the only proof that
 * a publish is found.
 */
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

import { GET as deltaRoute } from '@/app/pagefind-delta/[...file]/route';

import type { SearchDocument } from '../content/types';
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
let deltaDir: string;
let runs = 0;

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

/** Pagefind's script from the bundle's folder on disk; a fresh module each time, as a page load is. */
const importScript = (url: string) => {
  const file = url.startsWith(DELTA_PREFIX)
    ? path.join(deltaDir, url.slice(DELTA_PREFIX.length))
    : path.join(publicDir, url);
  return import(/* @vite-ignore */ `${pathToFileURL(file).href}?run=${++runs}`) as Promise<Pagefind>;
};

async function search(query: string, section?: string) {
  const { total, results } = await searchIn(await openSearch(importScript), query, section);
  return { total, urls: results.map((result) => result.url) };
}

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'dateline-search-delta-'));
  publicDir = path.join(root, 'public');
  deltaDir = path.join(root, 'delta');
  vi.stubEnv('SEARCH_DELTA_DIR', deltaDir);
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
  await resetSearchDelta(ids, { dir: deltaDir });
}, 60_000);

afterAll(async () => {
  vi.unstubAllGlobals();
  vi.unstubAllEnvs();
  await rm(root, { recursive: true, force: true });
});

describe('search over year bundles and a publish delta', () => {
  it('finds stories in every year bundle before any publish', async () => {
    expect(await search('armistice')).toEqual({ total: 1, urls: [SEOUL.url] });
    expect(await search('crane')).toEqual({ total: 1, urls: [CRANE.url] });
    expect(await readPointer(deltaDir)).toBeUndefined();
  });

  it('after a publish: finds new and changed stories, and no longer finds removed ones or old wording', async () => {
    const started = performance.now();
    await updateSearchDelta({ upsert: [SEOUL_CORRECTED, NEW_STORY], remove: [CRANE.url] }, { dir: deltaDir });
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
    await updateSearchDelta({ upsert: [FERRY], remove: [] }, { dir: deltaDir });
    const pointer = await readPointer(deltaDir);
    expect(pointer?.tombstones).toEqual([FERRY.url]);
    expect(pointer?.hiddenIds).toEqual([]); // the delta's copy has the base copy's id
    expect(await search('harbour')).toEqual({ total: 1, urls: [FERRY.url] });
  }, 60_000);

  it('a publish that fails half-way leaves the previous delta in place, and nothing half-written', async () => {
    await updateSearchDelta({ upsert: [SEOUL_CORRECTED, NEW_STORY], remove: [CRANE.url] }, { dir: deltaDir });
    const before = await readFile(path.join(deltaDir, 'current.json'), 'utf8');
    const many = Array.from({ length: 150 }, (_, i) => doc(`story-${i}`, 'UK', '2026-11-29T09:00:00Z', 'Words.'));
    const broken = { ...NEW_STORY, url: '/uk/broken', date: 'not a date' };
    await expect(
      updateSearchDelta({ upsert: [...many, broken, ...many], remove: [] }, { dir: deltaDir }),
    ).rejects.toThrow();
    expect(await readFile(path.join(deltaDir, 'current.json'), 'utf8')).toBe(before);
    expect((await readdir(deltaDir)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    expect(await search('lighthouse')).toEqual({ total: 1, urls: [NEW_STORY.url] });
    expect(await search('crane')).toEqual({ total: 0, urls: [] });
  }, 60_000);

  it('a publish killed before its pointer was written is invisible, and the next publish clears up after it', async () => {
    const before = await readFile(path.join(deltaDir, 'current.json'), 'utf8');
    // What a killed publish leaves: a complete-looking newer bundle nobody points to, and a temporary folder.
    const orphan = path.join(deltaDir, 'zzzzzzzz-ffffff');
    await mkdir(path.join(orphan, 'fragment'), { recursive: true });
    await writeFile(path.join(orphan, 'pagefind-entry.json'), '{"truncated":');
    await mkdir(path.join(deltaDir, 'zzzzzzzz-eeeeee.tmp'));
    expect(await search('lighthouse')).toEqual({ total: 1, urls: [NEW_STORY.url] });

    await updateSearchDelta({ upsert: [NEW_STORY], remove: [] }, { dir: deltaDir });
    const after = await readPointer(deltaDir);
    const versions = (await readdir(deltaDir)).filter((name) => /^[0-9a-z]+-[0-9a-f]+$/.test(name));
    // The new delta and the one before it (readers who loaded the old pointer still fetch from it).
    expect(versions.sort()).toEqual(
      [(JSON.parse(before) as { url: string }).url, after?.url ?? ''].map((url) => url.split('/').at(-2)).sort(),
    );
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
      '/pagefind-delta/%2e%2e/package.json',
      `${url}nothing.js`,
    ]) {
      expect((await siteFetch(refused)).status, refused).toBe(404);
    }
  });

  it('a full build starts the delta afresh', async () => {
    await resetSearchDelta({}, { dir: deltaDir });
    expect(await readPointer(deltaDir)).toBeUndefined();
    const pointer = await siteFetch('/pagefind-delta/current.json');
    expect([pointer.status, await pointer.json()]).toEqual([200, null]); // no delta, and no console error for a 404
    expect(await search('armistice')).toEqual({ total: 1, urls: [SEOUL.url] });
  });
});
