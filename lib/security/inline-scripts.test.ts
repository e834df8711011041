import { createHash } from 'node:crypto';

import { describe, expect, it } from 'vitest';

import { themeScript } from '@/components/layout/theme-script';
import { FILE_FOLDERS, PUBLIC_ROOT_FILES } from '@/lib/route-manifest';
import { FILE_FOLDER } from '@/server/html-policy.js';

import {
  executableInlineScripts,
  inlineScriptHashes,
  inlineScriptHashesOfBytes,
  isSiteScript,
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
    // The theme script and the flight data; the module script is no shape of the site's.
    expect(hashes).toHaveLength(2);
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
    expect(inlineScriptHashes(tricky)).toHaveLength(3);
  });
});

describe('the site’s own inline scripts', () => {
  it('are the theme script, Next’s flight data and Turbopack’s bootstrap, in the shapes Next writes them', () => {
    for (const text of [
      themeScript,
      '(self.__next_f=self.__next_f||[]).push([0])',
      'self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n<\\/script>"])',
      'self.__next_f.push([2,null])'.replace('null', '"form"'),
      '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":["static/chunks/0a-b.js"],"runtimeModuleIds":[94553]});',
    ]) {
      expect(isSiteScript(text), text.slice(0, 60)).toBe(true);
    }
  });

  it('are nothing else: code beside the data, code in place of the data, another script', () => {
    for (const text of [
      'alert(1)',
      `${themeScript} `,
      'self.__next_f.push([1,"a"]);alert(1);(1)',
      'self.__next_f.push([1,"a"],alert(1))',
      'self.__next_f.push([9,"a"])',
      'self.__next_f.push(alert(1))',
      '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":["https://evil.example/x.js"]});',
      '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"run":"alert(1)"});',
    ]) {
      expect(isSiteScript(text), text.slice(0, 60)).toBe(false);
    }
  });

  it('are looked for in pages only: the server’s file folders are the route manifest’s', () => {
    for (const folder of FILE_FOLDERS) expect(FILE_FOLDER.test(`/${folder}/x.html`), folder).toBe(true);
    for (const file of PUBLIC_ROOT_FILES) expect(FILE_FOLDER.test(`/${file}`), file).toBe(true);
    expect(FILE_FOLDER.test('/imagesx/a.html')).toBe(false);
  });
});
