import { describe, expect, it } from 'vitest';

import { affectedPages, type Story } from './affected-pages';

const story = (slug: string, date: string, extra: Partial<Story> = {}): Story => ({
  slug,
  url: `/uk/${slug}`,
  title: slug,
  dek: '',
  excerpt: '',
  date,
  section: 'uk',
  ...extra,
});

const older = story('older', '2026-11-01T09:00:00Z');
const newest = story('newest', '2026-11-20T09:00:00Z');
const linking = story('linking', '2026-10-01T09:00:00Z', { alsoRead: ['breaking'] });
const unrelated = story('unrelated', '2026-09-01T09:00:00Z');
const breaking = story('breaking', '2026-11-28T10:00:00Z', { tags: ['São Paulo'], authors: ['grace-whitfield'] });
const before = [older, newest, linking, unrelated];

describe('pages a publish renders again', () => {
  const { paths, routes } = affectedPages({ before, after: [...before, breaking], removed: [], added: [breaking] });

  it('include the story, its card, its lists, its feeds and the site-wide lists', () => {
    for (const path of [
      '/uk/breaking',
      '/uk/breaking/card.png',
      '/',
      '/uk',
      '/uk/feed.xml',
      '/uk/atom.xml',
      '/uk/feed.json',
      '/tag/sao-paulo',
      '/author/grace-whitfield',
      '/archive/2026/11',
      '/feed.xml',
      '/atom.xml',
      '/feed.json',
      '/sitemap.xml',
      '/sitemaps/1.xml',
      '/news-sitemap.xml',
      '/archive',
      '/tag',
      '/corrections',
    ]) {
      expect(paths, path).toContain(path);
    }
    expect(routes.map(({ route }) => route)).toContain('/[section]/page/[n]');
  });

  it('include the stories whose Previous / Next or ALSO READ now point to it, and no other story', () => {
    expect(paths).toContain('/uk/newest'); // its Next Story is now the new one
    expect(paths).toContain('/uk/linking'); // its ALSO READ names the new one
    expect(paths).not.toContain('/uk/older');
    expect(paths).not.toContain('/uk/unrelated');
  });

  it('after an unpublish, include the stories either side of the gap it leaves', () => {
    const gone = affectedPages({ before: [...before, breaking], after: before, removed: [newest], added: [] });
    expect(gone.paths).toEqual(expect.arrayContaining(['/uk/newest', '/uk/older', '/uk/breaking']));
  });
});

describe('pages a new live post renders again', () => {
  it('include the live blog, the JSON its open pages poll, and its older pages; not for an article', () => {
    const blogBefore = story('storm-live', '2026-11-28T06:00:00Z', { live: { posts: 1 } });
    const blogAfter = story('storm-live', '2026-11-28T06:00:00Z', { live: { posts: 2 } });
    const { paths, routes } = affectedPages({
      before: [...before, blogBefore],
      after: [...before, blogAfter],
      removed: [blogBefore],
      added: [blogAfter],
    });
    expect(paths).toEqual(expect.arrayContaining(['/uk/storm-live', '/uk/storm-live/posts.json', '/', '/feed.xml']));
    expect(routes.map(({ route }) => route)).toContain('/[section]/[slug]/page/[post]');
    const article = affectedPages({ before, after: [...before, breaking], removed: [], added: [breaking] });
    expect(article.paths).not.toContain('/uk/breaking/posts.json');
    expect(article.routes.map(({ route }) => route)).not.toContain('/[section]/[slug]/page/[post]');
  });
});
