import { describe, expect, it } from 'vitest';

import { MALFORMED_PATH_PATTERN } from './malformed-url.js';

// The same anchoring path-to-regexp gives a "/:rest(PATTERN)" source, case-insensitive as in Next.
const malformed = new RegExp(`^/(?:${MALFORMED_PATH_PATTERN})$`, 'i');

/** What Next can serve: a path that decodes, with no letter, digit or -._~ percent-encoded. */
function servable(path: string): boolean {
  try {
    decodeURIComponent(path);
    return ![...path.matchAll(/%([0-9A-Fa-f]{2})/g)].some(([, hex]) =>
      /[A-Za-z0-9._~-]/.test(String.fromCharCode(parseInt(hex as string, 16))),
    );
  } catch {
    return false;
  }
}

describe('MALFORMED_PATH_PATTERN', () => {
  it('matches the paths that made Next answer 500', () => {
    for (const path of [
      '/%',
      '/%zz',
      '/%E0%A4%A',
      '/%FF',
      '/uk/%FF',
      '/%C0%AE',
      '/%ff%fe',
      '/pagefind/%E0',
      '/%ED%A0%80',
      '/%74%61%67',
      '/t%61g',
      '/uk/%2e',
      '/%7Euser',
    ]) {
      expect(malformed.test(path), path).toBe(true);
    }
  });

  it('leaves ordinary and well-encoded paths alone', () => {
    for (const path of [
      '/',
      '/uk',
      '/uk/harbour-crane',
      '/tag/s%C3%A3o-paulo',
      '/%F0%9F%93%B0',
      '/a%20b',
      '/%2f',
      '/%00',
      '/%C3%A9%2F%3F',
    ]) {
      expect(malformed.test(path), path).toBe(false);
    }
  });

  it('agrees with decodeURIComponent and RFC 3986 on every one- and two-byte escape and on random byte runs', () => {
    const hex = (n: number) => n.toString(16).padStart(2, '0');
    const paths: string[] = [];
    for (let a = 0; a < 256; a++) {
      paths.push(`/x%${hex(a)}`);
      for (const b of [0x00, 0x41, 0x7f, 0x80, 0x9f, 0xa0, 0xbf, 0xc0, 0xff]) paths.push(`/%${hex(a)}%${hex(b)}`);
    }
    // A fixed linear congruential sequence: the same "random" runs on every machine.
    let seed = 12345;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % 256;
    for (let i = 0; i < 5000; i++) {
      const length = 1 + (next() % 5);
      paths.push('/' + Array.from({ length }, () => `%${hex(next())}`).join(''));
    }
    const disagreements = paths.filter((path) => malformed.test(path) === servable(path));
    expect(disagreements).toEqual([]);
  });
});
