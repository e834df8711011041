/**
 * lib/content reads the content store at run time and starts again from a replaced one: what a
 * running server sees when `npm run publish` writes a new store (docs/decisions/023).
 */
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const project = mkdtempSync(path.join(tmpdir(), 'dateline-content-'));
const home = process.cwd();
const storeFile = path.join(project, '.contentlayer/dateline/store.json');

const story = (slug: string, date: string, section = 'uk') => ({
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
});

function writeStore(version: string, articles: ReturnType<typeof story>[]) {
  const store = {
    version,
    articles,
    authors: [],
    sections: [
      { slug: 'uk', title: 'UK', description: 'UK news.', url: '/uk', order: 1, nav: true },
      { slug: 'world', title: 'World', description: 'World news.', url: '/world', order: 2, nav: true },
    ],
    pages: [],
  };
  writeFileSync(`${storeFile}.tmp`, JSON.stringify(store));
  renameSync(`${storeFile}.tmp`, storeFile);
}

let content: typeof import('./index');

beforeAll(async () => {
  mkdirSync(path.dirname(storeFile), { recursive: true });
  writeStore('one', [story('older', '2026-11-01T09:00:00Z'), story('newer', '2026-11-20T09:00:00Z')]);
  process.chdir(project);
  content = await import('./index');
});
afterAll(() => {
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
