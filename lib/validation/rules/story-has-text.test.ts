import { describe, expect, it } from 'vitest';

import { article, base, entry, problemsOf } from '../../../test/fixtures/entries';

describe('story has text', () => {
  it('refuses an article with nothing below its frontmatter', () => {
    expect(problemsOf([...base(), article('crane', {}, { body: '  \n' })])).toEqual([
      {
        file: 'content/articles/2026/crane.mdx',
        line: 6,
        field: 'body',
        message: 'the story has no text',
        fix: 'write the story below the closing --- line',
      },
    ]);
  });

  it('accepts a live blog without text of its own (its text is its posts)', () => {
    const live = entry(
      'live',
      'storm',
      { coverageStart: '2026-11-20T09:00:00Z', section: 'uk', authors: ['jane-doe'] },
      { body: '' },
    );
    expect(problemsOf([...base(), live])).toEqual([]);
  });
});
