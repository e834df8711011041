/**
 * Page-weight budgets (docs/decisions/017-page-weight-budgets.md). Sizes are deterministic for
 * a build, so they are tested; timings are not, and live in `npm run bench:lighthouse`.
 */
import { expect, test } from '@playwright/test';

import { readBaseline } from '../scripts/bare-baseline';
import { gzipBytes, kb, measurePage } from '../scripts/page-weight';
import { article, articles } from './sample';

/** One page of every type a reader lands on. */
const PAGE_TYPES: [kind: string, path: string][] = [
  ['home front', '/'],
  ['section front', '/world'],
  ['tag', '/tag/sao-paulo'],
  ['author', '/author/grace-whitfield'],
  ['archive', '/archive'],
  ['article', '/world/moon-seeks-us-backing-korean-war-end'],
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
    // The page really ran Next's runtime: the measurement saw its scripts.
    expect(weight.scripts.length).toBeGreaterThan(0);

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
