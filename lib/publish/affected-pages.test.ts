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
