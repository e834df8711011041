import { describe, expect, it } from 'vitest';

import { entry, problemsOf, publicFolder } from '../../../test/fixtures/entries';

describe('author avatars', () => {
  const author = (avatar: string) => entry('author', 'jane-doe', { name: 'Jane Doe', avatar });

  it('accepts an avatar saved under public/', () => {
    expect(problemsOf([entry('section', 'uk'), author('/images/jane.jpg')], publicFolder('/images/jane.jpg'))).toEqual(
      [],
    );
  });

  it('refuses an avatar file that does not exist, on the avatar line', () => {
    expect(problemsOf([entry('section', 'uk'), author('/images/jane.jpg')])).toEqual([
      {
        file: 'content/authors/jane-doe.mdx',
        line: 3,
        field: 'avatar',
        message: 'image file "/images/jane.jpg" does not exist',
        fix: 'add the file at public/images/jane.jpg or correct the path',
      },
    ]);
  });
});
