import { describe, expect, it } from 'vitest';

import { base, entry, problemsOf } from '../../../test/fixtures/entries';

describe('top-level slugs (sections and pages)', () => {
  it('accepts sections and pages with slugs of their own', () => {
    expect(problemsOf([...base(), entry('page', 'about', { title: 'About' })])).toEqual([]);
  });

  it('refuses a slug a route of the site takes', () => {
    expect(problemsOf([...base(), entry('page', 'tag', { title: 'Tags' })])).toEqual([
      {
        file: 'content/pages/tag.mdx',
        field: 'file',
        message: 'the slug "tag" is taken by a route of the site (/tag)',
        fix: 'rename the file to another slug',
      },
    ]);
  });

  it('refuses a page with the slug of a section', () => {
    expect(problemsOf([...base(), entry('page', 'uk', { title: 'UK' })])).toEqual([
      {
        file: 'content/pages/uk.mdx',
        field: 'file',
        message: 'the slug "uk" is also used by content/sections/uk.yaml; both would live at /uk',
        fix: 'rename one of the two files',
      },
    ]);
  });
});
