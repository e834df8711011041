import { describe, expect, it } from 'vitest';

import { bodyChanges, textDiff } from './diff';
import { releaseVerb, saveMessage } from './messages';

describe('commit messages', () => {
  it('name the story a Keystatic save belongs to, or the pictures, or the files', () => {
    expect(saveMessage(['content/articles/2026/harbour.mdx', 'public/images/articles/2026/h.jpg'])).toBe(
      'Save 2026/harbour',
    );
    expect(saveMessage(['content/live/2026/storm/index.mdx', 'content/live/2026/storm/0900.mdx'])).toBe(
      'Save 2026/storm',
    );
    expect(saveMessage(['public/images/a.jpg'])).toBe('Upload images/a.jpg');
    expect(saveMessage(['content/authors/a.mdx', 'content/authors/b.mdx', 'content/sections/c.yaml', 'x'])).toBe(
      'Save content/authors/a.mdx, content/authors/b.mdx, content/sections/c.yaml and 1 more',
    );
  });

  it('call a publish that adds a correction to a story readers could see a correction', () => {
    const live = '---\ntitle: "A"\n---\n';
    const corrected = '---\ntitle: "A"\ncorrections:\n  - date: 2026-11-28\n    text: "Fixed."\n---\n';
    expect(releaseVerb('publish', 'published', live, corrected)).toBe('Correct');
    expect(releaseVerb('publish', 'published', undefined, corrected)).toBe('Publish');
    expect(releaseVerb('publish', 'published', '---\ntitle: "A"\ndraft: true\n---\n', corrected)).toBe('Publish');
    expect(releaseVerb('publish', 'published', corrected, corrected)).toBe('Publish');
    expect(releaseVerb('publish', 'scheduled', undefined, live)).toBe('Schedule');
    expect(releaseVerb('unpublish', 'unpublished', live, live)).toBe('Unpublish');
  });
});

describe('the readable diff', () => {
  it('lists changed, added and removed fields with their values before and after', () => {
    const diff = textDiff(
      '---\ntitle: "Old"\ntags: ["a"]\nkicker: "K"\n---\n\nSame.\n',
      '---\ntitle: "New"\ntags: ["a", "b"]\nbreaking: true\n---\n\nSame.\n',
    );
    expect(diff.fields).toEqual([
      { field: 'title', before: 'Old', after: 'New' },
      { field: 'tags', before: '["a"]', after: '["a","b"]' },
      { field: 'kicker', before: 'K', after: undefined },
      { field: 'breaking', before: undefined, after: 'true' },
    ]);
    expect(diff.body).toEqual([]);
  });

  it('shows changed lines with two lines around them and folds the rest', () => {
    const before = Array.from({ length: 12 }, (_, i) => `line ${i}`).join('\n');
    const after = before.replace('line 6', 'line six');
    expect(bodyChanges(before, after)).toEqual([
      { kind: 'folded', count: 4 },
      { kind: 'same', text: 'line 4' },
      { kind: 'same', text: 'line 5' },
      { kind: 'removed', text: 'line 6' },
      { kind: 'added', text: 'line six' },
      { kind: 'same', text: 'line 7' },
      { kind: 'same', text: 'line 8' },
      { kind: 'folded', count: 3 },
    ]);
  });

  it('compares a file whose frontmatter cannot be read as text', () => {
    expect(textDiff(undefined, 'no frontmatter').body).toEqual([{ kind: 'added', text: 'no frontmatter' }]);
  });
});
