import { describe, expect, it } from 'vitest';

import { pageCount, routes, tagSlug } from './routes';

describe('routes', () => {
  it('keeps page 1 at the list URL and numbers the rest', () => {
    expect(routes.section('world')).toBe('/world');
    expect(routes.section('world', 1)).toBe('/world');
    expect(routes.section('world', 7)).toBe('/world/page/7');
    expect(routes.author('ana-ruiz', 2)).toBe('/author/ana-ruiz/page/2');
    expect(routes.archiveMonth(2026, 3)).toBe('/archive/2026/03');
  });

  it('gives tags an ASCII slug that is stable under re-slugging', () => {
    expect(tagSlug('São Paulo')).toBe('sao-paulo');
    expect(tagSlug("Côte d'Ivoire")).toBe('cote-d-ivoire');
    expect(routes.tag('São Paulo')).toBe('/tag/sao-paulo');
    expect(routes.tag('sao-paulo', 3)).toBe('/tag/sao-paulo/page/3');
    expect(tagSlug('北京')).toBe('');
  });

  it('puts site feeds at the root and section feeds under the section', () => {
    expect(routes.feed('rss')).toBe('/feed.xml');
    expect(routes.feed('atom', 'world')).toBe('/world/atom.xml');
    expect(routes.feed('json', 'uk')).toBe('/uk/feed.json');
  });

  it('puts a social card beside its page, the home page included', () => {
    expect(routes.card('/')).toBe('/card.png');
    expect(routes.card('/world')).toBe('/world/card.png');
    expect(routes.card(routes.article('world', 'port-strike'))).toBe('/world/port-strike/card.png');
  });

  it('addresses a live post by its file name on the page that shows it', () => {
    expect(routes.livePost('/uk/storm-orla', '1142-bridge')).toBe('/uk/storm-orla#post-1142-bridge');
    expect(routes.livePost(routes.livePage('uk', 'storm-orla', '0900-start'), '0900-start')).toBe(
      '/uk/storm-orla/page/0900-start#post-0900-start',
    );
  });

  it('numbers the sitemap parts from 1', () => {
    expect(routes.sitemapIndex()).toBe('/sitemap.xml');
    expect(routes.sitemapPart(1)).toBe('/sitemaps/1.xml');
  });

  it('counts pages, with one page for an empty list', () => {
    expect(pageCount(0, 20)).toBe(1);
    expect(pageCount(20, 20)).toBe(1);
    expect(pageCount(21, 20)).toBe(2);
  });
});
