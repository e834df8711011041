import { describe, expect, it } from 'vitest';

import type { Entry } from './model';
import { picturesNamedBy } from './named-pictures';

const entry = (fields: Partial<Entry>): Entry =>
  ({ kind: 'article', file: 'content/articles/2026/x.mdx', slug: 'x', uses: [], data: {}, ...fields }) as Entry;

describe('picturesNamedBy', () => {
  it('names a story’s lead picture and every Figure and Photo in its body, once each', () => {
    const story = entry({
      data: { image: { src: '/images/articles/crane.jpg', alt: 'The crane' } },
      uses: [
        { name: 'Figure', props: { src: '/images/articles/quay.jpg' }, line: 9 },
        { name: 'Photo', props: { src: '/images/galleries/a.jpg' }, line: 12, parent: 'Gallery' },
        { name: 'Photo', props: { src: '/images/articles/crane.jpg' }, line: 13, parent: 'Gallery' },
        { name: 'AlsoRead', props: { slug: 'other' }, line: 15 },
      ],
    });
    expect(picturesNamedBy(story)).toEqual([
      '/images/articles/crane.jpg',
      '/images/articles/quay.jpg',
      '/images/galleries/a.jpg',
    ]);
  });

  it('names an author’s avatar, and no avatar field of another kind of file', () => {
    expect(picturesNamedBy(entry({ kind: 'author', data: { avatar: '/images/authors/jane.jpg' } }))).toEqual([
      '/images/authors/jane.jpg',
    ]);
    expect(picturesNamedBy(entry({ data: { avatar: '/images/authors/jane.jpg' } }))).toEqual([]);
  });

  it('leaves out what is not a local file: remote, protocol-relative, relative or missing', () => {
    const story = entry({
      data: { image: { src: 'https://example.org/x.jpg' } },
      uses: [
        { name: 'Figure', props: { src: '//cdn.example.org/x.jpg' }, line: 3 },
        { name: 'Figure', props: { src: 'images/x.jpg' }, line: 4 },
        { name: 'Figure', props: {}, line: 5 },
      ],
    });
    expect(picturesNamedBy(story)).toEqual([]);
    expect(picturesNamedBy(entry({ data: undefined }))).toEqual([]);
  });
});
