import { describe, expect, it } from 'vitest';

import { article, base, problemsOf } from '../../../test/fixtures/entries';

describe('known section', () => {
  it('refuses a section with no sections/<slug>.yaml, listing the ones there are', () => {
    expect(problemsOf([...base(), article('crane', { section: 'scotland' })])).toEqual([
      {
        file: 'content/articles/2026/crane.mdx',
        line: 3,
        field: 'section',
        message: '"scotland" is not a section',
        fix: 'use one of: uk — or add content/sections/scotland.yaml',
      },
    ]);
  });

  it('accepts a section that exists', () => {
    expect(problemsOf([...base(), article('crane', { section: 'uk' })])).toEqual([]);
  });
});
