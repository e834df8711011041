import { describe, expect, it } from 'vitest';

import { exportedRedirect, redirectPage } from './redirect-pages';

const shell = (flight: string) =>
  `<!DOCTYPE html><html id="__next_error__"><head></head><body><script>self.__next_f.push([1,"${flight}"])</script></body></html>`;

describe('redirect pages of the static export', () => {
  it('recognises the shell Next exports for a permanent redirect', () => {
    expect(exportedRedirect(shell('0:{\\"digest\\":\\"NEXT_REDIRECT;replace;/world;308;\\"}'))).toEqual({
      to: '/world',
      permanent: true,
    });
    expect(exportedRedirect(shell('NEXT_REDIRECT;push;/tag/sao-paulo;307;'))).toEqual({
      to: '/tag/sao-paulo',
      permanent: false,
    });
  });

  it('leaves ordinary pages alone, even a story that quotes the error name', () => {
    expect(
      exportedRedirect('<!DOCTYPE html><html lang="en"><body><p>NEXT_REDIRECT;replace;/world;308;</p></body></html>'),
    ).toBeUndefined();
    expect(exportedRedirect(shell('no redirect here'))).toBeUndefined();
  });

  it('reaches the target with or without script and names it canonical', () => {
    const html = redirectPage('/world', (path) => `https://news.example.org${path}`);
    expect(html).toContain('<meta http-equiv="refresh" content="0;url=/world">');
    expect(html).toContain('<link rel="canonical" href="https://news.example.org/world">');
    expect(html).toContain('<a href="/world">');
  });
});
