/**
 * What only the static export must prove (npm run test:static, decision 018): out/ served by a
 * plain static server that reads no _redirects and knows none of our routes. The rest of the
 * e2e suite runs against the same server through playwright.static.config.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { expect, type Page, test } from '@playwright/test';

import { article, sectionStories } from './sample';
import { siteUrl } from './site-sample';

const out = path.resolve(import.meta.dirname, '../out');
const SEOUL = article('moon-seeks-us-backing-korean-war-end');
const ORIGINAL_WIDTH = 1600;

test.describe('page 1 of a list on a static host', () => {
  for (const list of ['/world', '/tag/korean-war', '/author/elena-marsh']) {
    test(`${list}/page/1 reaches ${list}, with script and without`, async ({ browser }) => {
      for (const javaScriptEnabled of [true, false]) {
        const context = await browser.newContext({ javaScriptEnabled });
        const page = await context.newPage();
        await page.goto(`${list}/page/1`);
        await expect(page).toHaveURL(list);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        await context.close();
      }
    });
  }

  test('the stand-in page names page 1 canonical and keeps itself out of indexes', async ({ request }) => {
    const html = await (await request.get('/world/page/1')).text();
    expect(html).toContain(`<link rel="canonical" href="${siteUrl}/world">`);
    expect(html).toContain('<meta name="robots" content="noindex">');
  });

  test('hosts with real redirects get rules for every list', () => {
    const rules = readFileSync(path.join(out, '_redirects'), 'utf8').trim().split('\n');
    expect(rules.sort()).toEqual(['/:p1/:p2/page/1 /:p1/:p2 301', '/:p1/page/1 /:p1 301']);
  });
});

test.describe('not found on a static host', () => {
  for (const url of [
    '/world/no-such-story',
    '/world/page/99',
    '/tag/no-such-tag',
    '/sitemaps/1.xml',
    '/_not-found',
    '/images/none.jpg',
  ]) {
    test(`${url} is a 404 with the site's 404 page`, async ({ page }) => {
      const response = await page.goto(url);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    });
  }
});

/** Bytes of every picture the page loaded, and their addresses. */
async function picturesLoaded(page: Page, url: string) {
  const pictures: { url: string; bytes: number }[] = [];
  page.on('response', async (response) => {
    if (response.request().resourceType() !== 'image') return;
    pictures.push({ url: new URL(response.url()).pathname, bytes: (await response.body()).length });
  });
  await page.goto(url);
  await page.evaluate(() => Promise.all([...document.images].map((img) => img.decode().catch(() => undefined))));
  await page.waitForLoadState('networkidle');
  return pictures;
}

test.describe('pictures without an image server', () => {
  test('a phone gets the hero as a WebP sized for its screen, not the 1600 px original', async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 360, height: 780 }, deviceScaleFactor: 2 });
    const page = await context.newPage();
    const pictures = await picturesLoaded(page, SEOUL.url);
    const hero = page.getByRole('img', { name: SEOUL.image!.alt });
    const currentSrc = await hero.evaluate((img: HTMLImageElement) => img.currentSrc);
    expect(new URL(currentSrc).pathname).toMatch(/^\/_img\/\d+\/images\/articles\/.+\.jpg\.webp$/);
    // The picture's real pixels (naturalWidth is divided by the srcset density).
    const pixels = await page.evaluate(
      async (src) => (await createImageBitmap(await (await fetch(src)).blob())).width,
      currentSrc,
    );
    // 360 CSS px at 2x: a variant at least 720 px wide, well below the original.
    expect(pixels).toBeGreaterThanOrEqual(720);
    expect(pixels).toBeLessThan(ORIGINAL_WIDTH);
    expect(
      pictures.filter((picture) => picture.url.startsWith('/images/')),
      'no original JPEG is fetched',
    ).toEqual([]);
    const original = readFileSync(path.join(out, SEOUL.image!.src)).length;
    const heroBytes = pictures.find((picture) => picture.url === new URL(currentSrc).pathname)?.bytes ?? Infinity;
    expect(heroBytes).toBeLessThan(original);
    await context.close();
  });

  test('every picture address on the fronts and an article answers with an image', async ({ page, request }) => {
    const urls = new Set<string>();
    for (const url of ['/', '/world', '/tag/korean-war', SEOUL.url, sectionStories('uk')[0]!.url]) {
      await page.goto(url);
      for (const srcset of await page
        .locator('img[srcset]')
        .evaluateAll((imgs) => imgs.map((img) => img.getAttribute('srcset') ?? ''))) {
        for (const candidate of srcset.split(',')) urls.add(candidate.trim().split(/\s+/)[0]!);
      }
    }
    expect(urls.size).toBeGreaterThan(20);
    const failures: string[] = [];
    for (const url of urls) {
      const response = await request.get(url);
      if (response.status() !== 200 || response.headers()['content-type'] !== 'image/webp')
        failures.push(`${url}: ${response.status()}`);
    }
    expect(failures).toEqual([]);
  });
});

test.describe('embeds on a static host', () => {
  const EMBEDS = article('aireside-festival-closes-with-open-film-night');

  test('_headers allows the providers’ frames on the embed page only', () => {
    const rules = readFileSync(path.join(out, '_headers'), 'utf8').split(/\n(?=\/)/);
    const policyOf = (page: string) =>
      rules.find((rule) => rule.startsWith(`${page}\n`))?.match(/Content-Security-Policy: (.*)/)?.[1] ?? '';
    expect(policyOf(EMBEDS.url)).toContain('frame-src https://www.youtube-nocookie.com https://embed.bsky.app');
    const withFrames = rules.filter((rule) => rule.includes('frame-src')).map((rule) => rule.split('\n')[0]);
    expect(withFrames).toEqual([EMBEDS.url]);
    expect(policyOf(SEOUL.url)).toContain("script-src 'self'");
  });

  test('the embed page and the gallery page get their scripts from the export', async ({ request }) => {
    for (const script of ['/js/embeds.js', '/js/gallery.js']) {
      const response = await request.get(script);
      expect(response.status(), script).toBe(200);
      expect(await response.text()).toContain('// @ts-check');
    }
  });
});

test('the export carries no editor: nothing under /keystatic or /api/keystatic', async ({ request }) => {
  // docs/decisions/031: the admin's routes are never part of a static export.
  for (const file of ['keystatic.html', 'keystatic', 'api/keystatic']) {
    expect(existsSync(path.join(out, file)), file).toBe(false);
  }
  expect((await request.get('/keystatic')).status()).toBe(404);
});
