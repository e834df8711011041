import { describe, expect, it } from 'vitest';

import { article, base, problemsOf } from '../../../test/fixtures/entries';

describe('reserved story slugs', () => {
  it('refuses a story slug a section route takes', () => {
    expect(problemsOf([...base(), article('feed')])).toEqual([
      {
        file: 'content/articles/2026/feed.mdx',
        field: 'file',
        message: 'the slug "feed" is taken by a section route',
        fix: 'rename the file to another slug',
      },
    ]);
  });

  it('accepts a slug that only contains a reserved word', () => {
    expect(problemsOf([...base(), article('feed-the-birds')])).toEqual([]);
  });
});
