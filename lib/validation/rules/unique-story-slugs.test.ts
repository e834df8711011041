import { describe, expect, it } from 'vitest';

import { article, base, entry, problemsOf } from '../../../test/fixtures/entries';

describe('unique story slugs', () => {
  it('refuses two stories with one slug, naming the other file in each', () => {
    const first = article('crane-collapse');
    const second = entry('live', 'crane-collapse', {
      coverageStart: '2026-11-20T09:00:00Z',
      section: 'uk',
      authors: ['jane-doe'],
    });
    expect(problemsOf([...base(), first, second]).map(({ file, message }) => ({ file, message }))).toEqual([
      { file: first.file, message: `the slug "crane-collapse" is also used by ${second.file}` },
      { file: second.file, message: `the slug "crane-collapse" is also used by ${first.file}` },
    ]);
  });

  it('accepts stories with different slugs', () => {
    expect(problemsOf([...base(), article('crane-collapse'), article('crane-inquiry')])).toEqual([]);
  });
});
