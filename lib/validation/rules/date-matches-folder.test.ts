import { describe, expect, it } from 'vitest';

import { article, base, entry, problemsOf } from '../../../test/fixtures/entries';

describe('date matches folder', () => {
  it('refuses an article dated in another year than its folder', () => {
    expect(problemsOf([...base(), article('crane', { date: '2025-12-31T09:00:00Z' })])).toEqual([
      {
        file: 'content/articles/2026/crane.mdx',
        line: 2,
        field: 'date',
        message: 'the date is in 2025 but the file is in the 2026 folder',
        fix: 'move the file to articles/2025/ or correct the date',
      },
    ]);
  });

  it('refuses a live blog whose coverage starts in another year than its folder', () => {
    const live = entry('live', 'storm', {
      coverageStart: '2027-01-02T09:00:00Z',
      section: 'uk',
      authors: ['jane-doe'],
    });
    expect(problemsOf([...base(), live])).toEqual([
      {
        file: 'content/live/2026/storm/index.mdx',
        line: 2,
        field: 'coverageStart',
        message: 'the date is in 2027 but the file is in the 2026 folder',
        fix: "move the live blog's folder to live/2027/ or correct the date",
      },
    ]);
  });

  it('accepts a date in its folder year', () => {
    expect(problemsOf([...base(), article('crane', { date: '2026-01-01T00:00:00Z' })])).toEqual([]);
  });
});
