/**
 * Embeds and galleries as a reader uses them (issue 13). Embeds: nothing leaves 127.0.0.1
 * before the reader clicks; the click loads the provider's frame (a stub page fulfilled here,
 * so nothing reaches the network); without JavaScript the reader gets a link. Galleries: a grid
 * of links to the full-size files without JavaScript; with it, a viewer addressed by the URL
 * hash, driven by keyboard, Back and swipes. Runs at 360 and 1280 px (both projects).
 */
import { type BrowserContext, expect, type Page, test } from '@playwright/test';

import { article, articles } from './sample';

const EMBEDS = article('aireside-festival-closes-with-open-film-night');
const GALLERY = article('fernhill-coast-storm-clean-up-in-pictures');
const PLAIN = article('moon-seeks-us-backing-korean-war-end');

const attribute = (tag: string, name: string) => new RegExp(`${name}="([^"]*)"`).exec(tag)?.[1] ?? '';
const YOUTUBE_ID = attribute(/<YouTube [^>]*>/.exec(EMBEDS.body)?.[0] ?? '', 'id');
const BLUESKY_URL = attribute(/<BlueskyPost[^>]*>/.exec(EMBEDS.body)?.[0] ?? '', 'url');
const GALLERY_TITLE = attribute(/<Gallery [^>]*>/.exec(GALLERY.body)?.[0] ?? '', 'title');
const PHOTOS = [...GALLERY.body.matchAll(/<Photo [^>]*\/>/g)].map(([tag]) => ({
  src: attribute(tag, 'src'),
  alt: attribute(tag, 'alt'),
  caption: attribute(tag, 'caption'),
  credit: attribute(tag, 'credit'),
}));
const GALLERY_ID = 'gallery-the-clean-up-on-fernhill-seafront';

test('the sample has the stories this spec reads', () => {
  expect(YOUTUBE_ID).toMatch(/^[\w-]{11}$/);
  expect(BLUESKY_URL).toMatch(/^https:\/\/bsky\.app\//);
  expect(GALLERY_TITLE).toBe('The clean-up on Fernhill seafront');
  expect(PHOTOS.length).toBeGreaterThanOrEqual(4);
});

/**
 * Routes every request that is not for 127.0.0.1: before `allow` is called each one is recorded
 * and aborted (the test then fails on the list); afterwards, frames of the allowed origins get
 * a small stub page, so the click is seen to work without the network.
 */
async function guardNetwork(context: BrowserContext) {
  const leaked: string[] = [];
  const framed: string[] = [];
  const allowed = new Set<string>();
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === '127.0.0.1') return route.continue();
    if (allowed.has(url.origin) && route.request().resourceType() === 'document') {
      framed.push(url.href);
      return route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><html lang="en"><title>Stub</title><main><p>Stub frame from ${url.origin}</p></main></html>`,
      });
    }
    leaked.push(url.href);
    return route.abort();
  });
  return { leaked, framed, allow: (origin: string) => allowed.add(origin) };
}

/** Records Content-Security-Policy violations from inside the page. */
async function watchViolations(page: Page) {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.effectiveDirective} blocked ${event.blockedURI}`);
    });
  });
  return () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
}

/** Scrolls to the bottom and waits for the network to go quiet, so lazy loads and prefetches happen. */
async function settle(page: Page) {
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await page.waitForLoadState('networkidle');
}

test.describe('embeds', () => {
  test('nothing is requested from a third party until the reader clicks; the click loads that provider only', async ({
    page,
    context,
  }) => {
    const network = await guardNetwork(context);
    const violations = await watchViolations(page);
    await page.goto(EMBEDS.url);
    await settle(page);
    expect(network.leaked, 'requests that left 127.0.0.1 before a click').toEqual([]);
    await expect(page.locator('iframe')).toHaveCount(0);

    const video = page.getByRole('figure').filter({ hasText: 'Video · YouTube' });
    await expect(video).toContainText(/Big Buck Bunny/);
    await expect(page.getByRole('link', { name: /^Watch on YouTube/ })).toHaveAttribute(
      'href',
      `https://www.youtube.com/watch?v=${YOUTUBE_ID}`,
    );

    network.allow('https://www.youtube-nocookie.com');
    await page.getByRole('button', { name: 'Load video (YouTube may set cookies)' }).click();
    const frame = page.locator('iframe');
    await expect(frame).toHaveCount(1);
    await expect(frame).toHaveAttribute('src', `https://www.youtube-nocookie.com/embed/${YOUTUBE_ID}`);
    // The player may run its script and go full screen, never navigate the story's page.
    const sandbox = (await frame.getAttribute('sandbox'))?.split(' ') ?? [];
    expect(sandbox).toEqual(expect.arrayContaining(['allow-scripts', 'allow-same-origin', 'allow-presentation']));
    expect(sandbox.filter((token) => token.startsWith('allow-top-navigation'))).toEqual([]);
    await expect(
      page.frameLocator('iframe').getByText('Stub frame from https://www.youtube-nocookie.com'),
    ).toBeVisible();
    // The button is gone; keyboard focus moved into what it loaded.
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('IFRAME');
    await expect(page.getByRole('button', { name: /^Load video/ })).toHaveCount(0);
    // The other embed still loaded nothing.
    await settle(page);
    expect(network.leaked).toEqual([]);
    expect(network.framed).toEqual([`https://www.youtube-nocookie.com/embed/${YOUTUBE_ID}`]);

    network.allow('https://embed.bsky.app');
    await page.getByRole('button', { name: 'Load post (Bluesky may set cookies)' }).click();
    await expect(page.locator('iframe')).toHaveCount(2);
    await expect(page.locator('iframe').nth(1)).toHaveAttribute('src', /^https:\/\/embed\.bsky\.app\/embed\//);
    await expect(page.locator('iframe').nth(1)).toHaveAttribute(
      'sandbox',
      'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox',
    );
    await expect(
      page.frameLocator('iframe >> nth=1').getByText('Stub frame from https://embed.bsky.app'),
    ).toBeVisible();
    expect(await violations()).toEqual([]);
    expect(network.leaked).toEqual([]);
  });

  test('reached by a client-side navigation, the click reloads the page for its own policy and then loads the frame', async ({
    page,
    context,
  }) => {
    const network = await guardNetwork(context);
    const violations = await watchViolations(page);
    // Reader pages load whole pages (decision 027); /search runs Next's runtime, so from there the
    // section front and then the story open client-side.
    await page.goto('/search');
    await page
      .getByRole('navigation', { name: 'Sections', exact: true })
      .getByRole('link', { name: /entertainment/i })
      .click();
    await expect(page).toHaveURL(`/${EMBEDS.section}`);
    await page.getByRole('link', { name: EMBEDS.title }).first().click();
    await expect(page).toHaveURL(EMBEDS.url);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(EMBEDS.title);
    // It really was a client-side navigation: the document is still /search's.
    expect(await page.evaluate(() => new URL(performance.getEntriesByType('navigation')[0]!.name).pathname)).toBe(
      '/search',
    );
    expect(network.leaked).toEqual([]);

    network.allow('https://www.youtube-nocookie.com');
    await page.getByRole('button', { name: 'Load video (YouTube may set cookies)' }).click();
    await expect(
      page.frameLocator('iframe').getByText('Stub frame from https://www.youtube-nocookie.com'),
    ).toBeVisible();
    expect(await page.evaluate(() => new URL(performance.getEntriesByType('navigation')[0]!.name).pathname)).toBe(
      EMBEDS.url,
    );
    expect(await violations()).toEqual([]);
    expect(network.leaked).toEqual([]);
  });

  test('without JavaScript the reader gets the placeholder and a plain link to each original', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const network = await guardNetwork(context);
    const page = await context.newPage();
    await page.goto(EMBEDS.url);
    await settle(page);
    await expect(page.getByText('Video · YouTube')).toBeVisible();
    await expect(page.getByRole('link', { name: /^Watch on YouTube/ })).toBeVisible();
    await expect(page.getByRole('link', { name: /^View on Bluesky/ })).toHaveAttribute('href', BLUESKY_URL);
    // A button that could do nothing is not shown.
    await expect(page.getByRole('button', { name: /^Load (video|post)/ })).toHaveCount(0);
    await expect(page.locator('iframe')).toHaveCount(0);
    expect(network.leaked).toEqual([]);
    await context.close();
  });

  test('pages without an embed or a gallery load neither script, prefetches included', async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (/\/js\/(embeds|gallery)\.js$/.test(request.url())) scripts.push(request.url());
    });
    for (const url of ['/', `/${PLAIN.section}`, PLAIN.url]) {
      await page.goto(url);
      await settle(page);
    }
    expect(scripts).toEqual([]);
    await page.goto(EMBEDS.url);
    await settle(page);
    expect(scripts.map((url) => new URL(url).pathname)).toEqual(['/js/embeds.js']);
  });
});

const item = (page: Page, n: number) => page.locator(`#${GALLERY_ID}-${n}`);
const viewer = (page: Page) => page.getByRole('dialog');

test.describe('gallery', () => {
  test('without JavaScript: a grid of every picture, each linking to its full-size file, with caption and credit', async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(GALLERY.url);
    const gallery = page.getByRole('region', { name: GALLERY_TITLE });
    await expect(gallery.getByRole('listitem')).toHaveCount(PHOTOS.length);
    for (const [index, photo] of PHOTOS.entries()) {
      const link = gallery.getByRole('link', { name: photo.alt, exact: true });
      await expect(link).toHaveAttribute('href', photo.src);
      await expect(item(page, index + 1)).toContainText(photo.caption);
      await expect(item(page, index + 1)).toContainText(photo.credit);
    }
    const full = await page.request.get(PHOTOS[0]!.src);
    expect(full.status()).toBe(200);
    expect(full.headers()['content-type']).toBe('image/jpeg');
    // A shared link to a picture scrolls to it.
    await page.goto(`${GALLERY.url}#${GALLERY_ID}-4`);
    await expect(item(page, 4)).toBeInViewport();
    await context.close();
  });

  test('by keyboard: Enter opens the picture, arrows move, focus stays inside, Escape closes and returns focus', async ({
    page,
  }) => {
    await page.goto(GALLERY.url);
    await item(page, 1).getByRole('link').focus();
    await page.keyboard.press('Enter');
    await expect(viewer(page)).toBeVisible();
    await expect(page).toHaveURL(`${GALLERY.url}#${GALLERY_ID}-1`);
    await expect(viewer(page)).toHaveAccessibleName(`${GALLERY_TITLE}: picture 1 of ${PHOTOS.length}`);
    await expect(viewer(page).getByRole('img')).toHaveAttribute('alt', PHOTOS[0]!.alt);
    await expect(viewer(page)).toContainText(PHOTOS[0]!.caption);

    await page.keyboard.press('ArrowRight');
    await expect(viewer(page)).toHaveAccessibleName(`${GALLERY_TITLE}: picture 2 of ${PHOTOS.length}`);
    await expect(viewer(page).getByRole('img')).toHaveAttribute('alt', PHOTOS[1]!.alt);
    await expect(page).toHaveURL(`${GALLERY.url}#${GALLERY_ID}-2`);
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await expect(viewer(page)).toHaveAccessibleName(`${GALLERY_TITLE}: picture ${PHOTOS.length} of ${PHOTOS.length}`);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');

    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => Boolean(document.activeElement?.closest('dialog')))).toBe(true);
    }

    await page.keyboard.press('Escape');
    await expect(viewer(page)).toBeHidden();
    await expect(page).toHaveURL(GALLERY.url);
    await expect(item(page, 2).getByRole('link')).toBeFocused();
  });

  test('the address: Back closes the picture, Forward reopens it, a shared link opens it and Close keeps the reader on the page', async ({
    page,
  }) => {
    await page.goto(GALLERY.url);
    await item(page, 3).getByRole('link').click();
    await expect(viewer(page)).toBeVisible();
    await expect(page).toHaveURL(`${GALLERY.url}#${GALLERY_ID}-3`);
    await expect
      .poll(() =>
        viewer(page)
          .getByRole('img')
          .evaluate((image: HTMLImageElement) => image.currentSrc),
      )
      .toContain('fernhill-storm-clean-up-3');

    await page.goBack();
    await expect(viewer(page)).toBeHidden();
    await expect(page).toHaveURL(GALLERY.url);
    await page.goForward();
    await expect(viewer(page)).toHaveAccessibleName(`${GALLERY_TITLE}: picture 3 of ${PHOTOS.length}`);
    await page.goBack();
    await expect(viewer(page)).toBeHidden();

    await page.goto(`${GALLERY.url}#${GALLERY_ID}-4`);
    await expect(viewer(page)).toHaveAccessibleName(`${GALLERY_TITLE}: picture 4 of ${PHOTOS.length}`);
    await viewer(page).getByRole('button', { name: 'Close' }).click();
    await expect(viewer(page)).toBeHidden();
    await expect(page).toHaveURL(GALLERY.url);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(GALLERY.title);
    // A click with a modifier still follows the link (a new tab), so the viewer stays shut.
    const [popup] = await Promise.all([
      page.context().waitForEvent('page'),
      item(page, 1)
        .getByRole('link')
        .click({ modifiers: [process.platform === 'darwin' ? 'Meta' : 'Control'] }),
    ]);
    await expect(viewer(page)).toBeHidden();
    await popup.close();
  });

  test('an address that names no picture, or a malformed one, opens nothing and leaves the viewer working', async ({
    page,
  }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    for (const hash of ['#%E0%A4', `#${GALLERY_ID}-99`, '#main']) {
      await page.goto(`${GALLERY.url}${hash}`);
      await expect(item(page, 1)).toBeVisible();
      await expect(viewer(page)).toHaveCount(0);
    }
    await item(page, 2).getByRole('link').click();
    await expect(viewer(page)).toHaveAccessibleName(`${GALLERY_TITLE}: picture 2 of ${PHOTOS.length}`);
    expect(errors).toEqual([]);
  });

  test('a sideways swipe turns the picture', async ({ page }) => {
    await page.goto(`${GALLERY.url}#${GALLERY_ID}-1`);
    await expect(viewer(page)).toBeVisible();
    const box = (await viewer(page).locator('.lightbox-stage').boundingBox())!;
    const y = box.y + box.height / 2;
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 1 });
    const swipe = async (from: number, to: number) => {
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: from, y }] });
      for (const x of [from + (to - from) / 2, to])
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y }] });
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    };
    await swipe(box.x + box.width * 0.8, box.x + box.width * 0.2);
    await expect(viewer(page)).toHaveAccessibleName(`${GALLERY_TITLE}: picture 2 of ${PHOTOS.length}`);
    await swipe(box.x + box.width * 0.2, box.x + box.width * 0.8);
    await expect(viewer(page)).toHaveAccessibleName(`${GALLERY_TITLE}: picture 1 of ${PHOTOS.length}`);
    await expect(page).toHaveURL(`${GALLERY.url}#${GALLERY_ID}-1`);
  });
});

test('the sample stories are published', () => {
  expect(articles.map((story) => story.slug)).toEqual(expect.arrayContaining([EMBEDS.slug, GALLERY.slug]));
});
