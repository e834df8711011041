import { describe, expect, it } from 'vitest';

import { alsoReadSlugsOf, excerptOf, plainText, readingTimeOf, wordCountOf } from './computed';

const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

describe('reading time', () => {
  it('is at least one minute, even for a brief', () => {
    expect(readingTimeOf('Short.')).toBe(1);
  });

  it('rounds up at 200 words a minute', () => {
    expect(readingTimeOf(words(200))).toBe(1);
    expect(readingTimeOf(words(201))).toBe(2);
    expect(readingTimeOf(words(1000))).toBe(5);
  });

  it('counts words a reader reads, not markup or callouts', () => {
    const body = `## A subhead\n\nOne two three.\n\n<AlsoRead slug="other-story" />\n\n<PullQuote cite="Ana Bell, mayor">Four five.</PullQuote>\n\n- six\n- **seven**`;
    // "A subhead" + "One two three" + "Four five" + "six seven"
    expect(wordCountOf(body)).toBe(9);
    expect(plainText(body)).not.toContain('AlsoRead');
    expect(plainText(body)).not.toContain('**');
  });
});

describe('excerptOf', () => {
  it('takes the first paragraph of prose, skipping headings and components', () => {
    const body = `<Figure src="/x.jpg" alt="A" />\n\n## Heading\n\nThe [council](https://example.org) met on *Monday*.\n\nSecond paragraph.`;
    expect(excerptOf(body)).toBe('The council met on Monday.');
  });

  it('never takes an embed or a gallery, so feeds and cards get prose, not a frame', () => {
    const body = [
      '<YouTube id="aqz-KE-bpKQ" title="A video" />',
      '<BlueskyPost\n  url="https://bsky.app/profile/a.example/post/3lcqzq2xkna2s"\n  title="A post"\n/>',
      '<Gallery title="Pictures">\n  <Photo src="/a.jpg" alt="A" />\n  <Photo src="/b.jpg" alt="B" />\n</Gallery>',
      'The council met on Monday.',
    ].join('\n\n');
    expect(excerptOf(body)).toBe('The council met on Monday.');
    expect(plainText(body)).not.toMatch(/youtube|bsky|Load/i);
  });

  it('shortens long paragraphs at a word boundary with an ellipsis', () => {
    const excerpt = excerptOf(words(100), 60);
    expect(excerpt.length).toBeLessThanOrEqual(60);
    expect(excerpt.endsWith('…')).toBe(true);
    expect(excerpt).toMatch(/word\d+…$/);
  });
});

describe('alsoReadSlugsOf', () => {
  it('lists callout targets in order', () => {
    expect(alsoReadSlugsOf(`a\n\n<AlsoRead slug="first" />\n\nb\n\n<AlsoRead slug='second'/>`)).toEqual([
      'first',
      'second',
    ]);
  });
});
