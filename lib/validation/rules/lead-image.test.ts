import { describe, expect, it } from 'vitest';

import { article, base, problemsOf, publicFolder } from '../../../test/fixtures/entries';

describe('lead image', () => {
  const withImage = (src: string) => article('crane', { image: { src, alt: 'A crane' } });

  it('refuses a remote picture', () => {
    expect(problemsOf([...base(), withImage('https://example.com/crane.jpg')])).toEqual([
      {
        file: 'content/articles/2026/crane.mdx',
        line: 5,
        field: 'image.src',
        message: '"https://example.com/crane.jpg" is a remote image',
        fix: 'save the picture under public/images/ and use its path, e.g. /images/articles/x.jpg',
      },
    ]);
  });

  it('refuses a path that does not start at the site root, saying which one it should be', () => {
    expect(problemsOf([...base(), withImage('../public/images/crane.jpg')]).map((p) => [p.message, p.fix])).toEqual([
      ['"../public/images/crane.jpg" is not a path from the site root', 'start it with a slash: /images/crane.jpg'],
    ]);
  });

  it('refuses a path that leaves public/ or names a file in two spellings, even when the file is there', () => {
    const files = publicFolder('/images/crane.jpg');
    expect(problemsOf([...base(), withImage('/../../x.png')], files).map((p) => [p.field, p.message, p.fix])).toEqual([
      [
        'image.src',
        '"/../../x.png" is not a plain path inside public/ (it has "..", "." or an empty part, or a backslash)',
        "write the file's own path from public/ with slashes only, e.g. /x.png",
      ],
    ]);
    for (const src of [
      '/images/../images/crane.jpg',
      '/images/./crane.jpg',
      '/images//crane.jpg',
      '/images\\crane.jpg',
    ]) {
      expect(
        problemsOf([...base(), withImage(src)], files).map((p) => p.field),
        src,
      ).toEqual(['image.src']);
    }
  });

  it('accepts a picture saved under public/', () => {
    expect(problemsOf([...base(), withImage('/images/crane.jpg')], publicFolder('/images/crane.jpg'))).toEqual([]);
  });
});
