import { createHash } from 'node:crypto';

import { describe, expect, it } from 'vitest';

import { themeScript } from '@/components/layout/theme-script';

import {
  executableInlineScripts,
  inlineScriptHashes,
  inlineScriptHashesOfBytes,
  scriptHashSource,
} from './inline-scripts.js';

const page = [
  '<html><head>',
  `<script>${themeScript}</script>`,
  '<script src="/_next/static/chunks/a.js" async=""></script>',
  '<script type="application/ld+json">{"@type":"NewsArticle"}</script>',
  '<script id="__NEXT_DATA__" type="application/json">{}</script>',
  '</head><body>',
  '<script>self.__next_f.push([1,"é"])</script>',
  '<script type="module">import "/x.js"</script>',
  `<script>${themeScript}</script>`,
  '</body></html>',
].join('');

describe('inline script hashes', () => {
  it('keeps the scripts a browser runs and leaves external scripts and data blocks out', () => {
    expect(executableInlineScripts(page)).toEqual([
      themeScript,
      'self.__next_f.push([1,"é"])',
      'import "/x.js"',
      themeScript,
    ]);
  });

  it('hashes the UTF-8 bytes, as the browser does, and lists a repeated script once', () => {
    const expected = createHash('sha256').update(Buffer.from('self.__next_f.push([1,"é"])', 'utf8')).digest('base64');
    const hashes = inlineScriptHashes(page);
    expect(hashes).toHaveLength(3);
    expect(hashes[1]).toBe(`'sha256-${expected}'`);
  });

  it('hashes CRLF text as the LF text the parser hands to the browser', () => {
    expect(scriptHashSource('a()\r\nb()\rc()')).toBe(scriptHashSource('a()\nb()\nc()'));
  });

  it('gives the same hashes from the bytes of a UTF-8 document as from its text', () => {
    // "à" is C3 A0 in UTF-8: as latin1, A0 is a no-break space, which must not count as the
    // space before an attribute; "✓" and "é" check that multi-byte scripts hash as their bytes.
    const tricky = `${page}<script data-x="là">self.__next_f.push([1,"✓"])</script><script data-y="àsrc=x">b()</script>`;
    expect(inlineScriptHashesOfBytes(Buffer.from(tricky, 'utf8'))).toEqual(inlineScriptHashes(tricky));
    expect(inlineScriptHashes(tricky)).toHaveLength(5);
  });
});
