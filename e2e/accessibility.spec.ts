import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

import { article } from './sample';

const PAGES = [
  article('moon-seeks-us-backing-korean-war-end').url, // agency copy, hero image, dateline
  article('substation-fire-cuts-power-across-north').url, // breaking, FactBox, ALSO READ, update
  article('swiss-glaciers-record-steepest-ice-loss').url, // Figure in the body
  article('households-fall-behind-on-energy-bills').url, // corrections above the story
  '/corrections',
];

/** One page of every type the fronts add; articles are covered above. */
const FRONTS = [
  '/',
  '/world',
  '/world/page/2',
  '/tag',
  '/tag/sao-paulo',
  '/author/grace-whitfield',
  '/archive',
  '/archive/2026/11',
  '/about',
  '/no-such-page',
];

async function violations(page: import('@playwright/test').Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
  );
}

test.describe('accessibility of embeds and galleries, closed and open', () => {
  const EMBEDS = article('aireside-festival-closes-with-open-film-night').url;
  const GALLERY = article('fernhill-coast-storm-clean-up-in-pictures').url;

  test(`axe finds no violations on ${EMBEDS} before and after a video is loaded`, async ({ page, context }) => {
    // The provider's frame is a stub page: nothing reaches the network.
    await context.route('https://www.youtube-nocookie.com/**', (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: '<!doctype html><html lang="en"><title>Stub player</title><p>Stub player</p></html>',
      }),
    );
    await page.goto(EMBEDS);
    expect(await violations(page)).toEqual([]);
    await page.getByRole('button', { name: /^Load video/ }).click();
    await expect(page.frameLocator('iframe').getByText('Stub player')).toBeVisible();
    expect(await violations(page)).toEqual([]);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`axe finds no violations on ${GALLERY} with the viewer closed and open, ${colorScheme} theme`, async ({
      page,
    }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(GALLERY);
      expect(await violations(page)).toEqual([]);
      await page.locator('a[data-photo]').first().click();
      await expect(page.getByRole('dialog')).toBeVisible();
      expect(await violations(page)).toEqual([]);
    });
  }
});

test.describe('accessibility of fronts, navigation and 404', () => {
  for (const url of FRONTS) {
    test(`axe finds no violations on ${url}, in the light and the dark theme`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: 'light' });
      await page.goto(url);
      expect(await violations(page)).toEqual([]);
      await page.emulateMedia({ colorScheme: 'dark' });
      expect(await violations(page)).toEqual([]);
    });
  }

  test('axe finds no violations with the menu open', async ({ page }) => {
    await page.goto('/world');
    await page.getByRole('banner').locator('summary').click();
    await expect(page.getByRole('navigation', { name: 'Menu' })).toBeVisible();
    expect(await violations(page)).toEqual([]);
  });
});

test.describe('accessibility', () => {
  for (const url of PAGES) {
    test(`axe finds no violations on ${url}`, async ({ page }) => {
      await page.goto(url);
      const results = await new AxeBuilder({ page }).analyze();
      const summary = results.violations.map(
        (violation) => `${violation.id}: ${violation.help} (${violation.nodes.length})`,
      );
      expect(summary).toEqual([]);
    });
  }

  test('the skip link is the first stop for the keyboard and moves focus to the main content', async ({ page }) => {
    await page.goto(PAGES[0]!);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#main$/);
    await expect(page.getByRole('main')).toBeFocused();
    // The next Tab lands inside the main content, past the masthead and navigation.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest('main')))).toBe(true);
  });

  test('has the landmarks a screen reader user expects', async ({ page }) => {
    await page.goto(PAGES[0]!);
    await expect(page.getByRole('banner')).toHaveCount(1);
    await expect(page.getByRole('navigation', { name: 'Sections', exact: true })).toBeVisible();
    await expect(page.getByRole('main')).toHaveCount(1);
    await expect(page.getByRole('complementary', { name: "Don't Miss" })).toHaveCount(1);
    await expect(page.getByRole('contentinfo')).toHaveCount(1);
  });
});
