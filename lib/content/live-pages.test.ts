import { describe, expect, it } from 'vitest';

import { linkedPageStarts, livePage } from './live-pages';

const posts = (count: number) =>
  Array.from({ length: count }, (_, index) => ({ id: `p${count - index}`, keyEvent: false }));

describe('livePage', () => {
  it('shows the newest posts first and links to the page that starts with the next older one', () => {
    const page = livePage(posts(7), 3);
    expect(page?.posts.map((post) => post.id)).toEqual(['p7', 'p6', 'p5']);
    expect(page?.olderFrom).toBe('p4');
    expect(page?.isOlderPage).toBe(false);
  });

  it('keeps an older page the same when new posts are added', () => {
    const before = livePage(posts(7), 3, 'p4');
    const after = livePage(posts(12), 3, 'p4');
    expect(after?.posts).toEqual(before?.posts);
    expect(after?.posts.map((post) => post.id)).toEqual(['p4', 'p3', 'p2']);
    expect(after?.olderFrom).toBe('p1');
  });

  it('has no older link on the last page, and no page for an unknown post', () => {
    expect(livePage(posts(3), 3)?.olderFrom).toBeUndefined();
    expect(livePage(posts(3), 3, 'p9')).toBeUndefined();
  });
});

describe('linkedPageStarts', () => {
  it('lists the Older posts chain and the pages of key events beyond the first page', () => {
    const list = posts(8).map((post) => (post.id === 'p3' || post.id === 'p7' ? { ...post, keyEvent: true } : post));
    // Pages start at p5 and p2; the key event p3 (on page p5) gets its own start, p7 is on the first page.
    expect(linkedPageStarts(list, list, 3).sort()).toEqual(['p2', 'p3', 'p5']);
  });
});
