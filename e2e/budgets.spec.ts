/**
 * Page-weight budgets (docs/decisions/017-page-weight-budgets.md). Sizes are deterministic for
 * a build, so they are tested; timings are not, and live in `npm run bench:lighthouse`.
 */
import { expect, test } from '@playwright/test';

import { article, articles } from './sample';
import { readBaseline } from './support/bare-baseline';
import { gzipBytes, kb, measurePage } from './support/page-weight';
import { measureView, recordTransfers, SETTLE_MS, VIEW_HEADER, type ViewBytes, viewRow } from './support/view-bytes';

/** One page of every type a reader lands on. */
const PAGE_TYPES: [kind: string, path: string][] = [
  ['home front', '/'],
  ['section front', '/world'],
  ['tag', '/tag/sao-paulo'],
  ['author', '/author/grace-whitfield'],
  ['archive', '/archive'],
  ['article', '/world/moon-seeks-us-backing-korean-war-end'],
  // The one story page with a client component of its own: the auto-update (docs/decisions/029).
  ['live blog', '/sports/harbourside-half-marathon-live'],
  // The two article types that load a script of their own (public/js/): embeds and galleries.
  ['embed article', article('aireside-festival-closes-with-open-film-night').url],
  ['gallery article', article('fernhill-coast-storm-clean-up-in-pictures').url],
  ['search', '/search'],
  ['static page', '/about'],
  ['404', '/no-such-page-on-this-site'],
];

const JS_ALLOWANCE_BYTES = 20 * 1024;
const ARTICLE_HTML_BUDGET_BYTES = 60 * 1024;
/** An image may be at most this many times larger, in both dimensions, than its slot × DPR. */
const IMAGE_OVERSIZE = 2;

const baseline = readBaseline();

/** The whole view (issue 16): every byte from navigation until the network is idle + 5 s. */
const ARTICLE_PATH = '/world/moon-seeks-us-backing-korean-war-end';
const VIEW_PAGES: [kind: string, path: string][] = [
  ['home front', '/'],
  ['section front', '/world'],
  ['article', ARTICLE_PATH],
  ['archive', '/archive'],
  ['section list, page 2', '/world/page/2'],
  ['search', '/search'],
];
/** An article view, sent without the Next.js client runtime (docs/decisions/027-reader-pages-without-the-runtime.md). */
const ARTICLE_VIEW_BUDGET_BYTES = 70 * 1024;
/** The page types that render a client component of ours, and so load Next's runtime. */
const NEEDS_RUNTIME = new Set(['search', 'live blog']);
/** Article types that load one small script of their own and no runtime (public/js/, decision 030). */
const OWN_SCRIPT: Record<string, string> = {
  'embed article': '/js/embeds.js',
  'gallery article': '/js/gallery.js',
};
/** A front may cost this much more than an article, at 360 px: its pictures. */
const FRONT_OVER_ARTICLE_BYTES = 60 * 1024;

const viewDetail = (view: ViewBytes) =>
  view.transfers.map((transfer) => `${kb(transfer.bytes)} KB ${transfer.kind} ${transfer.url}`).join('\n');

for (const [kind, path] of PAGE_TYPES) {
  test(`${kind} (${path}): JavaScript at most 20 KB gzip above a bare Next.js page, nothing from another origin, nothing missing`, async ({
    page,
    baseURL,
  }) => {
    const weight = await measurePage(page, path);
    const extra = weight.scriptGzipBytes - baseline.scriptGzipBytes;
    const detail = weight.scripts
      .map((script) => `${kb(script.gzipBytes)} KB ${new URL(script.url).pathname}`)
      .join('\n');
    expect(
      extra,
      `${kb(weight.scriptGzipBytes)} KB against ${kb(baseline.scriptGzipBytes)} KB bare:\n${detail}`,
    ).toBeLessThanOrEqual(JS_ALLOWANCE_BYTES);
    // Only a page with a client component of ours loads Next's runtime; reader pages are sent
    // without it (lib/runtime/reader-runtime.js), and the measurement sees either.
    const own = OWN_SCRIPT[kind];
    if (NEEDS_RUNTIME.has(kind)) expect(weight.scripts.length, 'its client component runs').toBeGreaterThan(0);
    else if (own) expect(weight.scripts.map((script) => new URL(script.url).pathname)).toEqual([own]);
    else expect(weight.scripts.map((script) => script.url)).toEqual([]);

    const origin = new URL(baseURL!).origin;
    const elsewhere = weight.requests.filter(
      (url) => !url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin,
    );
    expect(elsewhere, 'requests to another origin').toEqual([]);
    // Nothing the page asks for is missing (the 404 page's own document aside).
    expect(
      weight.failures.filter((failure) => failure !== `404 ${new URL(path, origin).href}`),
      'failed requests',
    ).toEqual([]);
    // Nor does the markup ask for one (a blocking script or stylesheet the dead proxy hid).
    const foreign = await page.evaluate((own) => {
      const urls = [...document.querySelectorAll<HTMLScriptElement>('script[src]')]
        .map((script) => script.src)
        .concat(
          [...document.querySelectorAll<HTMLLinkElement>('link[href]')]
            .filter((link) => /stylesheet|preload|modulepreload|preconnect/.test(link.rel))
            .map((link) => link.href),
        );
      return urls.filter((url) => new URL(url).origin !== own);
    }, origin);
    expect(foreign, 'scripts or stylesheets from another origin').toEqual([]);
  });
}

test('every article page is at most 60 KB of gzipped HTML', async ({ request }) => {
  const sizes: { url: string; bytes: number }[] = [];
  for (const article of articles) {
    const response = await request.get(article.url);
    expect(response.status(), article.url).toBe(200);
    sizes.push({ url: article.url, bytes: gzipBytes(await response.body()) });
  }
  const largest = sizes.reduce((a, b) => (b.bytes > a.bytes ? b : a));
  expect(largest.bytes, `${largest.url}: ${kb(largest.bytes)} KB gzip`).toBeLessThanOrEqual(ARTICLE_HTML_BUDGET_BYTES);
});

for (const [kind, path] of PAGE_TYPES.filter(([kind]) =>
  ['home front', 'section front', 'tag', 'author', 'article', 'gallery article'].includes(kind),
)) {
  test(`${kind} (${path}): every image downloaded is sized for its slot on this screen`, async ({ page }) => {
    await page.goto(path);
    // Bring every lazy image into view so each one is really downloaded and checked.
    await page.evaluate(async () => {
      for (const image of document.querySelectorAll('img')) {
        image.scrollIntoView();
        await new Promise((resolve) => requestAnimationFrame(resolve));
      }
    });
    await page.waitForLoadState('networkidle');
    await page.waitForFunction(() => [...document.images].every((image) => image.complete));
    const images = await page.evaluate(() =>
      [...document.images]
        .filter((image) => image.naturalWidth > 0 && image.clientWidth > 0)
        .map((image) => ({
          src: image.currentSrc,
          natural: [image.naturalWidth, image.naturalHeight],
          slot: [image.clientWidth, image.clientHeight],
          dpr: devicePixelRatio,
        })),
    );
    expect(images.length, 'the page shows pictures, so the rule was applied').toBeGreaterThan(0);
    const oversized = images.filter(
      ({ natural, slot, dpr }) =>
        natural[0]! > IMAGE_OVERSIZE * slot[0]! * dpr && natural[1]! > IMAGE_OVERSIZE * slot[1]! * dpr,
    );
    expect(
      oversized.map(
        ({ src, natural, slot, dpr }) => `${src}: ${natural.join('×')} in a ${slot.join('×')} slot at DPR ${dpr}`,
      ),
    ).toEqual([]);
  });
}

for (const [kind, path] of VIEW_PAGES) {
  test(`${kind} (${path}): the whole view, by type, prefetches no page before the reader shows intent`, async ({
    page,
  }, testInfo) => {
    const view = await measureView(page, path);
    // The numbers behind docs/performance.md, printed on every run.
    console.log(`${testInfo.project.name}\n${VIEW_HEADER}\n${viewRow(path, view)}`);
    expect(view.byKind.document, 'the page itself was measured').toBeGreaterThan(0);
    // Compressed on the wire: a document's transfer is smaller than its HTML.
    const html = await (await page.request.get(path)).body();
    const document = view.transfers.find((transfer) => transfer.kind === 'document')!;
    expect(document.encoding, 'the HTML is sent compressed').toMatch(/^(br|gzip|zstd)$/);
    expect(document.bytes).toBeLessThan(html.length);
    expect(
      view.transfers.filter((transfer) => transfer.kind === 'prefetch').map((transfer) => transfer.url),
      `prefetched without intent:\n${viewDetail(view)}`,
    ).toEqual([]);
  });
}

test.describe('at 360 px', () => {
  test.use({ viewport: { width: 360, height: 780 } });

  test('an article view is at most 70 KB, and a front at most 60 KB more', async ({ page, browser }, testInfo) => {
    const article = await measureView(page, ARTICLE_PATH);
    const frontPage = await browser.newPage({ viewport: { width: 360, height: 780 } });
    const front = await measureView(frontPage, '/');
    await frontPage.close();
    console.log(
      `${testInfo.project.name}, 360 px\n${VIEW_HEADER}\n${viewRow('article', article)}\n${viewRow('home front', front)}`,
    );
    expect(article.total, viewDetail(article)).toBeLessThanOrEqual(ARTICLE_VIEW_BUDGET_BYTES);
    expect(front.total - article.total, viewDetail(front)).toBeLessThanOrEqual(FRONT_OVER_ARTICLE_BYTES);
  });
});

// An article has no runtime (the head script prefetches the page's HTML); search has Next's (its Link prefetches the payload).
for (const [kind, path] of [
  ['article', ARTICLE_PATH],
  ['search', '/search'],
]) {
  test(`${kind}: a link is prefetched when the reader points at it or focuses it, and not before`, async ({ page }) => {
    const recording = await recordTransfers(page);
    await page.goto(path!);
    await page.waitForLoadState('networkidle');
    // An absence can only be seen by giving it time: a prefetch would start within this quiet window.
    await page.waitForTimeout(SETTLE_MS);
    const before = (await recording.stop()).transfers.filter((transfer) => transfer.kind === 'prefetch');
    expect(before.map((transfer) => transfer.url)).toEqual([]);

    const intent = await recordTransfers(page);
    const sections = page.getByRole('navigation', { name: 'Sections', exact: true });
    await sections.getByRole('link', { name: 'Business' }).hover();
    await page.getByRole('banner').getByRole('link', { name: 'Dateline', exact: true }).focus();
    // Until the prefetch the hover asked for has arrived, then until the network is quiet again.
    await expect
      .poll(() => intent.sofar().some((transfer) => transfer.kind === 'prefetch' && transfer.url.includes('/business')))
      .toBe(true);
    await page.waitForLoadState('networkidle');
    const prefetched = (await intent.stop()).transfers
      .filter((transfer) => transfer.kind === 'prefetch')
      .map((transfer) => new URL(transfer.url).pathname);
    // The two pages shown intent for, and nothing else: /business and / (the masthead), as HTML,
    // as an RSC payload (?_rsc=) or, from a static export, as its segment files (__next.*.txt).
    expect(
      prefetched.some((pathname) => pathname.startsWith('/business')),
      prefetched.join('\n'),
    ).toBe(true);
    expect(prefetched.filter((pathname) => !/^\/(business([./]|$)|__next\.|index\.txt$|$)/.test(pathname))).toEqual([]);
  });
}
