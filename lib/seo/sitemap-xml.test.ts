import { describe, expect, it } from 'vitest';

import {
  checkNewsSitemap,
  checkSitemapIndex,
  checkUrlset,
  newsEntries,
  urlsetEntries,
} from '../../test/oracles/sitemap-rules';
import { MAX_NEWS_URLS, newestOf, newsSitemapXml, sitemapIndexXml, splitSitemap, urlsetXml } from './sitemap-xml';

const url = (i: number) => ({ loc: `https://news.example.org/world/story-${i}`, lastmod: '2026-11-27T09:40:00.000Z' });

describe('sitemap XML', () => {
  it('writes a urlset that meets the protocol, escaping what XML must escape', () => {
    const xml = urlsetXml([{ loc: 'https://news.example.org/search?q=a&b' }, url(1)]);
    expect(checkUrlset(xml)).toEqual([]);
    expect(urlsetEntries(xml)).toEqual([{ loc: 'https://news.example.org/search?q=a&b' }, url(1)]);
  });

  it('splits beyond 50,000 URLs and indexes the parts', () => {
    const entries = Array.from({ length: 120_001 }, (_, i) => url(i));
    const parts = splitSitemap(entries);
    expect(parts.map((part) => part.length)).toEqual([50_000, 50_000, 20_001]);
    expect(parts.flat()).toEqual(entries);
    const index = sitemapIndexXml(
      parts.map((_, i) => ({
        loc: `https://news.example.org/sitemaps/${i + 1}.xml`,
        lastmod: '2026-11-27T09:40:00.000Z',
      })),
    );
    expect(checkSitemapIndex(index)).toEqual([]);
    expect(checkUrlset(urlsetXml(parts[0]!))).toEqual([]);
    // 120,001 entries written and parsed back: 1.5 s alone, over 6 s on a 2-core machine that is
    // also building (it timed out at the default 5 s once).
  }, 30_000);

  it('keeps a site that fits in one file', () => {
    expect(splitSitemap([url(1), url(2)])).toHaveLength(1);
    expect(splitSitemap([])).toEqual([[]]);
  });

  it('finds the newest lastmod across offsets and gaps', () => {
    expect(newestOf([undefined, '2026-11-27T09:40:00+00:00', '2026-11-27T10:00:00+02:00'])).toBe(
      '2026-11-27T09:40:00+00:00',
    );
    expect(newestOf([])).toBeUndefined();
  });

  it('writes a Google News sitemap with every required element, capped at 1,000', () => {
    const stories = Array.from({ length: 1_005 }, (_, i) => ({
      loc: url(i).loc,
      title: `Rock & roll ${i} <live>`,
      published: '2026-11-27T07:05:00.000Z',
    }));
    const xml = newsSitemapXml(stories, { name: 'Dateline', language: 'en' });
    expect(checkNewsSitemap(xml)).toEqual([]);
    const read = newsEntries(xml);
    expect(read).toHaveLength(MAX_NEWS_URLS);
    expect(read[0]).toEqual({ loc: url(0).loc, title: 'Rock & roll 0 <live>', published: '2026-11-27T07:05:00.000Z' });
  });

  it('the checker catches what the protocols forbid', () => {
    expect(
      checkUrlset(
        '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><lastmod>yesterday</lastmod></url></urlset>',
      ),
    ).toEqual(['url 1: <loc> is required', 'url 1: <lastmod> must be a W3C datetime, got yesterday']);
    const news = newsSitemapXml([{ loc: url(1).loc, title: 'T', published: '2026-11-27' }], {
      name: 'Dateline',
      language: 'en-GB',
    });
    expect(checkNewsSitemap(news)).toEqual(['url 1: <news:language> must be an ISO 639 code, got en-GB']);
    expect(checkUrlset('<urlset>')[0]).toMatch(/^not well-formed XML/);
  });
});
