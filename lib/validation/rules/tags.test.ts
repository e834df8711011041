import { describe, expect, it } from 'vitest';

import { article, base, problemsOf } from '../../../test/fixtures/entries';

describe('distinct, addressable tags', () => {
  const problems = (tags: string[]) =>
    problemsOf([...base(), article('crane', { tags })]).map(({ line, field, message }) => ({ line, field, message }));

  it('refuses a tag listed twice, case aside', () => {
    expect(problems(['Ports', 'ports '])).toEqual([{ line: 5, field: 'tags', message: '"ports " is listed twice' }]);
  });

  it('refuses a tag with no letters or digits for its address', () => {
    expect(problems(['東京'])).toEqual([
      { line: 5, field: 'tags', message: '"東京" has no letters or digits that can form its web address (/tag/…)' },
    ]);
  });

  it('accepts distinct tags with a Latin form', () => {
    expect(problems(['Ports', 'Tokyo 東京'])).toEqual([]);
  });
});
