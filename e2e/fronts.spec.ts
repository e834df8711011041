import { expect, type Page, test } from '@playwright/test';

import { articles, author, sectionStories, sectionTitle } from './sample';

const PAGE_SIZE = 20; // lib/site.ts pageSize
const WORLD = sectionStories('world');
const WORLD_PAGES = Math.ceil(WORLD.length / PAGE_SIZE);

async function open(page: Page, url: string) {
  const response = await page.goto(url);
  expect(response?.status(), `${url} should load`).toBe(200);
}

const stream = (page: Page) => page.getByRole('main').getByRole('list', { name: /^Stories in / });
const headlines = async (page: Page) => stream(page).getByRole('heading').allTextContents();

test.describe('home front', () => {
  test('leads with the featured story and shows top stories, section blocks, Latest and Don’t Miss', async ({
    page,
  }) => {
    await open(page, '/');
    const featured = articles.filter((story) => story.featured).sort((a, b) => Date.parse(b.date) - Date.parse(a.date));
    const lead = page.getByRole('region', { name: 'Lead story' });
    await expect(lead.getByRole('heading', { level: 2 })).toHaveText(featured[0]!.title);
    await expect(lead.getByText(featured[0]!.dek)).toBeVisible();
    await expect(lead.getByRole('img')).toHaveAttribute('alt', featured[0]!.image!.alt);

    const top = page.getByRole('region', { name: 'Top stories' });
    // Featured stories first, topped up with the newest others, shown newest first.
    expect(await top.getByRole('heading', { level: 3 }).allTextContents()).toContain(featured[1]!.title);

    // One block per section that has stories, in the sections' order, each linking to its front.
    const blocks = page
      .getByRole('main')
      .getByRole('region')
      .filter({ has: page.getByRole('link', { name: /^More from / }) });
    const names = await blocks.locator('h2').allTextContents();
    expect(names).toEqual(['Top News', 'World', 'UK', 'Business', 'Lifestyle', 'Sports', 'Entertainment']);
    const worldBlock = page.getByRole('region', { name: 'World', exact: true });
    await expect(worldBlock.getByRole('link', { name: 'More from World' })).toHaveAttribute('href', '/world');

    // No headline is repeated between the lead, top stories and the section blocks.
    const shown = await page.getByRole('main').getByRole('heading', { level: 3 }).allTextContents();
    expect(new Set(shown).size).toBe(shown.length);
    expect(shown).not.toContain(featured[0]!.title);

    const newest = [...articles].sort((a, b) => Date.parse(b.date) - Date.parse(a.date));
    const latest = page.getByRole('region', { name: 'Latest', exact: true });
    await expect(latest.getByRole('link').first()).toHaveText(newest[0]!.title);
    const picks = page.getByRole('region', { name: "Don't Miss" });
    for (const link of await picks.getByRole('link').all()) {
      expect(articles.filter((story) => story.pick).map((story) => story.title)).toContain(await link.textContent());
    }
    await expect(page.locator('h1')).toHaveCount(1);
  });

  test('announces the breaking story published within the window before the build', async ({ page }) => {
    // npm test builds with DATELINE_NOW=2026-11-28T12:00:00Z; the window is 48 hours (lib/site.ts).
    const now = Date.parse('2026-11-28T12:00:00Z');
    const breaking = articles.filter(
      (story) => story.breaking && now - Date.parse(story.date) <= 48 * 3_600_000 && Date.parse(story.date) <= now,
    );
    expect(breaking.length, 'the sample has a breaking story inside the window').toBeGreaterThan(0);
    await open(page, '/');
    const banner = page.getByRole('region', { name: 'Breaking news' });
    await expect(banner.getByRole('link')).toHaveText(breaking[0]!.title);
    await banner.getByRole('link').click();
    await expect(page).toHaveURL(breaking[0]!.url);
    // The banner belongs to the home front only.
    await expect(page.getByRole('region', { name: 'Breaking news' })).toHaveCount(0);
  });
});

test.describe('section fronts', () => {
  test('list the section newest first with headline, standfirst, picture, byline and date', async ({ page }) => {
    await open(page, '/world');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Category: ${sectionTitle('world')}`);
    await expect(page.getByRole('main').getByText(/capitals, conflict zones and coastlines/)).toBeVisible();
    expect(await headlines(page)).toEqual(WORLD.slice(0, PAGE_SIZE).map((story) => story.title));
    const first = stream(page).getByRole('listitem').first();
    await expect(first.getByText(WORLD[0]!.dek)).toBeVisible();
    await expect(first.locator('time')).toHaveAttribute('datetime', new Date(WORLD[0]!.date).toISOString());
    const withImage = WORLD.slice(0, PAGE_SIZE).find((story) => story.image)!;
    await expect(stream(page).getByRole('img', { name: withImage.image!.alt })).toBeVisible();
    const staff = WORLD.slice(0, PAGE_SIZE).find((story) => story.authors?.length)!;
    const card = stream(page).getByRole('listitem').filter({ hasText: staff.title });
    await expect(card.getByRole('link', { name: author(staff.authors![0]!).name })).toHaveAttribute(
      'href',
      `/author/${staff.authors![0]}`,
    );
    const agency = WORLD.slice(0, PAGE_SIZE).find((story) => story.byline)!;
    await expect(
      stream(page).getByRole('listitem').filter({ hasText: agency.title }).getByText(`By ${agency.byline}`),
    ).toBeVisible();
  });

  test('marks the current section in the header, on the front and on its articles', async ({ page }) => {
    await open(page, '/world/page/2');
    const nav = page.getByRole('navigation', { name: 'Sections', exact: true });
    await expect(nav.locator('[aria-current="page"]')).toHaveText('World');
    await expect(nav.locator('[aria-current]')).toHaveCount(1);
    await open(page, WORLD[0]!.url);
    await expect(nav.locator('[aria-current="page"]')).toHaveText('World');
    await open(page, '/');
    await expect(nav.locator('[aria-current]')).toHaveCount(0);
  });

  test('pagination walks to the last page and back', async ({ page }) => {
    expect(WORLD_PAGES, 'the sample fills more than one page of World').toBeGreaterThan(1);
    await open(page, '/world');
    const pages = page.getByRole('navigation', { name: 'Pages of World' });
    await expect(pages.getByRole('link', { name: 'Page 1' })).toHaveAttribute('aria-current', 'page');
    await expect(page.locator('head link[rel="prev"]')).toHaveCount(0);
    await expect(page.locator('head link[rel="next"]')).toHaveAttribute('href', '/world/page/2');
    const seen: string[] = [];
    for (let n = 1; n <= WORLD_PAGES; n++) {
      await expect(page).toHaveURL(n === 1 ? '/world' : `/world/page/${n}`);
      await expect(pages.getByText(`Page ${n} of ${WORLD_PAGES}`)).toBeVisible();
      await expect(pages.locator('[aria-current="page"]')).toHaveText(String(n));
      seen.push(...(await headlines(page)));
      if (n < WORLD_PAGES) await pages.getByRole('link', { name: 'Next' }).click();
    }
    // Every story exactly once, in order, across the pages.
    expect(seen).toEqual(WORLD.map((story) => story.title));
    // On the last page there is no next; previous is a rel=prev link.
    await expect(pages.getByRole('link', { name: 'Next' })).toHaveCount(0);
    await expect(pages.getByRole('link', { name: 'Last' })).toHaveCount(0);
    await expect(page.locator('head link[rel="next"]')).toHaveCount(0);
    await expect(page.locator('head link[rel="prev"]')).toHaveAttribute(
      'href',
      WORLD_PAGES === 2 ? '/world' : `/world/page/${WORLD_PAGES - 1}`,
    );
    await expect(pages.getByRole('link', { name: 'Previous' })).toHaveAttribute('rel', 'prev');
    await pages.getByRole('link', { name: 'First' }).click();
    await expect(page).toHaveURL('/world');
    await expect(pages.getByText(`Page 1 of ${WORLD_PAGES}`)).toBeVisible();
    await pages.getByRole('link', { name: 'Last' }).click();
    await expect(page).toHaveURL(`/world/page/${WORLD_PAGES}`);
    await expect(pages.getByText(`Page ${WORLD_PAGES} of ${WORLD_PAGES}`)).toBeVisible();
    // Each Previous is a full navigation: wait for the page the reader lands on before the next
    // click, or a click can hit the page that is going away and the headlines be read mid-load.
    for (let n = WORLD_PAGES; n > 1; n--) {
      await pages.getByRole('link', { name: 'Previous' }).click();
      await expect(page).toHaveURL(n - 1 === 1 ? '/world' : `/world/page/${n - 1}`);
      await expect(pages.getByText(`Page ${n - 1} of ${WORLD_PAGES}`)).toBeVisible();
    }
    await expect.poll(() => headlines(page)).toEqual(WORLD.slice(0, PAGE_SIZE).map((story) => story.title));
  });

  test('page 1 lives only at the section URL and pages out of range are 404s', async ({ page, request }) => {
    const redirect = await request.get('/world/page/1', { maxRedirects: 0 });
    expect([301, 308]).toContain(redirect.status());
    expect(new URL(redirect.headers().location!, 'http://x').pathname).toBe('/world');
    for (const url of [
      `/world/page/${WORLD_PAGES + 1}`,
      '/world/page/0',
      '/world/page/02',
      '/world/page/two',
      '/uk/page/2',
      '/no-such-section',
      '/about/page/2',
    ]) {
      expect((await request.get(url)).status(), url).toBe(404);
    }
    await page.goto(`/world/page/${WORLD_PAGES + 1}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  });
});

test.describe('tags', () => {
  const saoPaulo = articles
    .filter((story) => story.tags?.includes('São Paulo'))
    .sort((a, b) => Date.parse(b.date) - Date.parse(a.date));

  test('a tag with accents keeps its spelling and round-trips through an ASCII URL', async ({ page }) => {
    expect(saoPaulo.length).toBeGreaterThan(1);
    await open(page, saoPaulo[0]!.url);
    await page.getByRole('list', { name: 'Topics' }).getByRole('link', { name: 'São Paulo' }).click();
    await expect(page).toHaveURL('/tag/sao-paulo');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Topic: São Paulo');
    expect(await headlines(page)).toEqual(saoPaulo.map((story) => story.title));
    await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Topics' }).click();
    await expect(page).toHaveURL('/tag');
    await page.getByRole('link', { name: /^São Paulo\b/ }).click();
    await expect(page).toHaveURL('/tag/sao-paulo');

    await open(page, '/tag/cote-d-ivoire');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText("Topic: Côte d'Ivoire");
  });

  test('the tag index lists every topic with its count; an unknown tag is a 404', async ({ page, request }) => {
    await open(page, '/tag');
    const all = new Set(articles.flatMap((story) => story.tags ?? []));
    const links = page.getByRole('main').getByRole('region').getByRole('link');
    await expect(links).toHaveCount(all.size);
    await expect(page.getByRole('link', { name: /^São Paulo/ })).toContainText(String(saoPaulo.length));
    expect((await request.get('/tag/no-such-topic')).status()).toBe(404);
    expect((await request.get('/tag/sao-paulo/page/2')).status()).toBe(404);
  });
});

test.describe('authors', () => {
  test('an author page shows the profile and their stories; bylines link there', async ({ page }) => {
    const theirs = articles
      .filter((story) => story.authors?.includes('grace-whitfield'))
      .sort((a, b) => Date.parse(b.date) - Date.parse(a.date) || a.slug.localeCompare(b.slug));
    await open(page, theirs[0]!.url);
    await page
      .getByRole('main')
      .locator('article header')
      .getByRole('link', { name: author('grace-whitfield').name })
      .click();
    await expect(page).toHaveURL('/author/grace-whitfield');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(author('grace-whitfield').name);
    const profile = page.getByRole('region', { name: `About ${author('grace-whitfield').name}` });
    await expect(profile.getByText(author('grace-whitfield').role)).toBeVisible();
    await expect(profile.locator('.prose p').first()).not.toBeEmpty();
    expect(await headlines(page)).toEqual(theirs.slice(0, PAGE_SIZE).map((story) => story.title));
  });
});

test.describe('archive', () => {
  const LONDON_MONTH = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/London',
    year: 'numeric',
    month: '2-digit',
  });

  test('lists months with counts and a month’s stories by day', async ({ page }) => {
    await open(page, '/archive');
    const november = articles.filter((story) => LONDON_MONTH.format(new Date(story.date)) === '2026-11');
    const link = page.getByRole('link', { name: /^November 2026/ });
    await expect(link).toContainText(`${november.length} stories`);
    await link.click();
    await expect(page).toHaveURL('/archive/2026/11');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Archive: November 2026');
    const days = page.getByRole('main').getByRole('heading', { level: 2 });
    const newestDay = new Intl.DateTimeFormat('en-US', {
      timeZone: 'Europe/London',
      weekday: 'long',
      month: 'long',
      day: 'numeric',
    }).format(new Date(Math.max(...november.map((story) => Date.parse(story.date)))));
    await expect(days.first()).toHaveText(newestDay);
    const titles = await page.getByRole('main').getByRole('heading', { level: 3 }).allTextContents();
    expect([...titles].sort()).toEqual(november.map((story) => story.title).sort());
    const months = page.getByRole('navigation', { name: 'Other months' });
    await expect(months.getByRole('link')).toHaveText(['← October 2026']);
    await months.getByRole('link').click();
    await expect(page).toHaveURL('/archive/2026/10');
    await expect(months.getByRole('link', { name: 'November 2026' })).toHaveAttribute('href', '/archive/2026/11');
    expect((await page.request.get('/archive/2026/12')).status()).toBe(404);
  });
});

test.describe('static pages and 404', () => {
  test('static pages are served at /<slug> from the footer', async ({ page }) => {
    await open(page, '/');
    await page
      .getByRole('navigation', { name: 'About Dateline' })
      .getByRole('link', { name: 'Corrections policy' })
      .click();
    await expect(page).toHaveURL('/corrections-policy');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Corrections policy');
  });

  test('the 404 page offers a search box and the latest stories', async ({ page }) => {
    const response = await page.goto('/no/such/page');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('banner')).toHaveCount(1);
    const search = page.getByRole('search');
    await expect(search).toHaveAttribute('action', '/search');
    await search.getByRole('searchbox', { name: 'Search the site' }).fill('ferry');
    await search.getByRole('button', { name: 'Search' }).click();
    // The form lands on the search page with the query in the URL (prefetches of /search do not count).
    await expect(page).toHaveURL((url) => url.pathname === '/search' && url.searchParams.get('q') === 'ferry');
    await page.goto('/no/such/page');
    await expect(page.getByRole('region', { name: 'Latest stories' }).getByRole('link')).toHaveCount(5);
  });

  test('the footer links sections, pages and the site feeds', async ({ page }) => {
    await open(page, '/');
    await expect(page.getByRole('navigation', { name: 'Sections in the footer' }).getByRole('link')).toHaveCount(7);
    const feeds = page.getByRole('navigation', { name: 'Feeds' });
    await expect(feeds.getByRole('link', { name: 'RSS feed' })).toHaveAttribute('href', '/feed.xml');
    await expect(feeds.getByRole('link', { name: 'Atom feed' })).toHaveAttribute('href', '/atom.xml');
    await expect(feeds.getByRole('link', { name: 'JSON feed' })).toHaveAttribute('href', '/feed.json');
  });
});
