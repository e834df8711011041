import { describe, expect, it } from 'vitest';

import { article, base, problemsOf } from '../../../test/fixtures/entries';

describe('known authors', () => {
  it('refuses each author slug with no authors/<slug>.mdx, by its place in the list', () => {
    expect(problemsOf([...base(), article('crane', { authors: ['jane-doe', 'john-roe'] })])).toEqual([
      {
        file: 'content/articles/2026/crane.mdx',
        line: 4,
        field: 'authors[2]',
        message: '"john-roe" is not an author',
        fix: 'use one of: jane-doe — or add content/authors/john-roe.mdx',
      },
    ]);
  });

  it('accepts authors that exist', () => {
    expect(problemsOf([...base(), article('crane', { authors: ['jane-doe'] })])).toEqual([]);
  });
});
