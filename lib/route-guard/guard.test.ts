import { describe, expect, it } from 'vitest';

import { methodsFor } from '../route-manifest';
import { judge } from './guard';
import { routeTable } from './table';
import { lookupOf } from './table-lookup';

const table = routeTable({
  version: 'test',
  sections: [{ slug: 'uk' }, { slug: 'world' }],
  pages: [{ slug: 'about' }],
  authors: [{ slug: 'grace-whitfield' }, { slug: 'no-stories-yet' }],
  // Newest first; 45 stories in uk make three pages of 20.
  stories: [
    { slug: 'harbour-crane-collapses', section: 'uk', date: '2026-11-29T21:40:00Z' },
    ...Array.from({ length: 44 }, (_, i) => ({ slug: `uk-story-${i}`, section: 'uk', date: '2026-10-01T00:00:00Z' })),
    { slug: 'old-world-story', section: 'world', date: '2019-01-01T00:00:00Z' },
    {
      slug: 'storm-live',
      section: 'world',
      date: '2018-01-01T00:00:00Z',
      live: { posts: [{ id: 'p2' }, { id: 'p1' }] },
    },
  ],
  byTag: new Map([['ports', [1, 2, 3]]]),
  byAuthor: new Map([['grace-whitfield', Array.from({ length: 21 })]]),
  months: ['2026/11', '2019/01'],
  pageSize: 20,
  cards: 1,
});
const lookup = lookupOf(table);
const verdict = (path: string) => judge(lookup, path);

describe('route guard', () => {
  it("knows a live blog's JSON and its older pages, one per post, and nothing else under it", async () => {
    expect(await verdict('/world/storm-live')).toBe('pass');
    expect(await verdict('/world/storm-live/posts.json')).toBe('pass');
    expect(await verdict('/world/storm-live/page/p1')).toBe('pass');
    expect(await verdict('/world/storm-live/page/p3')).toBe('unknown');
    expect(await verdict('/world/storm-live/page/p1/more')).toBe('unknown');
    expect(await verdict('/world/old-world-story/posts.json')).toBe('unknown');
    expect(await verdict('/world/old-world-story/page/p1')).toBe('unknown');
  });

  it('lets through every address the store has', async () => {
    for (const path of [
      '/',
      '/uk',
      '/uk/',
      '/uk/harbour-crane-collapses',
      '/world/old-world-story',
      '/uk/page/1',
      '/uk/page/3',
      '/uk/feed.xml',
      '/uk/atom.xml',
      '/uk/feed.json',
      '/uk/card.png',
      '/uk/harbour-crane-collapses/card.png',
      '/about',
      '/about/card.png',
      '/tag',
      '/tag/ports',
      '/author/grace-whitfield',
      '/author/grace-whitfield/page/2',
      '/author/no-stories-yet',
      '/archive',
      '/archive/2019/01',
      '/search',
      '/feed.xml',
      '/api/revalidate',
      '/_next/static/chunks/x.js',
    ]) {
      expect(await verdict(path), path).toBe('pass');
    }
  });

  it('refuses made-up stories, pages, tags, authors and months before any render', async () => {
    for (const path of [
      '/uk/made-up-story',
      '/world/harbour-crane-collapses', // a story lives in its own section only
      '/nowhere',
      '/nowhere/harbour-crane-collapses',
      '/uk/page/4',
      '/uk/page/0',
      '/uk/page/02',
      '/uk/page/two',
      '/uk/page/2/extra',
      '/uk/harbour-crane-collapses/extra',
      '/world/old-world-story/card.png', // only the newest stories have a drawn card
      '/about/anything',
      '/tag/made-up',
      '/tag/ports/page/2',
      '/author/nobody',
      '/author/grace-whitfield/page/3',
      '/author',
      '/archive/2020/01',
      '/archive/2026',
      '/archive/2026/11/extra',
      '/sitemaps/1.xml', // a site this small has one sitemap, /sitemap.xml
      '/sitemaps/2.xml',
    ]) {
      expect(await verdict(path), path).toBe('unknown');
    }
  });

  it('lets through the sitemap parts a large archive has, and no more', async () => {
    const big = routeTable({
      version: 'big',
      sections: [{ slug: 'uk' }],
      pages: [],
      authors: [],
      stories: Array.from({ length: 60_000 }, (_, i) => ({
        slug: `s${i}`,
        section: 'uk',
        date: '2020-01-01T00:00:00Z',
      })),
      byTag: new Map(),
      byAuthor: new Map(),
      months: ['2020/01'],
      pageSize: 20,
      cards: 0,
    });
    const lookupBig = lookupOf(big);
    expect(await judge(lookupBig, '/sitemaps/1.xml')).toBe('pass');
    expect(await judge(lookupBig, '/sitemaps/2.xml')).toBe('pass');
    expect(await judge(lookupBig, '/sitemaps/3.xml')).toBe('unknown');
    expect(await judge(lookupBig, '/sitemaps/02.xml')).toBe('unknown');
  });

  it('refuses a NUL anywhere in the path without asking the database (PostgreSQL cannot hold one)', async () => {
    const asked: string[] = [];
    const watching = new Proxy(lookup, {
      get: (target, name) => {
        asked.push(String(name));
        return Reflect.get(target, name) as unknown;
      },
    });
    for (const path of [
      '/uk/harbour-crane-collapses%00',
      '/tag/ports%00',
      '/archive/%00/x',
      '/archive/2026/11%00',
      '/%00',
    ])
      expect(await judge(watching, path), path).toBe('unknown');
    expect(asked).toEqual([]);
  });

  it('decodes the path as Next does, and leaves undecodable ones to the 404 rewrite', async () => {
    expect(await verdict('/uk/harbour%2Dcrane%2Dcollapses')).toBe('pass');
    expect(await verdict('/uk/%E0%A4%A')).toBe('pass');
  });

  it('accepts nothing below a name that is one page or one file: search, corrections, feeds, robots, icons', async () => {
    for (const name of [
      'search',
      'corrections',
      'feed.xml',
      'atom.xml',
      'feed.json',
      'robots.txt',
      'sitemap.xml',
      'news-sitemap.xml',
      'card.png',
      'logo.png',
      'icon.svg',
      'favicon.ico',
    ]) {
      expect(await verdict(`/${name}`), name).toBe('pass');
      for (const below of ['x', 'page/2', 'feed.xml', 'x/y/z'])
        expect(await verdict(`/${name}/${below}`), `${name}/${below}`).toBe('unknown');
    }
    expect(await verdict('/uk/feed.xml/x')).toBe('unknown');
    expect(await verdict('/uk/card.png/x')).toBe('unknown');
  });

  it('accepts under /api only the endpoints this build has', async () => {
    expect(await verdict('/api/revalidate')).toBe('pass');
    for (const path of ['/api', '/api/x1', '/api/revalidate/x', '/api/keystatic/tree', '/api/%72evalidate2']) {
      expect(await verdict(path), path).toBe('unknown');
    }
  });

  it('accepts under /_next only build assets, and under /pagefind-delta only Pagefind file names', async () => {
    expect(await verdict('/_next/static/chunks/x.js')).toBe('pass');
    expect(await verdict('/_next/data/x/index.json')).toBe('unknown');
    expect(await verdict('/_next')).toBe('unknown');
    expect(await verdict('/pagefind-delta/current.json')).toBe('pass');
    expect(await verdict('/pagefind-delta/x')).toBe('unknown');
    expect(await verdict('/pagefind-delta/base-ids.json')).toBe('unknown');
  });

  it('accepts under /pagefind only the manifest and Pagefind file names below a year', async () => {
    for (const path of [
      '/pagefind/indexes.json',
      '/pagefind/2026/pagefind.js',
      '/pagefind/2026/pagefind-entry.json',
      '/pagefind/2026/pagefind.en_2621f54766.pf_meta',
      '/pagefind/2026/wasm.en.pagefind',
      '/pagefind/2025/fragment/en_02e123f.pf_fragment',
      '/pagefind/2025/index/en_1014582.pf_index',
    ]) {
      expect(await verdict(path), path).toBe('pass');
    }
    for (const path of [
      '/pagefind',
      '/pagefind/x',
      '/pagefind/2026',
      '/pagefind/2026/indexes.json',
      '/pagefind/base-ids.json',
      '/pagefind/2026/fragment/../../package.json',
      '/pagefind/2026/secrets/en_02e123f.pf_fragment',
      '/pagefind/26/pagefind.js',
    ]) {
      expect(await verdict(path), path).toBe('unknown');
    }
  });

  it('accepts below the home page nothing: an empty segment is not the home page', async () => {
    expect(await verdict('//x')).toBe('unknown');
    expect(await verdict('//uk')).toBe('unknown');
  });
});

describe('methods', () => {
  it('gives pages, feeds and files GET and HEAD, and an API endpoint only its own', () => {
    expect(methodsFor(['uk', 'harbour-crane-collapses'])).toEqual(['GET', 'HEAD']);
    expect(methodsFor(['feed.xml'])).toEqual(['GET', 'HEAD']);
    expect(methodsFor([''])).toEqual(['GET', 'HEAD']);
    expect(methodsFor(['api', 'revalidate'])).toEqual(['POST']);
    expect(methodsFor(['api', 'revalidate', 'x'])).toEqual(['GET', 'HEAD']);
  });
});
