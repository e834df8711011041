import { describe, expect, it } from 'vitest';

import { day, story } from '../../test/fixtures/stories';
import { adjacentIn, buildIndex, latestInSection, picks, tagKey } from './indexes';

describe('buildIndex', () => {
  const articles = [
    story('old-world', { date: day(1), tags: ['Energy'], authors: ['ana'] }),
    story('new-world', { date: day(5), tags: ['energy ', 'Climate'], authors: ['ana', 'ben'] }),
    story('uk-story', { section: 'uk', date: day(3), tags: ['São Paulo'] }),
    story('draft-story', { date: day(9), draft: true, tags: ['Energy'] }),
  ];
  const index = buildIndex(articles);

  it('lists published stories newest first and leaves drafts out of every index', () => {
    expect(index.all.map((a) => a.slug)).toEqual(['new-world', 'uk-story', 'old-world']);
    expect(index.bySlug.has('draft-story')).toBe(false);
    expect(index.byTag.get('energy')?.map((a) => a.slug)).toEqual(['new-world', 'old-world']);
  });

  it('groups by section and author, newest first', () => {
    expect(index.bySection.get('world')?.map((a) => a.slug)).toEqual(['new-world', 'old-world']);
    expect(index.bySection.get('uk')?.map((a) => a.slug)).toEqual(['uk-story']);
    expect(index.byAuthor.get('ana')?.map((a) => a.slug)).toEqual(['new-world', 'old-world']);
    expect(index.byAuthor.get('ben')?.map((a) => a.slug)).toEqual(['new-world']);
  });

  it('treats tags with the same URL slug as one topic and keeps the display spelling', () => {
    expect(tagKey(' Energy ')).toBe(tagKey('energy'));
    expect(index.byTag.get('sao-paulo')?.map((a) => a.slug)).toEqual(['uk-story']);
    expect(index.tagNames.get('sao-paulo')).toBe('São Paulo');
    expect(index.tagNames.get('energy')).toBe('energy'); // one use each: the newest story's spelling
  });

  it('names a tag by its most used spelling, the newest one on a tie', () => {
    const spelled = buildIndex([
      story('a', { date: day(1), tags: ['sao paulo'] }),
      story('b', { date: day(2), tags: ['São Paulo'] }),
      story('c', { date: day(3), tags: ['São Paulo'] }),
      story('d', { date: day(4), tags: ['Sao Paulo'] }),
      story('e', { date: day(5), tags: ['AI', 'ai'] }),
    ]);
    expect(spelled.byTag.get('sao-paulo')).toHaveLength(4);
    expect(spelled.tagNames.get('sao-paulo')).toBe('São Paulo');
    expect(spelled.byTag.get('ai')?.map((a) => a.slug)).toEqual(['e']);
    expect(spelled.tagNames.get('ai')).toBe('AI');
  });

  it('orders stories published at the same moment by slug, so builds are repeatable', () => {
    const same = buildIndex([story('b', { date: day(2) }), story('a', { date: day(2) })]);
    expect(same.all.map((a) => a.slug)).toEqual(['a', 'b']);
  });
});

describe('adjacentIn (previous = older, next = newer, within the section)', () => {
  const index = buildIndex([
    story('first', { date: day(1) }),
    story('second', { date: day(2) }),
    story('other-section', { section: 'uk', date: day(3) }),
    story('third', { date: day(4) }),
  ]);
  const get = (slug: string) => index.bySlug.get(slug)!;

  it('links a middle story to its older and newer neighbours', () => {
    const { previous, next } = adjacentIn(index, get('second'));
    expect(previous?.slug).toBe('first');
    expect(next?.slug).toBe('third');
  });

  it('gives the oldest story no previous and the newest no next', () => {
    expect(adjacentIn(index, get('first')).previous).toBeUndefined();
    expect(adjacentIn(index, get('first')).next?.slug).toBe('second');
    expect(adjacentIn(index, get('third')).next).toBeUndefined();
    expect(adjacentIn(index, get('third')).previous?.slug).toBe('second');
  });

  it('gives the only story of a section neither', () => {
    expect(adjacentIn(index, get('other-section'))).toEqual({ previous: undefined, next: undefined });
  });
});

describe('latestInSection and picks', () => {
  const index = buildIndex([
    story('a', { date: day(1), pick: true }),
    story('b', { date: day(2) }),
    story('c', { date: day(3), pick: true, section: 'uk' }),
    story('d', { date: day(4), pick: true, draft: true }),
  ]);

  it('returns the newest stories of a section without the current one', () => {
    expect(latestInSection(index, 'world', 5, index.bySlug.get('b')).map((a) => a.slug)).toEqual(['a']);
    expect(latestInSection(index, 'world', 1).map((a) => a.slug)).toEqual(['b']);
    expect(latestInSection(index, 'nowhere', 5)).toEqual([]);
  });

  it("returns published editors' picks, newest first, without the current one", () => {
    expect(picks(index, 5).map((a) => a.slug)).toEqual(['c', 'a']);
    expect(picks(index, 5, index.bySlug.get('c')).map((a) => a.slug)).toEqual(['a']);
  });
});
