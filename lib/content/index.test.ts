/**
 * lib/content's queries over a small store in a scratch database, written by the build's own
 * writer (lib/build/database-store.ts syncStore): what each page asks and what it gets back, and
 * that the next question sees a store the build or `npm run publish` has changed while the
 * server runs (docs/decisions/023).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

import { syncStore } from '../build/database-store';
import type { Database } from '../db/connection';
import { scratchSqlite } from '../db/scratch-database';
import { refreshStoreVersion, resetContentDatabase, useContentDatabase } from './database';

const project = mkdtempSync(path.join(tmpdir(), 'dateline-content-'));
const home = process.cwd();
const NOW = new Date('2026-11-28T12:00:00Z');

const story = (slug: string, date: string, section = 'uk', extra: Record<string, unknown> = {}) => ({
  slug,
  url: `/${section}/${slug}`,
  title: `Title of ${slug}`,
  dek: `Standfirst of ${slug}.`,
  excerpt: `Excerpt of ${slug}.`,
  date,
  section,
  tags: ['Ports'],
  authors: [],
  byline: 'Wire staff',
  alsoRead: [],
  readingTime: 1,
  wordCount: 100,
  sourceFilePath: `articles/2026/${slug}.mdx`,
  codeKey: slug,
  ...extra,
});

const author = (slug: string, name: string) => ({
  slug,
  name,
  role: 'Reporter',
  url: `/author/${slug}`,
  links: [{ label: 'Email', href: `mailto:${slug}@example.test` }],
  body: { raw: `${name} covers *the harbour*.` },
  bodyCode: `bio of ${slug}`,
});

/** Compiled bodies by key, as the build's compiled files hold them. */
const bodies = new Map<string, string>();
let scratch: { database: Database; done: () => Promise<void> };

/** Writes the store as a build would, and has this process see it at once (the revalidate endpoint's refresh). */
async function writeStore(articles: ReturnType<typeof story>[], authors: ReturnType<typeof author>[] = []) {
  await syncStore(
    scratch.database,
    {
      articles,
      authors,
      sections: [
        { slug: 'uk', title: 'UK', description: 'UK news.', url: '/uk', order: 1, nav: true },
        { slug: 'world', title: 'World', description: 'World news.', url: '/world', order: 2, nav: true },
      ],
      pages: [
        {
          slug: 'privacy',
          url: '/privacy',
          title: 'Privacy',
          description: 'Privacy notice.',
          bodyCode: 'privacy code',
        },
        { slug: 'about', url: '/about', title: 'About us', description: 'Who we are.', bodyCode: 'about code' },
      ],
    },
    { now: NOW, env: {}, readBody: (key) => bodies.get(key) ?? `compiled body of ${key}` },
  );
  await refreshStoreVersion();
}

let content: typeof import('./index');

beforeAll(async () => {
  vi.stubEnv('DATELINE_NOW', NOW.toISOString());
  scratch = await scratchSqlite('content-api');
  await useContentDatabase(scratch.database);
  await writeStore([story('older', '2026-11-01T09:00:00Z'), story('newer', '2026-11-20T09:00:00Z')]);
  process.chdir(project);
  content = await import('./index');
});
afterAll(async () => {
  vi.unstubAllEnvs();
  process.chdir(home);
  await resetContentDatabase();
  await scratch.done();
  rmSync(project, { recursive: true, force: true });
});

describe('lib/content over a store that a publish replaces', () => {
  it('answers from the store in the database', async () => {
    expect((await content.latest(5)).map((summary) => summary.slug)).toEqual(['newer', 'older']);
    expect((await content.sectionPage('uk', 1))?.total).toBe(2);
    expect((await content.adjacent('uk', 'older')).next?.slug).toBe('newer');
  });

  it('shows a published story, and drops an unpublished one, on the next call', async () => {
    await writeStore([story('older', '2026-11-01T09:00:00Z'), story('breaking', '2026-11-28T10:00:00Z')]);
    expect((await content.latest(5)).map((summary) => summary.slug)).toEqual(['breaking', 'older']);
    expect(await content.getArticle('uk', 'newer')).toBeUndefined();
    expect((await content.adjacent('uk', 'older')).next?.slug).toBe('breaking');
    expect((await content.getTag('ports'))?.count).toBe(2);
  });
});

describe('lib/content queries', () => {
  beforeAll(async () => {
    bodies.set('crane', 'compiled body of crane');
    await writeStore(
      [
        story('crane', '2026-11-20T09:00:00Z', 'uk', {
          tags: ['Ports', 'Safety'],
          authors: ['ana-reyes', 'nobody'],
          byline: undefined,
          alsoRead: ['ferry', 'missing'],
          corrections: [
            { date: '2026-11-22T10:00:00Z', text: 'Second correction.' },
            { date: '2026-11-21T10:00:00Z', text: 'First correction.' },
          ],
        }),
        story('ferry', '2026-10-31T23:30:00Z', 'world', { pick: true }),
        story('draft', '2026-11-19T09:00:00Z', 'uk', { draft: true }),
        story('embargoed', '2026-12-01T09:00:00Z', 'uk'),
      ],
      [author('ana-reyes', 'Ana Reyes'), author('ben-okafor', 'Ben Okafor')],
    );
  });

  it('gives an article page its story, body, authors, ALSO READ targets and corrections in order', async () => {
    const article = await content.getArticle('uk', 'crane');
    expect(article?.title).toBe('Title of crane');
    expect(article?.bodyCode).toBe('compiled body of crane');
    // An author slug the store does not know is left out, not shown as a broken link.
    expect(article?.authors.map((ref) => ref.name)).toEqual(['Ana Reyes']);
    expect(Object.keys(article?.alsoRead ?? {})).toEqual(['ferry']);
    expect(article?.corrections.map((entry) => entry.text)).toEqual(['First correction.', 'Second correction.']);
    expect(article?.tags).toEqual(['Ports', 'Safety']);
  });

  it("answers only at the story's own address, and never for a draft or an embargoed story", async () => {
    expect(await content.getArticle('world', 'crane')).toBeUndefined();
    expect(await content.getArticle('uk', 'draft')).toBeUndefined();
    expect(await content.getArticle('uk', 'embargoed')).toBeUndefined();
    expect((await content.latest(10)).map((summary) => summary.slug)).toEqual(['crane', 'ferry']);
    expect(await content.articleParams()).toEqual([
      { section: 'uk', slug: 'crane' },
      { section: 'world', slug: 'ferry' },
    ]);
  });

  it('lists sections in order, with their stories and page counts', async () => {
    expect((await content.sections()).map((section) => section.slug)).toEqual(['uk', 'world']);
    expect((await content.getSection('world'))?.title).toBe('World');
    expect((await content.sectionPage('uk', 1))?.stories.map((summary) => summary.slug)).toEqual(['crane']);
    expect(await content.sectionPage('uk', 2)).toBeUndefined();
    expect(await content.sectionPage('sport', 1)).toBeUndefined();
    expect(await content.sectionPageCount('world')).toBe(1);
    expect((await content.latestIn('uk')).map((summary) => summary.slug)).toEqual(['crane']);
  });

  it('counts tags and authors over published stories only', async () => {
    expect((await content.tags()).map(({ name, count }) => [name, count])).toEqual([
      ['Ports', 2],
      ['Safety', 1],
    ]);
    expect((await content.tagPage('safety', 1))?.stories.map((summary) => summary.slug)).toEqual(['crane']);
    expect(await content.tagPage('unknown', 1)).toBeUndefined();
    expect((await content.authors()).map(({ name, count }) => [name, count])).toEqual([
      ['Ana Reyes', 1],
      ['Ben Okafor', 0],
    ]);
    expect((await content.authorPage('ben-okafor', 1))?.total).toBe(0);
    expect(await content.authorPage('nobody', 1)).toBeUndefined();
    expect(await content.getAuthor('ana-reyes')).toMatchObject({
      bioCode: 'bio of ana-reyes',
      bio: 'Ana Reyes covers the harbour.',
    });
  });

  it("files a story under its month in the site's time zone", async () => {
    // 23:30 UTC on 31 October is 23:30 in London (GMT): still October.
    expect((await content.archiveMonths()).map(({ year, month, count }) => [year, month, count])).toEqual([
      [2026, 11, 1],
      [2026, 10, 1],
    ]);
    expect((await content.monthStories(2026, 10)).map((summary) => summary.slug)).toEqual(['ferry']);
  });

  it('gives pages, picks and the corrections log', async () => {
    expect((await content.staticPages()).map((page) => page.title)).toEqual(['About us', 'Privacy']);
    expect((await content.getPage('about'))?.bodyCode).toBe('about code');
    expect(await content.getPage('missing')).toBeUndefined();
    expect((await content.editorsPicks()).map((summary) => summary.slug)).toEqual(['ferry']);
    expect((await content.corrections()).map((entry) => entry.story.sectionTitle)).toEqual(['UK', 'UK']);
  });

  it('starts the search years again from a replaced store', async () => {
    expect(await content.searchYears()).toEqual([{ year: 2026, stories: 2 }]);
    await writeStore([story('from-the-archive', '2025-06-02T09:00:00Z')]);
    expect(await content.searchYears()).toEqual([{ year: 2025, stories: 1 }]);
  });
});

describe('lib/content search documents and live blogs', () => {
  const article = (slug: string, body: string) => {
    mkdirSync(path.join(project, 'content/articles/2026'), { recursive: true });
    writeFileSync(path.join(project, `content/articles/2026/${slug}.mdx`), `---\ntitle: ${slug}\n---\n${body}\n`);
  };
  const post = (id: string, time: string, extra: Record<string, unknown> = {}) => {
    bodies.set(`post-${id}`, `compiled post ${id}`);
    return {
      id,
      time,
      authors: [],
      keyEvent: false,
      pinned: false,
      codeKey: `post-${id}`,
      sourceFilePath: `live/2026/gale/${id}.mdx`,
      ...extra,
    };
  };
  beforeAll(async () => {
    article('quay', 'The **quay** reopens.');
    article('lock', 'The lock gates [close](/uk).');
    article('gale', 'Gales _reach_ the coast.');
    bodies.set('gale', 'compiled body of gale');
    await writeStore([
      story('quay', '2026-11-20T09:00:00Z'),
      story('lock', '2026-11-10T09:00:00Z'),
      story('old-quay', '2025-03-01T09:00:00Z'),
      story('draft-quay', '2026-11-21T09:00:00Z', 'uk', { draft: true }),
      story('gale', '2026-11-27T08:00:00Z', 'uk', {
        live: {
          status: 'live',
          coverageStart: '2026-11-27T08:00:00Z',
          posts: [
            post('second', '2026-11-27T10:00:00Z', { title: 'Gusts peak', keyEvent: true }),
            post('first', '2026-11-27T09:00:00Z'),
          ],
        },
      }),
    ]);
  });

  it("reads one year's stories, newest first, with their bodies as plain text, asynchronously", async () => {
    const documents = [];
    for await (const document of content.searchDocumentsOf(2026)) documents.push([document.slug, document.text]);
    expect(documents).toEqual([
      ['gale', 'Gales reach the coast.'],
      ['quay', 'The quay reopens.'],
      ['lock', 'The lock gates close.'],
    ]);
    const none = [];
    for await (const document of content.searchDocumentsOf(2024)) none.push(document);
    expect(none).toEqual([]);
  });

  it('leaves a draft and an unknown slug out of the search delta', async () => {
    const documents = await content.searchDocumentsFor(['lock', 'draft-quay', 'missing']);
    expect(documents.map((document) => document.slug)).toEqual(['lock']);
  });

  it('answers for a live blog at its own address only, and never as an article', async () => {
    expect(await content.isLiveBlog('uk', 'gale')).toBe(true);
    expect(await content.isLiveBlog('uk', 'quay')).toBe(false);
    expect(await content.isLiveBlog('world', 'gale')).toBe(false);
    expect(await content.getArticle('uk', 'gale')).toBeUndefined();
    expect(await content.getLiveBlog('uk', 'quay')).toBeUndefined();
    expect(await content.liveBlogParams()).toEqual([{ section: 'uk', slug: 'gale' }]);
    const blog = await content.getLiveBlog('uk', 'gale');
    expect(blog?.posts.map(({ id, bodyCode }) => [id, bodyCode])).toEqual([
      ['second', 'compiled post second'],
      ['first', 'compiled post first'],
    ]);
    expect(blog?.keyEvents.map(({ title }) => title)).toEqual(['Gusts peak']);
    expect(await content.liveBlogState('uk', 'gale')).toMatchObject({
      status: 'live',
      posts: [
        { id: 'second', time: '2026-11-27T10:00:00.000Z' },
        { id: 'first', time: '2026-11-27T09:00:00.000Z' },
      ],
    });
    expect(await content.liveBlogState('uk', 'quay')).toBeUndefined();
  });
});

describe('whole lists read a batch at a time (sitemaps, the search index)', () => {
  // 3 stories to a date and slugs out of date order, so batches of 4 end inside a date: the
  // keyset's slug tie-break decides where the next batch starts.
  const SLUGS = Array.from({ length: 30 }, (_, i) => `story-${String((i * 7) % 30).padStart(2, '0')}`);
  const dated = SLUGS.map((slug, i) => ({
    slug,
    date: `${i < 27 ? '2026' : '2025'}-10-${String(28 - Math.floor(i / 3)).padStart(2, '0')}T09:00:00Z`,
    section: i % 4 === 0 ? 'world' : 'uk',
  }));
  beforeAll(async () => {
    for (const { slug } of dated) {
      mkdirSync(path.join(project, 'content/articles/2026'), { recursive: true });
      writeFileSync(
        path.join(project, `content/articles/2026/${slug}.mdx`),
        `---\ntitle: ${slug}\n---\nBody of ${slug}.\n`,
      );
    }
    await writeStore(dated.map(({ slug, date, section }) => story(slug, date, section)));
  });

  it('gives the same sitemap, byte for byte, in batches of 4 as in one read', async () => {
    const { sitemapEntries } = await import('../seo/sitemap-entries');
    const { urlsetXml } = await import('../seo/sitemap-xml');
    const batched = urlsetXml(await sitemapEntries(4));
    expect(batched).toBe(urlsetXml(await sitemapEntries(10_000)));
    for (const { slug, section } of dated) expect(batched).toContain(`/${section}/${slug}</loc>`);
  });

  it('gives the same search records in batches of 4 as in one read', async () => {
    const read = async (batch: number) => {
      const documents = [];
      for await (const document of content.searchDocumentsOf(2026, batch)) documents.push(document);
      return documents;
    };
    const batched = await read(4);
    expect(batched).toHaveLength(27);
    expect(JSON.stringify(batched)).toBe(JSON.stringify(await read(10_000)));
  });

  it('walks every list in batches in the order one read and offset pages give, ties included', async () => {
    const { everyStory } = await import('./state');
    const { listPage } = await import('./database');
    for (const list of [
      { kind: 'all' },
      { kind: 'section', key: 'uk' },
      { kind: 'tag', key: 'ports' },
      { kind: 'year', key: 2026 },
    ] as const) {
      const whole = (await listPage(list, { limit: 1_000 })).map((article) => article.slug);
      const byOffset = [];
      for (let offset = 0; offset < whole.length; offset += 4) {
        byOffset.push(...(await listPage(list, { limit: 4, offset })).map((article) => article.slug));
      }
      const batched = [];
      for await (const article of everyStory(list, Infinity, 4)) batched.push(article.slug);
      expect(batched, list.kind).toEqual(whole);
      expect(byOffset, list.kind).toEqual(whole);
      expect(whole.length, list.kind).toBeGreaterThan(8);
    }
    // A limit stops the walk inside a batch.
    const first = [];
    for await (const article of everyStory({ kind: 'all' }, 6, 4)) first.push(article.slug);
    expect(first).toEqual((await listPage({ kind: 'all' }, { limit: 6 })).map((article) => article.slug));
  });
});
