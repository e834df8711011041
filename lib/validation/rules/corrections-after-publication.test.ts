import { describe, expect, it } from 'vitest';

import { article, base, problemsOf } from '../../../test/fixtures/entries';

describe('corrections after publication', () => {
  it('refuses each correction dated before the publication date, by its place in the list', () => {
    const corrections = [{ date: '2026-11-21T09:00:00Z' }, { date: '2026-11-19T09:00:00Z' }];
    expect(problemsOf([...base(), article('crane', { corrections })])).toEqual([
      {
        file: 'content/articles/2026/crane.mdx',
        line: 5,
        field: 'corrections[2].date',
        message: 'is earlier than the publication date',
        fix: 'set it to when the correction was made',
      },
    ]);
  });

  it('accepts corrections made after publication', () => {
    expect(problemsOf([...base(), article('crane', { corrections: [{ date: '2026-11-21T09:00:00Z' }] })])).toEqual([]);
  });
});
