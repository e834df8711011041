import { describe, expect, it } from 'vitest';

import {
  addManifest,
  clientReferenceIds,
  forReaders,
  needsRuntime,
  withoutRuntime,
  worksWithoutRuntime,
} from './reader-runtime.js';

/** A client-reference manifest as Next writes it beside each route (page_client-reference-manifest.js). */
const manifest = `globalThis.__RSC_MANIFEST = (globalThis.__RSC_MANIFEST || {});
globalThis.__RSC_MANIFEST["/[section]/page"] = ${JSON.stringify({
  clientModules: {
    '[project]/node_modules/next/dist/esm/client/components/layout-router.js <module evaluation>': { id: 39756 },
    '[project]/node_modules/next/dist/esm/client/components/layout-router.js': { id: 39756 },
    '[project]/node_modules/next/dist/client/image-component.js <module evaluation>': { id: 5500 },
    '[project]/components/link/Link.client.tsx <module evaluation>': { id: 77052 },
    '[project]/components/search/SearchPanel.client.tsx <module evaluation>': { id: 38044 },
    '[project]/node_modules/@keystatic/next/dist/ui.js <module evaluation>': { id: 41000 },
  },
})};`;
const modules = new Map<string, Set<string>>();
addManifest(modules, manifest);

/** A prerendered page: Next's scripts in <head>, our theme script, JSON-LD, the payload in pushes. */
function page(rows: string[], { split = false } = {}) {
  const payload = rows.join('\n') + '\n';
  const pushes = split
    ? [payload.slice(0, 7), payload.slice(7)] // a row cut in two, as Next may flush it
    : [payload];
  return [
    '<!DOCTYPE html><html><head><meta charSet="utf-8"/>',
    '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/webpack.js"/>',
    '<script src="/_next/static/chunks/main.js" async=""></script>',
    '<script>(function(){document.documentElement.setAttribute("data-js","")})();</script>',
    '<script src="/_next/static/chunks/polyfills.js" noModule=""></script></head>',
    '<body><h1>Headline</h1><script type="application/ld+json">{"@type":"NewsArticle"}</script>',
    '<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({})</script>',
    '<script>(self.__next_f=self.__next_f||[]).push([0])</script>',
    ...pushes.map((text) => `<script>self.__next_f.push([1,${JSON.stringify(text)}])</script>`),
    '</body></html>',
  ].join('');
}

const READER_ROWS = ['2:I[39756,["$1"],"default"]', '3:I[77052,["$1"],"default"]', '4:I[5500,["$1"],"Image"]'];

describe('which pages need the Next.js runtime in the browser', () => {
  it('reads the ids of the client modules a payload names, also across a row cut between two pushes', () => {
    expect(clientReferenceIds(page(READER_ROWS))).toEqual(['39756', '77052', '5500']);
    expect(clientReferenceIds(page(READER_ROWS, { split: true }))).toEqual(['39756', '77052', '5500']);
  });

  it("lets Next's own client modules and our Link work without the runtime, and nothing else", () => {
    expect(worksWithoutRuntime('node_modules/next/dist/client/image-component.js')).toBe(true);
    expect(worksWithoutRuntime('components/link/Link.client.tsx')).toBe(true);
    expect(worksWithoutRuntime('components/search/SearchPanel.client.tsx')).toBe(false);
    expect(worksWithoutRuntime('node_modules/@keystatic/next/dist/ui.js')).toBe(false);
  });

  it("a page of Next's own client modules and our Link does not", () => {
    expect(needsRuntime(page(READER_ROWS), modules)).toBe(false);
  });

  it('a page with a client component of ours or of a package does (search, an editor)', () => {
    expect(needsRuntime(page([...READER_ROWS, '5:I[38044,["$1"],"SearchPanel"]']), modules)).toBe(true);
    expect(needsRuntime(page([...READER_ROWS, '5:I[41000,["$1"],"default"]']), modules)).toBe(true);
  });

  it("Next's error shell, whose empty body only the runtime fills in, keeps it (a 404 of a path that does not decode)", () => {
    const shell = page(READER_ROWS).replace('<html>', '<html id="__next_error__">');
    expect(needsRuntime(shell, modules)).toBe(true);
  });

  it('a module no manifest names, or a payload in a form it does not read, keeps the runtime', () => {
    expect(needsRuntime(page([...READER_ROWS, '5:I[12345,["$1"],"default"]']), modules)).toBe(true);
    const binary = page(READER_ROWS).replace('</body>', '<script>self.__next_f.push([3,"AAEC"])</script></body>');
    expect(needsRuntime(binary, modules)).toBe(true);
  });

  it('a page with no payload at all has no runtime to take out', () => {
    expect(needsRuntime('<!DOCTYPE html><html><body><p>Moved</p></body></html>', modules)).toBe(false);
  });
});

describe('a page without the runtime', () => {
  const html = page(READER_ROWS);
  const stripped = withoutRuntime(html);

  it("has none of Next's scripts, script preloads, payload or bootstrap", () => {
    expect(stripped).not.toContain('/_next/static/chunks/');
    expect(stripped).not.toContain('self.__next_f');
    expect(stripped).not.toContain('TURBOPACK');
  });

  it('keeps the page, our head script and the JSON-LD', () => {
    expect(stripped).toContain('<h1>Headline</h1>');
    expect(stripped).toContain('setAttribute("data-js","")');
    expect(stripped).toContain('<script type="application/ld+json">{"@type":"NewsArticle"}</script>');
    expect(stripped).toContain('<meta charSet="utf-8"/>');
  });

  it('is what readers get only where nothing needs the runtime', () => {
    expect(forReaders(html, modules)).toBe(stripped);
    const search = page([...READER_ROWS, '5:I[38044,["$1"],"SearchPanel"]']);
    expect(forReaders(search, modules)).toBe(search);
  });
});
