import { describe, expect, it } from 'vitest';

import { day, story } from '../../test/fixtures/stories';
import { breakingStory, composeFront } from './front';
import { buildIndex } from './indexes';

const LIMITS = { topStories: 2, perSection: 2, latest: 3, picks: 2 };
const slugs = (list: { slug: string }[]) => list.map((article) => article.slug);

describe('composeFront', () => {
  const index = buildIndex([
    story('w1', { date: day(1) }),
    story('w2', { date: day(2), pick: true }),
    story('w3', { date: day(3), featured: true }),
    story('u1', { section: 'uk', date: day(4), featured: true, pick: true }),
    story('u2', { section: 'uk', date: day(5) }),
    story('u3', { section: 'uk', date: day(6), featured: true }),
    story('s1', { section: 'sports', date: day(7), draft: true, featured: true }),
  ]);
  const front = composeFront(index, ['uk', 'world', 'sports'], LIMITS);

  it('leads with the newest featured story and keeps drafts off the front', () => {
    expect(front.lead?.slug).toBe('u3');
  });

  it('fills top stories with the next featured stories, newest first', () => {
    expect(slugs(front.top)).toEqual(['u1', 'w3']);
  });

  it('gives each section with stories a block in section order, without repeating the lead or top stories', () => {
    expect(front.sections.map(({ section, stories }) => [section, slugs(stories)])).toEqual([
      ['uk', ['u2']],
      ['world', ['w2', 'w1']],
    ]);
  });

  it('keeps Latest a plain timeline and picks clear of the headline stories', () => {
    expect(slugs(front.latest)).toEqual(['u3', 'u2', 'u1']);
    expect(slugs(front.picks)).toEqual(['w2']);
  });

  it('tops up top stories with the newest others when few are featured', () => {
    const plain = composeFront(
      buildIndex([story('a', { date: day(1) }), story('b', { date: day(2) }), story('c', { date: day(3) })]),
      ['world'],
      LIMITS,
    );
    expect(plain.lead?.slug).toBe('c');
    expect(slugs(plain.top)).toEqual(['b', 'a']);
    expect(plain.sections).toEqual([]);
  });

  it('has no lead on an empty site', () => {
    expect(composeFront(buildIndex([]), ['world'], LIMITS)).toEqual({
      lead: undefined,
      top: [],
      sections: [],
      latest: [],
      picks: [],
    });
  });
});

describe('breakingStory', () => {
  const index = buildIndex(
    [
      story('old-breaking', { date: '2026-11-20T09:00:00Z', breaking: true }),
      story('fresh-breaking', { date: '2026-11-27T07:05:00Z', breaking: true }),
      story('fresh-plain', { date: '2026-11-28T10:00:00Z' }),
      story('future-breaking', { date: '2026-11-29T09:00:00Z', breaking: true }),
      // Unpublished stories included, as in the dev preview, so the rule below is tested on its own.
    ],
    { includeUnpublished: true },
  );

  it('shows the newest breaking story published within the window before now', () => {
    expect(breakingStory(index, new Date('2026-11-28T12:00:00Z'), 48)?.slug).toBe('fresh-breaking');
  });

  it('shows nothing once the window has passed', () => {
    expect(breakingStory(index, new Date('2026-11-29T07:06:00Z'), 48)).toBeUndefined();
    expect(breakingStory(index, new Date('2026-11-28T12:00:00Z'), 24)).toBeUndefined();
  });

  it('never announces a story dated after now', () => {
    expect(breakingStory(index, new Date('2026-11-29T10:00:00Z'), 48)?.slug).toBe('future-breaking');
    expect(breakingStory(index, new Date('2026-11-29T08:59:00Z'), 72)?.slug).toBe('fresh-breaking');
  });
});
