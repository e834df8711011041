/**
 * Live blogs as a reader uses them (docs/decisions/029): the ended sample with its pinned post,
 * key events and older pages; the sample that is live at DATELINE_NOW, with its LIVE label, its
 * JSON and its auto-update (fed here by rewriting responses; e2e/publish.publish.ts adds a real
 * post with `npm run publish`); and what a reader without JavaScript sees.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';

import { liveBlogs, type SampleLiveBlog } from './sample';
import { testEnv } from './support/test-env';

const ENDED = liveBlogs.find((blog) => blog.status === 'ended' && blog.posts.length >= 20) as SampleLiveBlog;
const LIVE = liveBlogs.find((blog) => blog.status === 'live') as SampleLiveBlog;
const PAGE_SIZE = 10;

const postIds = (page: Page) =>
  page.locator('#live-posts > article').evaluateAll((posts) => posts.map((post) => post.id.replace(/^post-/, '')));

test.describe('an ended live blog', () => {
  const pinned = ENDED.posts.find((post) => post.pinned)!;
  const stream = ENDED.posts.filter((post) => post !== pinned);

  test('shows the pinned post first, the key events, then the newest posts with their anchors and times', async ({
    page,
  }) => {
    expect(pinned, 'the sample has a pinned post').toBeDefined();
    expect(ENDED.posts.length).toBeGreaterThanOrEqual(20);
    await page.goto(ENDED.url);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(ENDED.title);
    await expect(page.getByTestId('live-status')).toContainText('This live blog has ended.');
    await expect(page.locator('main').getByText('Live', { exact: true })).toHaveCount(0);

    const pinnedBox = page.getByRole('region', { name: 'Pinned post' });
    await expect(pinnedBox.locator('article')).toHaveAttribute('id', `post-${pinned.id}`);
    // The pinned post comes before every other post, and is not repeated below.
    const order = await page.locator('article[id^="post-"]').evaluateAll((posts) => posts.map((post) => post.id));
    expect(order[0]).toBe(`post-${pinned.id}`);
    expect(order.filter((id) => id === `post-${pinned.id}`)).toHaveLength(1);

    expect(await postIds(page)).toEqual(stream.slice(0, PAGE_SIZE).map((post) => post.id));
    const times = await page
      .locator('#live-posts > article time')
      .evaluateAll((list) => list.map((time) => Date.parse(time.getAttribute('datetime')!)));
    expect(times).toEqual([...times].sort((a, b) => b - a));

    const keyEvents = page.getByRole('navigation', { name: 'Key events' }).getByRole('link');
    const expected = ENDED.posts.filter((post) => post.keyEvent);
    await expect(keyEvents).toHaveCount(expected.length);
    for (const [i, post] of expected.entries()) await expect(keyEvents.nth(i)).toContainText(post.title!);
  });

  test('a key event on the first page jumps to its post; one further back opens the page that starts with it', async ({
    page,
  }) => {
    await page.goto(ENDED.url);
    const keyEvents = page.getByRole('navigation', { name: 'Key events' });
    const onFirst = stream.slice(0, PAGE_SIZE).find((post) => post.keyEvent)!;
    await keyEvents.getByRole('link', { name: onFirst.title }).click();
    await expect(page).toHaveURL(new RegExp(`${ENDED.url}#post-${onFirst.id}$`));
    await expect(page.locator(`#post-${onFirst.id}`)).toBeInViewport();

    const further = stream.slice(PAGE_SIZE).find((post) => post.keyEvent)!;
    await keyEvents.getByRole('link', { name: further.title }).click();
    await expect(page).toHaveURL(new RegExp(`${ENDED.url}/page/${further.id}#post-${further.id}$`));
    await expect(page.locator(`#post-${further.id}`)).toBeInViewport();
  });

  test('older pages are addressed by post and link on to the oldest post', async ({ page }) => {
    await page.goto(ENDED.url);
    const seen = await postIds(page);
    while (await page.getByRole('link', { name: 'Older posts →' }).count()) {
      const older = page.getByRole('link', { name: 'Older posts →' });
      const href = (await older.getAttribute('href'))!;
      await older.click();
      await page.waitForURL(`**${href}`);
      const ids = await postIds(page);
      // The page is named by its first post.
      expect(href).toBe(`${ENDED.url}/page/${ids[0]}`);
      await expect(page.getByRole('link', { name: '← Newest posts' })).toHaveAttribute('href', ENDED.url);
      seen.push(...ids);
    }
    // Every post once, newest first, to the oldest: the pinned one (shown first on the newest page)
    // is left out of that page's list, and older pages show it in its place in time.
    expect(seen).toEqual(ENDED.posts.map((post) => post.id));
  });

  test('carries LiveBlogPosting JSON-LD with the coverage times and its newest posts', async ({ page }) => {
    await page.goto(ENDED.url);
    const blocks = await page
      .locator('script[type="application/ld+json"]')
      .evaluateAll((scripts) => scripts.map((script) => JSON.parse(script.textContent) as Record<string, unknown>));
    const posting = blocks.find((block) => block['@type'] === 'LiveBlogPosting')!;
    expect(posting).toMatchObject({
      headline: ENDED.title,
      coverageStartTime: new Date(ENDED.coverageStart).toISOString(),
      coverageEndTime: new Date(ENDED.coverageEnd!).toISOString(),
    });
    const updates = posting.liveBlogUpdate as { url: string; datePublished: string }[];
    expect(updates.map((update) => update.url.split('#')[1])).toEqual(
      ENDED.posts.slice(0, 10).map((post) => `post-${post.id}`),
    );
  });
});

test.describe('a live blog while live', () => {
  test('is labelled LIVE on its page, on its section front and on the home page', async ({ page }) => {
    await page.goto(LIVE.url);
    await expect(page.getByRole('main').getByText('Live', { exact: true }).first()).toBeVisible();
    await expect(page.getByTestId('rendered-at')).toContainText('Posts as of November 28, 2026 at 12:00 PM GMT');
    for (const front of [`/${LIVE.section}`, '/']) {
      await page.goto(front);
      const card = page
        .locator('article, li')
        .filter({ has: page.getByRole('link', { name: LIVE.title }) })
        .first();
      await expect(card.getByText('Live', { exact: true })).toBeVisible();
    }
  });

  test('answers its JSON of posts with an ETag, and a poll that has it with 304 Not Modified', async ({ request }) => {
    const first = await request.get(`${LIVE.url}/posts.json`);
    expect(first.status()).toBe(200);
    const body = (await first.json()) as { status: string; posts: { id: string }[] };
    expect(body.status).toBe('live');
    expect(body.posts.map((post) => post.id)).toEqual(LIVE.posts.slice(0, 10).map((post) => post.id));
    // The static export writes the same JSON as a file; conditional requests are then the host's
    // business (nginx and CDNs answer them; the test's plain file server does not).
    if (testEnv('E2E_STATIC_HOST')) return;
    const etag = first.headers().etag!;
    expect(etag).toMatch(/^".+"$/);
    const again = await request.get(`${LIVE.url}/posts.json`, { headers: { 'If-None-Match': etag } });
    expect(again.status()).toBe(304);
    expect((await again.body()).length).toBe(0);
  });

  test('without JavaScript shows the posts of its last render and says when that was', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(LIVE.url);
    await expect(page.getByTestId('rendered-at')).toContainText('Posts as of');
    await expect(page.getByTestId('rendered-at')).toContainText('reload the page');
    expect(await postIds(page)).toEqual(
      LIVE.posts
        .filter((post) => !post.pinned)
        .slice(0, PAGE_SIZE)
        .map((post) => post.id),
    );
    await context.close();
  });
});

test.describe('auto-update', () => {
  const NEW_ID = 'zz-new-post';

  /** The server's answers with one more post: the JSON names it and the page's HTML has it. */
  async function withNewPost(page: Page) {
    let polls = 0;
    await page.route(`**${LIVE.url}/posts.json`, async (route) => {
      polls += 1;
      const response = await route.fetch();
      const json = (await response.json()) as { posts: { id: string; time: string }[] };
      json.posts.unshift({ id: NEW_ID, time: '2026-11-28T11:59:00.000Z' });
      await route.fulfill({ response, json, headers: { ...response.headers(), etag: '"with-new-post"' } });
    });
    await page.route(`**${LIVE.url}`, async (route) => {
      if (route.request().resourceType() === 'document') return route.continue();
      const response = await route.fetch();
      const html = (await response.text()).replace(
        '<div id="live-posts">',
        `<div id="live-posts"><article id="post-${NEW_ID}" data-post-id="${NEW_ID}" tabindex="-1" class="live-post"><h2>A runner proposes at the finish line</h2><p>She said yes.</p></article>`,
      );
      await route.fulfill({ response, body: html });
    });
    return () => polls;
  }

  test('inserts a new post at the top without a reload, announcing it politely, focus untouched', async ({ page }) => {
    await page.clock.install();
    const polls = await withNewPost(page);
    await page.goto(LIVE.url);
    await page.evaluate(() => ((window as unknown as { marker: boolean }).marker = true));
    const focused = await page.evaluate(() => document.activeElement?.tagName);
    await page.clock.fastForward(25_000);
    await expect(page.locator(`#live-posts > article`).first()).toHaveAttribute('id', `post-${NEW_ID}`);
    await expect(page.getByTestId('live-announcer')).toHaveText('1 new post');
    expect(polls()).toBeGreaterThan(0);
    // The same document (no reload), and focus where it was.
    expect(await page.evaluate(() => (window as unknown as { marker?: boolean }).marker)).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe(focused);
  });

  test('holds new posts behind a "Show 1 new post" button for a reader scrolled into the posts', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.clock.install();
    await withNewPost(page);
    await page.goto(LIVE.url);
    const oldest = page.locator('#live-posts > article').last();
    await oldest.scrollIntoViewIfNeeded();
    const before = await page.evaluate(() => scrollY);
    await page.clock.fastForward(25_000);
    const button = page.getByRole('button', { name: 'Show 1 new post' });
    await expect(button).toBeVisible();
    await expect(page.locator(`#post-${NEW_ID}`)).toHaveCount(0);
    expect(await page.evaluate(() => scrollY)).toBe(before);
    await button.click();
    await expect(page.locator(`#post-${NEW_ID}`)).toBeFocused();
    await expect(page.locator(`#post-${NEW_ID}`)).toBeInViewport();
    await expect(button).toHaveCount(0);
  });

  test('does not poll while the tab is hidden, nor on an ended blog', async ({ page }) => {
    await page.clock.install();
    const polls = await withNewPost(page);
    await page.goto(LIVE.url);
    await page.evaluate(() => {
      Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
      document.dispatchEvent(new Event('visibilitychange'));
    });
    await page.clock.fastForward(65_000);
    expect(polls()).toBe(0);

    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(ENDED.url);
    await page.clock.fastForward(65_000);
    expect(requests.filter((url) => url.endsWith('/posts.json'))).toEqual([]);
  });
});

test.describe('accessibility of live blogs', () => {
  for (const url of [() => LIVE.url, () => ENDED.url, () => `${ENDED.url}/page/${ENDED.posts[PAGE_SIZE + 1]!.id}`]) {
    test(`axe finds no violations on ${url()}`, async ({ page }) => {
      await page.goto(url());
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
    });
  }
});
