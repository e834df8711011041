/**
 * The row codec's kept date format and tag keys give what lib/content computes, so a list the
 * database counts is the list a page shows: months at the edges of the clock change and of the
 * year, in the site's zone and another, and tags with accents, case and spaces.
 */
import { describe, expect, it } from 'vitest';

import { monthKey } from '../content/grouping';
import { tagKey } from '../content/indexes';
import { story } from './database-store/store-checks';
import { storyMonth, storyRows, storyTagKey } from './story-rows';

describe('story rows', () => {
  it('puts a story in the month lib/content/grouping.ts gives, in any zone', () => {
    const instants = [
      '2026-10-31T23:30:00Z',
      '2026-10-31T23:30:00-01:00',
      '2026-03-29T00:59:59Z',
      '2025-12-31T23:59:59Z',
      '2026-01-01T00:00:00+01:00',
      '2021-06-30T23:15:00Z',
    ];
    for (const zone of ['Europe/London', 'America/New_York', 'Asia/Tokyo'])
      for (const instant of instants)
        expect(storyMonth(instant, zone), `${instant} ${zone}`).toBe(monthKey(instant, zone));
  });

  it('keys tags as lib/content/indexes.ts does, however often it is asked', () => {
    for (const tag of ['São Paulo', 'Sao Paulo', ' brexit ', 'Brexit', 'Côte d’Ivoire', 'NHS 24/7', 'São Paulo'])
      expect(storyTagKey(tag)).toBe(tagKey(tag));
  });

  it('writes one tag row per topic, with the story’s first spelling, and counts its month in the site’s zone', () => {
    const rows = storyRows(
      story('late-edition', 30, { date: '2026-10-31T23:30:00Z', tags: ['Brexit', 'brexit ', 'Trade'] }),
      new Date('2026-11-28T12:00:00Z'),
      {},
    );
    expect(rows.tags.map((tag) => [tag.tag_key, tag.tag])).toEqual([
      ['brexit', 'Brexit'],
      ['trade', 'Trade'],
    ]);
    // 23:30 UTC on 31 October is 23:30 GMT in London: still October.
    expect(rows.story.month).toBe('2026-10');
    expect(rows.story.listed).toBe(1);
  });
});
