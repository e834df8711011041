import { describe, expect, it } from 'vitest';

import { article, base, component, entry, problemsOf, publicFolder } from '../../../test/fixtures/entries';

describe('pictures in a body', () => {
  it('refuses a <Figure> or <Photo> whose file does not exist, on its line', () => {
    const uses = [
      component('Figure', { src: '/images/crane.jpg' }, 9),
      component('Photo', { src: '/images/quay.jpg' }, 12),
    ];
    const problems = problemsOf([...base(), article('crane', {}, { uses })], publicFolder('/images/crane.jpg'));
    expect(problems).toEqual([
      {
        file: 'content/articles/2026/crane.mdx',
        line: 12,
        field: 'body',
        message: 'image file "/images/quay.jpg" does not exist',
        fix: 'add the file at public/images/quay.jpg or correct the path',
      },
    ]);
  });

  it('checks the pictures in live posts too', () => {
    const live = entry('live', 'blog', { coverageStart: '2026-11-20T09:00:00Z', section: 'uk', authors: ['jane-doe'] });
    const post = entry(
      'post',
      'p1',
      { time: '2026-11-20T10:00:00Z', authors: ['jane-doe'] },
      { uses: [component('Figure', { src: 'x.jpg' }, 7)] },
    );
    expect(problemsOf([...base(), live, post]).map((p) => [p.file, p.line, p.message])).toEqual([
      ['content/live/2026/blog/p1.mdx', 7, '"x.jpg" is not a path from the site root'],
    ]);
  });
});
