/**
 * A social card must never make next/og fetch a font: the build has no network, and a story
 * about Łódź or Київ is ordinary news. Characters no bundled font has are left out instead.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';

import { drawableText, parseUnicodeRange } from './card-fonts';
import { socialCard } from './og-card';

afterEach(() => vi.restoreAllMocks());

describe('card fonts', () => {
  it('reads unicode ranges', () => {
    expect(parseUnicodeRange('U+0100-02BA,U+0304')).toEqual([
      [0x100, 0x2ba],
      [0x304, 0x304],
    ]);
  });

  it('keeps Latin with accents, Cyrillic, Greek and Vietnamese, and names what it leaves out', () => {
    const european = 'Łódź, Gdańsk, Zürich, Київ, Αθήνα, Hà Nội — “quoted” … £5 €6';
    expect(drawableText(european)).toEqual({ text: european, missing: [] });
    expect(drawableText('Tokyo 東京 votes 🎉 today')).toEqual({
      text: 'Tokyo votes today',
      missing: ['東', '京', '🎉'],
    });
  });

  it('draws a card for any headline without fetching anything', async () => {
    const realFetch = globalThis.fetch;
    const requested: string[] = [];
    // next/og loads its own WebAssembly through fetch("data:…"); anything else would be the network.
    vi.spyOn(globalThis, 'fetch').mockImplementation((input, init) => {
      const url = String(input instanceof Request ? input.url : input);
      if (url.startsWith('data:')) return realFetch(input, init);
      requested.push(url);
      return Promise.reject(new Error('the build must not use the network'));
    });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const card = await socialCard({ title: 'Łódź and Київ sign a deal in 東京 🎉', label: 'Wörld' });
    const png = Buffer.from(await card.arrayBuffer());
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(requested).toEqual([]);
    expect(error).not.toHaveBeenCalled();
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/left out 東 京 🎉/));
  });
});
