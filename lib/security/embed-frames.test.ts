import { describe, expect, it } from 'vitest';

import { embedFrameOrigins } from './embed-frames.js';
import { contentSecurityPolicy } from './policy.js';

describe('embed frame origins', () => {
  it('finds each embed placeholder origin once, in order', () => {
    const html =
      '<figure class="x" data-embed-origin="https://www.youtube-nocookie.com"></figure>' +
      '<figure data-embed-origin="https://embed.bsky.app"></figure>' +
      '<figure data-embed-origin="https://www.youtube-nocookie.com"></figure>';
    expect(embedFrameOrigins(html)).toEqual(['https://www.youtube-nocookie.com', 'https://embed.bsky.app']);
  });

  it('ignores the attribute in the RSC payload, in text, over http or with a path', () => {
    const html = [
      'self.__next_f.push([1,"{\\"data-embed-origin\\":\\"https://a.example\\"}"])',
      '<p>data-embed-origin=&quot;https://b.example&quot;</p>',
      '<div data-embed-origin="http://c.example"></div>',
      '<div data-embed-origin="https://d.example/path"></div>',
      '<div data-embed-origin="https://e.example; script-src *"></div>',
    ].join('');
    expect(embedFrameOrigins(html)).toEqual([]);
  });

  it('adds frame-src for those origins only, and none without embeds', () => {
    const directives = contentSecurityPolicy([], { frameOrigins: ['https://www.youtube-nocookie.com'] }).split('; ');
    expect(directives).toContain('frame-src https://www.youtube-nocookie.com');
    expect(contentSecurityPolicy([], {})).not.toContain('frame-src');
    expect(contentSecurityPolicy([], { frameOrigins: [] })).not.toContain('frame-src');
  });
});
