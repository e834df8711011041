/**
 * lib/content's queries over a small store on disk: what each page asks and what it gets back,
 * and that it starts again from a replaced store: what a running server sees when
 * `npm run publish` writes a new store (docs/decisions/023).
 */
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

const project = mkdtempSync(path.join(tmpdir(), 'dateline-content-'));
const home = process.cwd();
const storeFile = path.join(project, '.contentlayer/dateline/store.json');

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

function writeStore(version: string, articles: ReturnType<typeof story>[], authors: ReturnType<typeof author>[] = []) {
  const store = {
    version,
    articles,
    authors,
    sections: [
      { slug: 'uk', title: 'UK', description: 'UK news.', url: '/uk', order: 1, nav: true },
      { slug: 'world', title: 'World', description: 'World news.', url: '/world', order: 2, nav: true },
    ],
    pages: [
      { slug: 'privacy', url: '/privacy', title: 'Privacy', description: 'Privacy notice.', bodyCode: 'privacy code' },
      { slug: 'about', url: '/about', title: 'About us', description: 'Who we are.', bodyCode: 'about code' },
    ],
  };
  writeFileSync(`${storeFile}.tmp`, JSON.stringify(store));
  renameSync(`${storeFile}.tmp`, storeFile);
}

let content: typeof import('./index');

beforeAll(async () => {
  vi.stubEnv('DATELINE_NOW', '2026-11-28T12:00:00Z');
  mkdirSync(path.dirname(storeFile), { recursive: true });
  writeStore('one', [story('older', '2026-11-01T09:00:00Z'), story('newer', '2026-11-20T09:00:00Z')]);
  process.chdir(project);
  content = await import('./index');
});
afterAll(() => {
  vi.unstubAllEnvs();
  process.chdir(home);
  rmSync(project, { recursive: true, force: true });
});

describe('lib/content over a store that a publish replaces', () => {
  it('answers from the store on disk', () => {
    expect(content.contentVersion()).toBe('one');
    expect(content.latest(5).map((summary) => summary.slug)).toEqual(['newer', 'older']);
    expect(content.sectionPage('uk', 1)?.total).toBe(2);
    expect(content.adjacent('uk', 'older').next?.slug).toBe('newer');
  });

  it('shows a published story, and drops an unpublished one, on the next call', () => {
    writeStore('two', [story('older', '2026-11-01T09:00:00Z'), story('breaking', '2026-11-28T10:00:00Z')]);
    expect(content.contentVersion()).toBe('two');
    expect(content.latest(5).map((summary) => summary.slug)).toEqual(['breaking', 'older']);
    expect(content.getArticle('uk', 'newer')).toBeUndefined();
    expect(content.adjacent('uk', 'older').next?.slug).toBe('breaking');
    expect(content.getTag('ports')?.count).toBe(2);
  });
});

describe('lib/content queries', () => {
  const compiled = path.join(project, '.contentlayer/dateline/compiled');
  beforeAll(() => {
    mkdirSync(compiled, { recursive: true });
    writeFileSync(path.join(compiled, 'crane.js'), 'compiled body of crane');
    writeStore(
      'three',
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

  it('gives an article page its story, body, authors, ALSO READ targets and corrections in order', () => {
    const article = content.getArticle('uk', 'crane');
    expect(article?.title).toBe('Title of crane');
    expect(article?.bodyCode).toBe('compiled body of crane');
    // An author slug the store does not know is left out, not shown as a broken link.
    expect(article?.authors.map((ref) => ref.name)).toEqual(['Ana Reyes']);
    expect(Object.keys(article?.alsoRead ?? {})).toEqual(['ferry']);
    expect(article?.corrections.map((entry) => entry.text)).toEqual(['First correction.', 'Second correction.']);
    expect(article?.tags).toEqual(['Ports', 'Safety']);
  });

  it("answers only at the story's own address, and never for a draft or an embargoed story", () => {
    expect(content.getArticle('world', 'crane')).toBeUndefined();
    expect(content.getArticle('uk', 'draft')).toBeUndefined();
    expect(content.getArticle('uk', 'embargoed')).toBeUndefined();
    expect(content.latest(10).map((summary) => summary.slug)).toEqual(['crane', 'ferry']);
    expect(content.articleParams()).toEqual([
      { section: 'uk', slug: 'crane' },
      { section: 'world', slug: 'ferry' },
    ]);
  });

  it('lists sections in order, with their stories and page counts', () => {
    expect(content.sections().map((section) => section.slug)).toEqual(['uk', 'world']);
    expect(content.getSection('world')?.title).toBe('World');
    expect(content.sectionPage('uk', 1)?.stories.map((summary) => summary.slug)).toEqual(['crane']);
    expect(content.sectionPage('uk', 2)).toBeUndefined();
    expect(content.sectionPage('sport', 1)).toBeUndefined();
    expect(content.sectionPageCount('world')).toBe(1);
    expect(content.latestIn('uk').map((summary) => summary.slug)).toEqual(['crane']);
  });

  it('counts tags and authors over published stories only', () => {
    expect(content.tags().map(({ name, count }) => [name, count])).toEqual([
      ['Ports', 2],
      ['Safety', 1],
    ]);
    expect(content.tagPage('safety', 1)?.stories.map((summary) => summary.slug)).toEqual(['crane']);
    expect(content.tagPage('unknown', 1)).toBeUndefined();
    expect(content.authors().map(({ name, count }) => [name, count])).toEqual([
      ['Ana Reyes', 1],
      ['Ben Okafor', 0],
    ]);
    expect(content.authorPage('ben-okafor', 1)?.total).toBe(0);
    expect(content.authorPage('nobody', 1)).toBeUndefined();
    expect(content.getAuthor('ana-reyes')).toMatchObject({
      bioCode: 'bio of ana-reyes',
      bio: 'Ana Reyes covers the harbour.',
    });
  });

  it("files a story under its month in the site's time zone", () => {
    // 23:30 UTC on 31 October is 23:30 in London (GMT): still October.
    expect(content.archiveMonths().map(({ year, month, count }) => [year, month, count])).toEqual([
      [2026, 11, 1],
      [2026, 10, 1],
    ]);
    expect(content.monthStories(2026, 10).map((summary) => summary.slug)).toEqual(['ferry']);
  });

  it('gives pages, picks and the corrections log', () => {
    expect(content.staticPages().map((page) => page.title)).toEqual(['About us', 'Privacy']);
    expect(content.getPage('about')?.bodyCode).toBe('about code');
    expect(content.getPage('missing')).toBeUndefined();
    expect(content.editorsPicks().map((summary) => summary.slug)).toEqual(['ferry']);
    expect(content.corrections().map((entry) => entry.story.sectionTitle)).toEqual(['UK', 'UK']);
  });

  it('starts the search years again from a replaced store', () => {
    expect(content.searchYears()).toEqual([{ year: 2026, stories: 2 }]);
    writeStore('four', [story('from-the-archive', '2025-06-02T09:00:00Z')]);
    expect(content.searchYears()).toEqual([{ year: 2025, stories: 1 }]);
  });
});
