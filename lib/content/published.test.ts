import { describe, expect, it } from 'vitest';

import { day, story } from '../../test/fixtures/stories';
import { correctionsLog } from './corrections';
import { buildIndex } from './indexes';
import { isPublished, visibilityOf } from './published';

const now = new Date('2026-10-05T12:00:00Z');

describe('visibilityOf / isPublished', () => {
  it('publishes a story dated at or before now', () => {
    expect(visibilityOf({ date: day(5) }, now)).toEqual({ state: 'published' });
    expect(isPublished({ date: '2026-10-05T12:00:00Z' }, now)).toBe(true);
  });

  it('embargoes a story dated after now, until its own date', () => {
    expect(visibilityOf({ date: '2026-10-05T12:00:01Z' }, now)).toEqual({
      state: 'embargoed',
      until: '2026-10-05T12:00:01Z',
    });
    expect(isPublished({ date: day(6) }, now)).toBe(false);
  });

  it('compares instants, whatever the offset the editor wrote', () => {
    // 12:30+01:00 is 11:30 UTC: already out at 12:00 UTC.
    expect(isPublished({ date: '2026-10-05T12:30:00+01:00' }, now)).toBe(true);
    expect(isPublished({ date: '2026-10-05T12:30:00+00:00' }, now)).toBe(false);
  });

  it('holds back a draft whatever its date', () => {
    expect(visibilityOf({ date: day(1), draft: true }, now)).toEqual({ state: 'draft' });
  });
});

describe('buildIndex applies the published rule to every list', () => {
  const articles = [
    story('out', { date: day(2), tags: ['Energy'], pick: true }),
    story('older', { date: day(1), tags: ['Energy'] }),
    story('embargoed', { date: day(9), tags: ['Energy'], pick: true, authors: ['ana'] }),
    story('draft', { date: day(3), draft: true, tags: ['Energy'], authors: ['ana'] }),
  ];

  it('leaves drafts and embargoed stories out of the archive, sections, tags, authors and picks', () => {
    const index = buildIndex(articles, { now });
    expect(index.all.map((a) => a.slug)).toEqual(['out', 'older']);
    expect(index.bySection.get('world')?.map((a) => a.slug)).toEqual(['out', 'older']);
    expect(index.byTag.get('energy')?.map((a) => a.slug)).toEqual(['out', 'older']);
    expect(index.byAuthor.has('ana')).toBe(false);
    expect(index.bySlug.has('embargoed') || index.bySlug.has('draft')).toBe(false);
  });

  it('publishes the embargoed story in a build after its time', () => {
    const later = buildIndex(articles, { now: new Date('2026-10-09T09:00:00Z') });
    expect(later.all.map((a) => a.slug)).toEqual(['embargoed', 'out', 'older']);
  });

  it('keeps everything in development preview', () => {
    expect(buildIndex(articles, { now, includeUnpublished: true }).all).toHaveLength(4);
  });
});

describe('correctionsLog', () => {
  it('lists every correction with its story, newest correction first', () => {
    const log = correctionsLog([
      {
        ...story('a', { date: day(1) }),
        corrections: [
          { date: day(2), text: 'First fix.' },
          { date: day(8), text: 'Third fix.' },
        ],
      },
      { ...story('b', { date: day(3) }), corrections: [{ date: day(4), text: 'Second fix.' }] },
      story('c', { date: day(5) }),
    ]);
    expect(log.map((entry) => [entry.text, entry.story.slug])).toEqual([
      ['Third fix.', 'a'],
      ['Second fix.', 'b'],
      ['First fix.', 'a'],
    ]);
    expect(log[0]?.story.url).toBe('/world/a');
  });
});
