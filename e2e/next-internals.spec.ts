/**
 * The canary for Next's private formats (issue 26). lib/runtime/next-internals.js reads Next's
 * client-reference manifests, the payload it inlines in each page and the scripts of its runtime;
 * reader pages are sent without that runtime on the strength of what it reads
 * (lib/runtime/reader-runtime.js, docs/decisions/027). None of that is Next's public API, so after
 * an upgrade this spec, run against the real build, says which part moved and which function to
 * update, before a reader gets a page that lost its search box or kept a runtime it does not need.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { expect, test } from '@playwright/test';

import {
  carriesRuntime,
  clientReferenceIds,
  hasPayload,
  INLINE_SCRIPTS,
  isNextOwnModule,
  loadClientModules,
  NEXT_VERSION_READ,
  payloadText,
  withoutRuntime,
} from '../lib/runtime/next-internals.js';
import { needsRuntime, worksWithoutRuntime } from '../lib/runtime/reader-runtime.js';
import { articles, liveBlogs } from './sample';

const NEXT_VERSION = (JSON.parse(readFileSync('node_modules/next/package.json', 'utf8')) as { version: string })
  .version;

/** The message of a failure: what changed, and where to look. */
const changed = (what: string, update: string) =>
  `Next ${NEXT_VERSION} changed ${what}: update lib/runtime/next-internals.js (${update}). ` +
  `It was written against next ${NEXT_VERSION_READ}.`;

/** Our client components the adapter must find, each on a page that renders it. */
const SEARCH_PANEL = 'components/search/SearchPanel.client.tsx';
const LIVE_UPDATES = 'components/live/LiveUpdates.client.tsx';
const LINK = 'components/link/Link.client.tsx';

const LIVE = liveBlogs.find((blog) => blog.status === 'live')!;

/**
 * A story page as Next prerendered it, before the server takes the runtime out: the newest
 * published article the build prerendered (.next/server/app/<section>/<slug>.html).
 */
function prerenderedStory(): { url: string; html: string } {
  const newestFirst = articles
    .filter((story) => !story.live)
    .sort((a, b) => Date.parse(b.date) - Date.parse(a.date) || a.slug.localeCompare(b.slug));
  for (const story of newestFirst) {
    const file = path.join('.next', 'server', 'app', `${story.url.slice(1)}.html`);
    try {
      return { url: story.url, html: readFileSync(file, 'utf8') };
    } catch {
      // Not prerendered (outside the window): try the next one.
    }
  }
  throw new Error('No prerendered story in .next/server/app: run npm run build first');
}

const modules = loadClientModules('.next');
/** Module id → project paths, reversed: the ids under which the build lists one source file. */
const idsOf = (file: string) => [...modules].filter(([, paths]) => paths.has(file)).map(([id]) => id);

test.describe(`Next's private formats, as next-internals.js reads them (written against next ${NEXT_VERSION_READ})`, () => {
  // It reads the build and asks the server; one browser profile is enough.
  test.skip(({ isMobile }) => isMobile, 'reads the build, not a screen');

  test('the client-reference manifests name our client components and Next’s own by id', () => {
    const where = 'clientManifestFiles, manifestModules';
    expect(
      modules.size,
      changed('where it writes the client-reference manifests, or their form', where),
    ).toBeGreaterThan(0);
    const paths = [...modules.values()].flatMap((set) => [...set]);
    for (const file of [SEARCH_PANEL, LIVE_UPDATES, LINK]) {
      expect(
        idsOf(file),
        changed(`how the manifests name a module of the project (${file} not found)`, where),
      ).not.toEqual([]);
    }
    expect(
      paths.some((file) => isNextOwnModule(file)),
      changed("where Next's own client components live (no module under node_modules/next/dist/)", 'isNextOwnModule'),
    ).toBe(true);
  });

  test('a reader page: the payload is found, every module it names is known and works without the runtime, which is taken out', async ({
    request,
  }) => {
    const story = prerenderedStory();
    expect(
      hasPayload(story.html),
      changed(`how it inlines the payload in ${story.url} (no self.__next_f)`, 'hasPayload'),
    ).toBe(true);
    expect(
      payloadText(story.html),
      changed(`the form of the payload pushes in ${story.url}`, 'payloadText'),
    ).toBeTruthy();
    const ids = clientReferenceIds(story.html) ?? [];
    expect(ids, changed(`the payload's client-reference rows in ${story.url}`, 'clientReferenceIds')).not.toEqual([]);
    const unknown = ids.filter((id) => !modules.has(id));
    expect(
      unknown,
      changed(
        `module ids: the payload of ${story.url} names ids no manifest lists`,
        'manifestModules, clientReferenceIds',
      ),
    ).toEqual([]);
    const needing = ids.flatMap((id) => [...(modules.get(id) ?? [])]).filter((file) => !worksWithoutRuntime(file));
    expect(
      needing,
      changed(
        `the client modules a story renders (${story.url}); if these are Next's own, they moved`,
        'isNextOwnModule; or lib/runtime/reader-runtime.js worksWithoutRuntime',
      ),
    ).toEqual([]);
    expect(needsRuntime(story.html, modules)).toBe(false);

    // The runtime's scripts are recognised, and nothing of them is left.
    expect(
      carriesRuntime(story.html),
      changed(`the runtime's scripts in ${story.url}`, 'carriesRuntime, withoutRuntime'),
    ).toBe(true);
    const stripped = withoutRuntime(story.html);
    const left =
      stripped.match(/<script[^>]*\ssrc="\/_next\/[^"]*"|self\.__next_f\.push\(|globalThis\["TURBOPACK"\]/g) ?? [];
    expect(left, changed(`the runtime's scripts in ${story.url}: these survive`, 'withoutRuntime')).toEqual([]);
    expect(carriesRuntime(stripped)).toBe(false);
    // And that is what a reader is sent.
    const served = await (await request.get(story.url)).text();
    expect(carriesRuntime(served), `${story.url} is sent with Next's runtime`).toBe(false);
    expect(served).toContain('</main>');
  });

  for (const [name, url, file] of [
    ['the search page', '/search', SEARCH_PANEL],
    ['a live blog while live', LIVE.url, LIVE_UPDATES],
  ] as const) {
    test(`${name}: its payload names ${path.basename(file)} by an id the manifests give it, so it keeps the runtime`, async ({
      request,
    }) => {
      const html = await (await request.get(url)).text();
      expect(hasPayload(html), changed(`how it inlines the payload in ${url} (no self.__next_f)`, 'hasPayload')).toBe(
        true,
      );
      const ids = clientReferenceIds(html);
      expect(ids, changed(`the form of the payload pushes in ${url}`, 'payloadText')).toBeDefined();
      const known = idsOf(file);
      expect(
        ids!.filter((id) => known.includes(id)),
        changed(
          `module ids: the payload of ${url} does not name ${file} by the id(s) the manifests give it (${known.join(', ')})`,
          'clientReferenceIds, manifestModules',
        ),
      ).not.toEqual([]);
      expect(needsRuntime(html, modules)).toBe(true);
      expect(carriesRuntime(html), `${url} is sent without the runtime it needs`).toBe(true);
    });
  }

  test('the inline scripts of a page with the runtime have the shapes the security policy allows', async ({
    request,
  }) => {
    const html = await (await request.get('/search')).text();
    const inline = [...html.matchAll(/<script(?:\s+id="_R_")?>([\s\S]*?)<\/script>/g)].map(([, text]) => text!);
    const where = 'INLINE_SCRIPTS, read by lib/security/inline-scripts.js';
    expect(inline, changed('the script that starts the payload', where)).toContain(INLINE_SCRIPTS.payloadStart);
    expect(
      inline.filter((text) => text.startsWith(INLINE_SCRIPTS.payloadPush)),
      changed('the payload scripts', where),
    ).not.toEqual([]);
    const bootstrap = inline.find((text) => text.startsWith(INLINE_SCRIPTS.bootstrap));
    expect(bootstrap, changed("Turbopack's bootstrap script", where)).toBeDefined();
    const data = JSON.parse(bootstrap!.slice(INLINE_SCRIPTS.bootstrap.length, -2)) as { otherChunks?: string[] };
    expect(
      (data.otherChunks ?? []).filter((chunk) => !INLINE_SCRIPTS.chunkPath.test(chunk)),
      changed("the chunk paths of Turbopack's bootstrap", where),
    ).toEqual([]);
  });
});
