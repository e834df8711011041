/**
 * The adapter over Next's private formats, on fixed samples copied from a next 16.4.6 build.
 * e2e/next-internals.spec.ts checks the same functions against a real build.
 */
import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import {
  carriesRuntime,
  clientReferenceIds,
  hasPayload,
  INLINE_SCRIPTS,
  isErrorShell,
  isNextOwnModule,
  manifestModules,
  NEXT_VERSION_READ,
  payloadText,
  prerenderedRedirect,
  withoutRuntime,
} from './next-internals.js';

/** A client-reference manifest as Next writes it beside a route (page_client-reference-manifest.js). */
const MANIFEST = `globalThis.__RSC_MANIFEST = (globalThis.__RSC_MANIFEST || {});
globalThis.__RSC_MANIFEST["/search/page"] = {"moduleLoading":{"prefix":"/_next/"},"clientModules":{"[project]/node_modules/next/dist/esm/client/components/layout-router.js <module evaluation>":{"id":39756,"name":"*","chunks":[],"async":false},"[project]/node_modules/next/dist/esm/client/components/layout-router.js":{"id":39756,"name":"*","chunks":[],"async":false},"[project]/components/search/SearchPanel.client.tsx <module evaluation>":{"id":38044,"name":"*","chunks":["/_next/static/chunks/0b1.js"],"async":false},"[project]/components/link/Link.client.tsx":{"id":"77052","name":"*","chunks":[],"async":false}}};`;

/** The payload of a page as Next inlines it: a bootstrap push, then rows of text, one row cut across two pushes. */
const ROWS = [
  '1:"$Sreact.fragment"',
  '2:I[39756,["/_next/static/chunks/0a.js"],"default"]',
  '3:I[77052,["/_next/static/chunks/0c.js"],"default"]',
  '4:I[38044,["/_next/static/chunks/0b1.js"],"SearchPanel"]',
  '0:{"P":null,"b":"build-id","c":["",""]}',
].join('\n');
const PAGE = [
  '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/turbopack-0f.js"/>',
  '<script src="/_next/static/chunks/0a.js" async=""></script>',
  '<script>(function(){document.documentElement.setAttribute("data-js","")})();</script></head>',
  '<body><main><h1>Search</h1></main>',
  '<script type="application/ld+json">{"@type":"WebSite"}</script>',
  '<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":["static/chunks/0a.js"],"runtimeModuleIds":[94553]});</script>',
  '<script>(self.__next_f=self.__next_f||[]).push([0])</script>',
  `<script>self.__next_f.push([1,${JSON.stringify(ROWS.slice(0, 40))}])</script>`,
  `<script>self.__next_f.push([1,${JSON.stringify(ROWS.slice(40))}])</script>`,
  '</body></html>',
].join('');

describe('the adapter over Next.js internals', () => {
  it('names the version of next it was written against, in its constant and its header', () => {
    expect(NEXT_VERSION_READ).toMatch(/^\d+\.\d+\.\d+$/);
    expect(readFileSync('lib/runtime/next-internals.js', 'utf8')).toContain(
      `Written against next ${NEXT_VERSION_READ}`,
    );
  });

  it("reads each manifest module's id and its path from the project root, without Turbopack's decorations", () => {
    expect(manifestModules(MANIFEST)).toEqual([
      { id: '39756', path: 'node_modules/next/dist/esm/client/components/layout-router.js' },
      { id: '39756', path: 'node_modules/next/dist/esm/client/components/layout-router.js' },
      { id: '38044', path: 'components/search/SearchPanel.client.tsx' },
      { id: '77052', path: 'components/link/Link.client.tsx' },
    ]);
  });

  it("tells Next's own client modules from the project's", () => {
    expect(isNextOwnModule('node_modules/next/dist/client/image-component.js')).toBe(true);
    expect(isNextOwnModule('components/link/Link.client.tsx')).toBe(false);
    expect(isNextOwnModule('node_modules/@keystatic/next/dist/ui.js')).toBe(false);
  });

  it('joins the payload pushes into one text, a row cut between two pushes included', () => {
    expect(hasPayload(PAGE)).toBe(true);
    expect(payloadText(PAGE)).toBe(ROWS);
    expect(clientReferenceIds(PAGE)).toEqual(['39756', '77052', '38044']);
  });

  it('reads no ids from a payload in a form it does not know (a binary push), rather than guessing', () => {
    const binary = PAGE.replace('</body>', '<script>self.__next_f.push([3,"AAEC"])</script></body>');
    expect(payloadText(binary)).toBeUndefined();
    expect(clientReferenceIds(binary)).toBeUndefined();
  });

  it('a page without a payload has none, and no ids', () => {
    const plain = '<!DOCTYPE html><html><body><p>Moved</p></body></html>';
    expect(hasPayload(plain)).toBe(false);
    expect(clientReferenceIds(plain)).toEqual([]);
  });

  it("recognises Next's error shell", () => {
    expect(isErrorShell(PAGE)).toBe(false);
    expect(isErrorShell(PAGE.replace('<html lang="en">', '<html id="__next_error__">'))).toBe(true);
  });

  it('reads the redirect a prerendered error shell stands for, and nothing from an ordinary page', () => {
    const shell = (rows: string) =>
      `<!DOCTYPE html><html id="__next_error__"><head></head><body><script>self.__next_f.push([1,${JSON.stringify(rows)}])</script></body></html>`;
    expect(prerenderedRedirect(shell('0:{"digest":"NEXT_REDIRECT;replace;/world;308;"}'))).toEqual({
      to: '/world',
      status: 308,
    });
    expect(prerenderedRedirect(shell('no redirect here'))).toBeUndefined();
    expect(prerenderedRedirect(PAGE.replace('</main>', 'NEXT_REDIRECT;replace;/world;308;</main>'))).toBeUndefined();
  });

  it("takes out the runtime's scripts, preloads, payload and bootstrap, and nothing of ours", () => {
    expect(carriesRuntime(PAGE)).toBe(true);
    const stripped = withoutRuntime(PAGE);
    expect(carriesRuntime(stripped)).toBe(false);
    expect(stripped).not.toMatch(/_next\/static|__next_f|TURBOPACK/);
    expect(stripped).toContain('<h1>Search</h1>');
    expect(stripped).toContain('setAttribute("data-js","")');
    expect(stripped).toContain('<script type="application/ld+json">{"@type":"WebSite"}</script>');
  });

  it("knows the exact shapes of Next's inline scripts that the security policy recognises", () => {
    const scripts = [...PAGE.matchAll(/<script(?: id="_R_")?>([\s\S]*?)<\/script>/g)].map(([, text]) => text!);
    expect(scripts).toContain(INLINE_SCRIPTS.payloadStart);
    expect(scripts.filter((text) => text.startsWith(INLINE_SCRIPTS.payloadPush))).toHaveLength(2);
    const bootstrap = scripts.find((text) => text.startsWith(INLINE_SCRIPTS.bootstrap))!;
    const data = JSON.parse(bootstrap.slice(INLINE_SCRIPTS.bootstrap.length, -2)) as { otherChunks: string[] };
    expect(data.otherChunks.every((chunk) => INLINE_SCRIPTS.chunkPath.test(chunk))).toBe(true);
  });
});
