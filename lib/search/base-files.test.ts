import { describe, expect, it } from 'vitest';

import { baseFileFor } from './base-files';

describe('baseFileFor', () => {
  it('answers the manifest and Pagefind’s files below a year, with their types; chunks and metadata are named by hash', () => {
    expect(baseFileFor(['indexes.json'])).toEqual({
      name: 'indexes.json',
      contentType: 'application/json',
      hashed: false,
    });
    expect(baseFileFor(['2026', 'pagefind.js'])).toEqual({
      name: '2026/pagefind.js',
      contentType: 'text/javascript; charset=utf-8',
      hashed: false,
    });
    expect(baseFileFor(['2026', 'pagefind.en_2621f54766.pf_meta'])).toMatchObject({ hashed: true });
    expect(baseFileFor(['2026', 'wasm.en.pagefind'])).toMatchObject({ hashed: false });
    expect(baseFileFor(['2024', 'fragment', 'en_02e123f.pf_fragment'])).toEqual({
      name: '2024/fragment/en_02e123f.pf_fragment',
      contentType: 'application/octet-stream',
      hashed: true,
    });
  });

  it('answers nothing else: no other name, folder, depth or year spelling', () => {
    for (const segments of [
      [],
      ['2026'],
      ['indexes.json', 'x'],
      ['2026', 'indexes.json'],
      ['2026', 'base-ids.json'],
      ['2026', '..', 'package.json'],
      ['2026', 'fragment', '..'],
      ['2026', 'secrets', 'en_02e123f.pf_fragment'],
      ['2026', 'fragment', 'en_02e123f.pf_index'],
      ['2026', 'fragment', 'x', 'en_02e123f.pf_fragment'],
      ['26', 'pagefind.js'],
      ['20266', 'pagefind.js'],
      ['constructor', 'pagefind.js'],
      ['2026', 'constructor', 'x'],
    ]) {
      expect(baseFileFor(segments), segments.join('/')).toBeUndefined();
    }
  });
});
