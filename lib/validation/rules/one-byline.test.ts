import { describe, expect, it } from 'vitest';

import { article, base, entry, problemsOf } from '../../../test/fixtures/entries';

describe('one byline', () => {
  it('refuses an article with neither authors nor a byline', () => {
    expect(problemsOf([...base(), article('crane', { authors: [] })])).toEqual([
      {
        file: 'content/articles/2026/crane.mdx',
        line: 1,
        field: 'authors',
        message: 'the story has no byline',
        fix: 'add authors: [author-slug] for staff, or byline: "Agency staff" for agency copy',
      },
    ]);
  });

  it('refuses an article with both, on the byline line', () => {
    expect(problemsOf([...base(), article('crane', { byline: 'Agency staff' })])).toEqual([
      {
        file: 'content/articles/2026/crane.mdx',
        line: 5,
        field: 'byline',
        message: 'both authors and byline are set, so the printed byline would be ambiguous',
        fix: 'keep authors for staff stories or byline for agency copy, not both',
      },
    ]);
  });

  it('accepts agency copy with a byline alone, and a live blog (its authors are a required field)', () => {
    const live = entry('live', 'storm', { coverageStart: '2026-11-20T09:00:00Z', section: 'uk', authors: [] });
    expect(problemsOf([...base(), article('crane', { authors: [], byline: 'Agency staff' }), live])).toEqual([]);
  });
});
