import { expect, type Page, test } from '@playwright/test';

const menuButton = (page: Page) => page.getByRole('banner').locator('summary', { hasText: 'Menu' });
const menu = (page: Page) => page.getByRole('navigation', { name: 'Menu' });

test.describe('menu', () => {
  test('opens and is used with the keyboard alone, and closes on Escape', async ({ page }) => {
    await page.goto('/world');
    await expect(menu(page)).toBeHidden();
    // Skip link first, then the menu button.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(menuButton(page)).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(menu(page)).toBeVisible();
    await expect(menu(page).locator('[aria-current="page"]')).toHaveText('World');
    await page.keyboard.press('Tab');
    await expect(menu(page).getByRole('link', { name: 'Top News' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(menu(page)).toBeHidden();
    await expect(menuButton(page)).toBeFocused();
    // Space opens it too, and a link in it is followed with Enter.
    await page.keyboard.press(' ');
    await expect(menu(page)).toBeVisible();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(menu(page).getByRole('link', { name: 'World' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(menu(page).getByRole('link', { name: 'UK' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL('/uk');
    await expect(
      page.getByRole('navigation', { name: 'Sections', exact: true }).locator('[aria-current="page"]'),
    ).toHaveText('UK');
  });

  test('its touch targets are at least 44 px tall', async ({ page }) => {
    await page.goto('/');
    await menuButton(page).click();
    const boxes = await menu(page)
      .getByRole('link')
      .evaluateAll((links) => links.map((link) => link.getBoundingClientRect().height));
    expect(Math.min(...boxes, (await menuButton(page).boundingBox())!.height)).toBeGreaterThanOrEqual(44);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the menu still opens and its links work; the theme switch, which needs script, is not offered', async ({
    page,
  }) => {
    await page.goto('/');
    await menuButton(page).click();
    await expect(menu(page)).toBeVisible();
    await menu(page).getByRole('link', { name: 'Archive' }).click();
    await expect(page).toHaveURL('/archive');
    await expect(page.getByRole('button', { name: /theme/ })).toHaveCount(0);
  });
});

/** The page background at the first frame the browser renders, recorded before any page script runs. */
async function recordFirstPaint(page: Page) {
  await page.addInitScript(() => {
    const record = window as unknown as { __firstPaint?: { background: string; theme: string | null } };
    requestAnimationFrame(() => {
      record.__firstPaint = {
        background: getComputedStyle(document.querySelector('body') ?? document.documentElement).backgroundColor,
        theme: document.documentElement.getAttribute('data-theme'),
      };
    });
  });
}
const firstPaint = (page: Page) =>
  page
    .waitForFunction(() => (window as unknown as { __firstPaint?: unknown }).__firstPaint)
    .then((handle) => handle.jsonValue()) as Promise<{ background: string; theme: string | null }>;
const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

const LIGHT = 'rgb(255, 255, 255)';
const DARK = 'rgb(18, 20, 24)';

test.describe('dark mode', () => {
  test('follows the system setting when the reader has not chosen', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/');
    expect(await background(page)).toBe(DARK);
    await page.emulateMedia({ colorScheme: 'light' });
    expect(await background(page)).toBe(LIGHT);
  });

  test('the switch is remembered across a reload, with no flash of the other theme', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('/world');
    expect(await background(page)).toBe(LIGHT);
    await page.getByRole('button', { name: 'Dark theme' }).click();
    expect(await background(page)).toBe(DARK);
    await expect(page.getByRole('button', { name: 'Light theme' })).toBeVisible();

    await recordFirstPaint(page);
    await page.reload();
    expect(await firstPaint(page)).toEqual({ background: DARK, theme: 'dark' });
    await page.goto('/tag');
    expect(await firstPaint(page)).toEqual({ background: DARK, theme: 'dark' });

    // Back to light, against a dark system setting: also remembered, also without a flash.
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.getByRole('button', { name: 'Light theme' }).click();
    expect(await background(page)).toBe(LIGHT);
    await page.reload();
    expect(await firstPaint(page)).toEqual({ background: LIGHT, theme: 'light' });
  });

  test('the same small head script is on every page', async ({ request }) => {
    const scripts = new Set<string>();
    for (const url of ['/', '/world', '/tag', '/archive', '/no-such-page']) {
      const html = await (await request.get(url)).text();
      const head = html.slice(0, html.indexOf('</head>'));
      const inline = [...head.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((match) => match[1]);
      expect(inline, url).toHaveLength(1);
      scripts.add(inline[0]!);
    }
    expect(scripts.size).toBe(1);
    expect([...scripts][0]!.length).toBeLessThan(1500);
  });
});
