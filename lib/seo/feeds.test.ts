import { parseAtomFeed, parseJsonFeed, parseRssFeed } from 'feedsmith';
import { describe, expect, it } from 'vitest';

import type { ArticleMeta } from '../content/types';
import { atomFeed, type FeedInput, jsonFeed, rssFeed } from './feeds';

const staff: ArticleMeta = {
  slug: 'harbour-crane-collapses',
  url: '/uk/harbour-crane-collapses',
  title: 'Harbour crane collapses & blocks berth',
  dek: 'No one was hurt when the crane fell <overnight>.',
  excerpt: 'The 40-metre crane fell across an empty berth.',
  date: '2026-11-20T21:40:00.000Z',
  modified: '2026-11-21T08:00:00.000Z',
  section: 'uk',
  sectionTitle: 'UK',
  image: { src: '/images/articles/crane.jpg', alt: 'A fallen crane', width: 1600, height: 900 },
  authors: [{ slug: 'grace-whitfield', name: 'Grace Whitfield', role: 'Reporter', url: '/author/grace-whitfield' }],
  tags: ['Ports', 'São Paulo'],
};
const agency: ArticleMeta = {
  ...staff,
  slug: 'moon-seeks-peace',
  url: '/world/moon-seeks-peace',
  title: 'Moon seeks peace declaration',
  section: 'world',
  sectionTitle: 'World',
  date: '2021-12-02T07:30:00.000Z',
  modified: '2021-12-02T07:30:00.000Z',
  image: undefined,
  authors: [],
  byline: 'Continental Wire staff',
  tags: [],
};
const input: FeedInput = { items: [staff, agency], fileSize: () => 12_345, now: new Date('2026-11-28T12:00:00Z') };
const abs = (path: string) => `http://localhost:3000${path}`;

describe('feeds, read back by a feed parser', () => {
  it('RSS 2.0 items carry title, link, guid, date, author, categories, dek and an image enclosure', () => {
    const feed = parseRssFeed(rssFeed(input));
    expect(feed.title).toBe('Dateline');
    expect(feed.items).toHaveLength(2);
    const [first, second] = feed.items!;
    expect(first!.title).toBe(staff.title);
    expect(first!.link).toBe(abs(staff.url));
    expect(first!.guid?.value).toBe(abs(staff.url));
    expect(new Date(first!.pubDate!).toISOString()).toBe(staff.date);
    expect(first!.description).toBe(staff.dek);
    expect(first!.authors?.map((author) => (typeof author === 'string' ? author : author.name))).toEqual([
      'Grace Whitfield',
    ]);
    expect(first!.categories?.map((category) => category.name)).toEqual(['UK', 'Ports', 'São Paulo']);
    expect(first!.categories?.[2]?.domain).toBe(abs('/tag/sao-paulo'));
    expect(first!.enclosures).toEqual([{ url: abs(staff.image!.src), length: 12_345, type: 'image/jpeg' }]);
    expect(second!.authors?.map((author) => (typeof author === 'string' ? author : author.name))).toEqual([
      'Continental Wire staff',
    ]);
    expect(second!.enclosures ?? []).toEqual([]);
  });

  it('Atom 1.0 entries carry id, published and updated (corrections count), authors with links and summary', () => {
    const feed = parseAtomFeed(atomFeed(input));
    expect(feed.updated).toBe(staff.modified);
    const entry = feed.entries![0]!;
    expect(entry.id).toBe(abs(staff.url));
    expect(entry.published).toBe(staff.date);
    expect(entry.updated).toBe(staff.modified);
    expect(entry.authors).toEqual([{ name: 'Grace Whitfield', uri: abs('/author/grace-whitfield') }]);
    expect(entry.summary?.value).toBe(staff.dek);
    expect(entry.categories?.map((category) => category.term)).toEqual(['uk', 'ports', 'sao-paulo']);
    expect(entry.links?.find((link) => link.rel === 'enclosure')).toMatchObject({
      href: abs(staff.image!.src),
      type: 'image/jpeg',
      length: 12_345,
    });
  });

  it('JSON Feed 1.1 items carry authors, tags, summary, image and both dates', () => {
    const text = jsonFeed(input);
    expect((JSON.parse(text) as { version: string }).version).toBe('https://jsonfeed.org/version/1.1');
    const feed = parseJsonFeed(JSON.parse(text));
    expect(feed.language).toBe('en-GB');
    const item = feed.items![0]!;
    expect(item).toMatchObject({
      id: abs(staff.url),
      url: abs(staff.url),
      title: staff.title,
      summary: staff.dek,
      image: abs(staff.image!.src),
    });
    expect(item.date_published).toBe(staff.date);
    expect(item.date_modified).toBe(staff.modified);
    expect(item.authors).toEqual([{ name: 'Grace Whitfield', url: abs('/author/grace-whitfield') }]);
    expect(item.tags).toEqual(['UK', 'Ports', 'São Paulo']);
  });

  it('an empty feed still parses and dates itself from the build', () => {
    const empty = { ...input, items: [] };
    expect(parseAtomFeed(atomFeed(empty)).updated).toBe('2026-11-28T12:00:00.000Z');
    expect(parseRssFeed(rssFeed(empty)).items ?? []).toEqual([]);
    // JSON Feed requires `items` even when empty (the parser drops empty arrays, so read the raw JSON).
    expect(parseJsonFeed(JSON.parse(jsonFeed(empty))).title).toBe('Dateline');
    expect((JSON.parse(jsonFeed(empty)) as { items: unknown[] }).items).toEqual([]);
  });
});
