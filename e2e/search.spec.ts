/** Site search in a real browser: Pagefind's year bundles, built at build time, served by `npm start` (and the static export). */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

import { site } from '../lib/site';
import { article, articles, sectionTitle } from './sample';
import { testEnv } from './support/test-env';

const SEOUL = article('moon-seeks-us-backing-korean-war-end');
// "armistice" appears in one story only (the test checks that the sample still says so).
const RARE = 'armistice';

const input = (page: import('@playwright/test').Page) => page.getByRole('searchbox', { name: 'Search stories' });
const results = (page: import('@playwright/test').Page) =>
  page.getByRole('list', { name: 'Search results' }).getByRole('listitem');

test.describe('search', () => {
  test('finds the one story with a rare word first, with headline, highlighted excerpt, section and date', async ({
    page,
  }) => {
    expect(articles.filter((story) => story.body.toLowerCase().includes(RARE)).map((story) => story.slug)).toEqual([
      SEOUL.slug,
    ]);
    await page.goto('/search');
    await input(page).fill(RARE);
    await expect(page.getByRole('status')).toHaveText(`1 story found for “${RARE}”.`);
    const first = results(page).first();
    await expect(first.getByRole('link')).toHaveText(SEOUL.title);
    await expect(first.getByRole('link')).toHaveAttribute('href', SEOUL.url);
    await expect(first.locator('mark').first()).toHaveText(new RegExp(`^${RARE}\\W*$`, 'i'));
    await expect(first).toContainText(sectionTitle(SEOUL.section));
    await expect(first.locator('time')).toHaveText('December 2, 2021');
    // The query lives in the URL: sharing or reloading shows the same results.
    await expect(page).toHaveURL(`/search?q=${RARE}`);
    await page.reload();
    await expect(input(page)).toHaveValue(RARE);
    await expect(results(page).first().getByRole('link')).toHaveText(SEOUL.title);
  });

  test('says clearly when nothing matches, and offers the archive', async ({ page }) => {
    await page.goto('/search?q=qwxzzyqv');
    await expect(page.getByRole('status')).toHaveText('No stories found for “qwxzzyqv”.');
    await expect(results(page)).toHaveCount(0);
    await expect(page.getByRole('main').getByRole('link', { name: 'archive', exact: true })).toHaveAttribute(
      'href',
      '/archive',
    );
  });

  test('the section filter narrows the results, and is kept in the URL', async ({ page }) => {
    const word = 'council';
    const matching = articles.filter(
      (story) => story.body.toLowerCase().includes(word) || story.title.toLowerCase().includes(word),
    );
    const inWorld = matching.filter((story) => story.section === 'uk');
    expect(inWorld.length).toBeGreaterThan(0);
    expect(matching.length).toBeGreaterThan(inWorld.length);

    await page.goto(`/search?q=${word}`);
    await expect(page.getByRole('status')).toHaveText(/^\d+ stor(y|ies) found/);
    const all = await results(page).count();
    expect(all).toBeGreaterThan(inWorld.length);

    await page.getByRole('combobox', { name: 'Section' }).selectOption({ label: sectionTitle('uk') });
    await expect(page.getByRole('status')).toHaveText(
      `${inWorld.length} ${inWorld.length === 1 ? 'story' : 'stories'} found for “${word}” in UK.`,
    );
    for (const item of await results(page).all()) await expect(item).toContainText('UK');
    await expect(page).toHaveURL(`/search?q=${word}&section=uk`);
  });

  test('works from the keyboard alone', async ({ page }) => {
    await page.goto('/search');
    await input(page).focus();
    await page.keyboard.type(RARE);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(`/search?q=${RARE}`); // Enter does not reload or lose the query
    await expect(results(page)).toHaveCount(1);
    await page.keyboard.press('Tab');
    await expect(page.getByRole('combobox', { name: 'Section' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(results(page).first().getByRole('link')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(SEOUL.url);
  });

  test('has no accessibility violations with results on screen', async ({ page }) => {
    await page.goto(`/search?q=${RARE}`);
    await expect(results(page)).toHaveCount(1);
    const found = await new AxeBuilder({ page }).analyze();
    expect(found.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
  });

  test('without JavaScript, says that search needs it and offers the archive', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`/search?q=${RARE}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Search');
    // Playwright's text and visibility checks skip <noscript> even with scripts off (a browser
    // with JavaScript really off shows it), so read the element itself.
    const message = page.locator('main noscript');
    expect(await message.textContent()).toMatch(/^Search needs JavaScript.*archive/);
    expect(await message.locator('a').getAttribute('href')).toBe('/archive');
    await context.close();
  });

  test('indexes exactly the published stories, one bundle per year, newest first', async ({ request }) => {
    const manifest = (await (await request.get('/pagefind/indexes.json')).json()) as {
      bundles: { year: number; url: string; stories: number }[];
    };
    // A story's year is its year in the site's time zone, as on the archive pages.
    const yearOf = new Intl.DateTimeFormat('en-CA', { timeZone: site.timeZone, year: 'numeric' });
    const years = [...new Set(articles.map((story) => Number(yearOf.format(new Date(story.date)))))].sort(
      (a, b) => b - a,
    );
    expect(manifest.bundles.map((bundle) => bundle.year)).toEqual(years);
    let indexed = 0;
    for (const bundle of manifest.bundles) {
      const entry = (await (await request.get(`${bundle.url}pagefind-entry.json`)).json()) as {
        languages: Record<string, { page_count: number }>;
      };
      const pages = Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
      expect(pages, bundle.url).toBe(bundle.stories);
      indexed += pages;
    }
    expect(indexed).toBe(articles.length);
  });

  test('serves the index from outside public/: chunks cached for good, the rest checked each time, nothing else', async ({
    request,
  }) => {
    const manifest = await request.get('/pagefind/indexes.json');
    expect(manifest.status()).toBe(200);
    const [newest] = ((await manifest.json()) as { bundles: { url: string }[] }).bundles;
    const entry = await request.get(`${newest?.url}pagefind-entry.json`);
    expect(entry.status()).toBe(200);
    const { languages } = (await entry.json()) as { languages: Record<string, { hash: string }> };
    const [language, { hash }] = Object.entries(languages)[0] as [string, { hash: string }];
    const meta = await request.get(`${newest?.url}pagefind.${hash}.pf_meta`);
    expect(meta.status(), language).toBe(200);
    expect((await meta.body()).length).toBeGreaterThan(0);
    if (!testEnv('E2E_STATIC_HOST')) {
      // The static host sends its own caching headers; these are app/pagefind's.
      expect(meta.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(manifest.headers()['cache-control']).toBe('public, max-age=0');
      const again = await request.get('/pagefind/indexes.json', {
        headers: { 'If-None-Match': manifest.headers().etag ?? '' },
      });
      expect(again.status()).toBe(304);
    }
    for (const made of [
      '/pagefind/base-ids.json',
      `${newest?.url}pagefind.en_0000000000.pf_meta`,
      '/pagefind/1999/pagefind.js',
    ]) {
      expect((await request.get(made)).status(), made).toBe(404);
    }
  });

  test('has no publish delta after a build (and the static export has none at all)', async ({ request }) => {
    const pointer = await request.get('/pagefind-delta/current.json');
    expect(pointer.status()).toBe(200); // a 404 would be a console error on every search
    expect(await pointer.json()).toBeNull();
  });

  test('ships its script only on /search', async ({ page }) => {
    const loaded: string[] = [];
    page.on('request', (request) => loaded.push(request.url()));
    await page.goto(SEOUL.url);
    await page.waitForLoadState('networkidle');
    expect(loaded.filter((url) => new URL(url).pathname.startsWith('/pagefind'))).toEqual([]);
  });
});
