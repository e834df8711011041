import { describe, expect, it } from 'vitest';

import { deltaFileFor } from './delta-files';

const VERSION = 'mikx2b1c-0a1b2c';

describe('deltaFileFor', () => {
  it('answers the pointer and Pagefind’s files inside a version folder, with their types', () => {
    expect(deltaFileFor(['current.json'])).toEqual({
      version: null,
      name: 'current.json',
      contentType: 'application/json',
    });
    expect(deltaFileFor([VERSION, 'pagefind.js'])?.contentType).toBe('text/javascript; charset=utf-8');
    expect(deltaFileFor([VERSION, 'pagefind-worker.js'])?.contentType).toBe('text/javascript; charset=utf-8');
    expect(deltaFileFor([VERSION, 'pagefind-entry.json'])?.contentType).toBe('application/json');
    expect(deltaFileFor([VERSION, 'pagefind.en_3c23f08fe1.pf_meta'])?.contentType).toBe('application/octet-stream');
    expect(deltaFileFor([VERSION, 'wasm.en.pagefind'])?.contentType).toBe('application/octet-stream');
    expect(deltaFileFor([VERSION, 'fragment', 'en_0bb644b.pf_fragment'])).toEqual({
      version: VERSION,
      name: 'fragment/en_0bb644b.pf_fragment',
      contentType: 'application/octet-stream',
    });
    expect(deltaFileFor([VERSION, 'index', 'en_e367566.pf_index'])).toBeDefined();
    expect(deltaFileFor([VERSION, 'filter', 'en_fcddb67.pf_filter'])).toBeDefined();
  });

  it.each([
    [['base-ids.json']],
    [['..', 'package.json']],
    [[VERSION, '..', '..', 'package.json']],
    [['..%2F..', 'current.json']],
    [[`${VERSION}.tmp`, 'pagefind.js']],
    [[VERSION, 'pagefind-ui.js']],
    [[VERSION, 'index', 'en_1.pf_fragment']],
    [[VERSION, 'fragment', '../../base-ids.json']],
    [[VERSION, 'fragment', 'a/b.pf_fragment']],
    [[VERSION, 'secret', 'x.pf_index']],
    [[VERSION, 'constructor', 'x.pf_index']],
    [[VERSION]],
    [[]],
  ])('refuses %j', (segments) => {
    expect(deltaFileFor(segments)).toBeUndefined();
  });
});
