import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { themeScript } from '@/components/layout/theme-script';
import { executableInlineScripts, inlineScriptHashes, scriptHashSource } from './inline-scripts.js';

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
});
