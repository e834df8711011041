import { describe, expect, it } from 'vitest';

import { dayKey, groupByDay, groupByMonth, groupByPublicationYear, groupByYear, monthKey } from './grouping';

const LONDON = 'Europe/London';
const story = (slug: string, date: string) => ({ slug, date });

describe('dayKey and monthKey', () => {
  it('use the site time zone, not UTC', () => {
    // 23:30 UTC on 30 June is 00:30 on 1 July in London (summer time).
    expect(dayKey('2026-06-30T23:30:00Z', LONDON)).toBe('2026-07-01');
    expect(monthKey('2026-06-30T23:30:00Z', LONDON)).toBe('2026-07');
    // In winter London is on UTC.
    expect(dayKey('2026-11-30T23:30:00Z', LONDON)).toBe('2026-11-30');
    expect(monthKey('2026-12-01T00:10:00+01:00', LONDON)).toBe('2026-11');
  });
});

describe('groupByDay', () => {
  it('groups consecutive stories of one day and keeps their order', () => {
    const stories = [
      story('c', '2026-11-28T18:00:00Z'),
      story('b', '2026-11-28T07:00:00Z'),
      story('a', '2026-11-26T09:00:00Z'),
    ];
    expect(groupByDay(stories, LONDON)).toEqual([
      { day: '2026-11-28', stories: [stories[0], stories[1]] },
      { day: '2026-11-26', stories: [stories[2]] },
    ]);
  });

  it('puts a story just after midnight in London on the London day', () => {
    const groups = groupByDay(
      [story('late', '2026-07-01T00:15:00+01:00'), story('early', '2026-06-30T22:00:00+01:00')],
      LONDON,
    );
    expect(groups.map((group) => group.day)).toEqual(['2026-07-01', '2026-06-30']);
  });

  it('returns nothing for no stories', () => {
    expect(groupByDay([], LONDON)).toEqual([]);
  });
});

describe('groupByMonth', () => {
  it('keys lists by London month, each in input order', () => {
    const stories = [
      story('dec', '2026-12-01T00:30:00Z'),
      story('nov2', '2026-11-30T12:00:00Z'),
      story('nov1', '2026-11-02T12:00:00Z'),
    ];
    const months = groupByMonth(stories, LONDON);
    expect([...months.keys()]).toEqual(['2026-12', '2026-11']);
    expect(months.get('2026-11')!.map((item) => item.slug)).toEqual(['nov2', 'nov1']);
  });
});

describe('groupByYear', () => {
  it('puts months under their year, newest first as given', () => {
    const months = [
      { year: 2026, month: 11 },
      { year: 2026, month: 9 },
      { year: 2021, month: 12 },
    ];
    expect(groupByYear(months)).toEqual([
      { year: 2026, months: [months[0], months[1]] },
      { year: 2021, months: [months[2]] },
    ]);
  });
});

describe('groupByPublicationYear', () => {
  it('files a story under its year in the site time zone, newest year first, whatever the input order', () => {
    const stories = [
      story('old', '2019-05-01T09:00:00Z'),
      // London is on UTC in winter, so 23:30 UTC on 31 December is still the old year.
      story('new-years-eve', '2025-12-31T23:30:00Z'),
      // 23:30 on 31 December in New York is 04:30 on 1 January in London: the new year.
      story('new-year-in-london', '2025-12-31T23:30:00-05:00'),
      story('middle', '2021-06-01T09:00:00Z'),
      story('older', '2019-01-01T00:30:00+01:00'),
    ];
    const years = groupByPublicationYear(stories, LONDON);
    expect([...years.keys()]).toEqual([2026, 2025, 2021, 2019, 2018]);
    expect(years.get(2026)!.map((s) => s.slug)).toEqual(['new-year-in-london']);
    expect(years.get(2025)!.map((s) => s.slug)).toEqual(['new-years-eve']);
    expect(years.get(2019)!.map((s) => s.slug)).toEqual(['old']);
    // 00:30 at +01:00 on 1 January is 23:30 UTC on 31 December, and London is on UTC then.
    expect(years.get(2018)!.map((s) => s.slug)).toEqual(['older']);
  });

  it('is empty for no stories', () => {
    expect(groupByPublicationYear([], LONDON).size).toBe(0);
  });
});
