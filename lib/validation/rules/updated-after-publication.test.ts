import { describe, expect, it } from 'vitest';

import { article, base, problemsOf } from '../../../test/fixtures/entries';

describe('updated after publication', () => {
  it('refuses an update time before the publication date', () => {
    expect(problemsOf([...base(), article('crane', { updated: '2026-11-19T09:00:00Z' })])).toEqual([
      {
        file: 'content/articles/2026/crane.mdx',
        line: 5,
        field: 'updated',
        message: 'is earlier than the publication date',
        fix: 'set it to the time of the update, after date',
      },
    ]);
  });

  it('accepts an update after it', () => {
    expect(problemsOf([...base(), article('crane', { updated: '2026-11-21T09:00:00Z' })])).toEqual([]);
  });
});
