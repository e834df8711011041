import { expect, type Page, test } from '@playwright/test';

import { article, articles, author, sectionStories, sectionTitle } from './sample';

const SEOUL = article('moon-seeks-us-backing-korean-war-end');

/** The standfirst as printed: the dek with its source credit at the end. */
const standfirst = (dek: string, source?: string) => (source ? `${dek.replace(/\.$/, '')}, reports ${source}.` : dek);

async function open(page: Page, url: string) {
  const response = await page.goto(url);
  expect(response?.status(), `${url} should load`).toBe(200);
}

test.describe('article page', () => {
  test('shows the nine parts of the model page, in order', async ({ page }) => {
    await open(page, SEOUL.url);
    const main = page.getByRole('main');
    const header = main.locator('article > div > header');

    // 1. Date line in the site's time zone, and reading time.
    await expect(header.locator('time').first()).toHaveText('December 2, 2021');
    await expect(header.getByText(/^\d+ min read$/)).toBeVisible();
    // 2. Headline: the page's only h1.
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEOUL.title);
    await expect(page.locator('h1')).toHaveCount(1);
    // 3. Standfirst ending with the source attribution.
    await expect(page.getByTestId('standfirst')).toHaveText(standfirst(SEOUL.dek, SEOUL.source));
    await expect(page.getByTestId('standfirst')).toHaveText(/, reports Continental Wire\.$/);
    // 4. Body whose first paragraph opens with the dateline place and the agency credit.
    const firstParagraph = main.locator('.prose p').first();
    await expect(firstParagraph).toHaveText(/^SEOUL \(Continental Wire\) — South Korean President Moon Jae-in/);
    await expect(header.getByText(`By ${SEOUL.byline}`)).toBeVisible();

    // 6. Previous (older) and next (newer) story in the same section.
    const world = sectionStories('world');
    const position = world.findIndex((story) => story.slug === SEOUL.slug);
    const storyNav = page.getByRole('navigation', { name: 'More stories in this section' });
    await expect(storyNav.getByRole('link', { name: /Previous Story/ })).toContainText(world[position + 1]!.title);
    await expect(storyNav.getByRole('link', { name: /Next Story/ })).toContainText(world[position - 1]!.title);

    // 7. Latest from the section, headline and excerpt, without this story.
    const latest = page.getByRole('region', { name: `Latest from ${sectionTitle('world')}` });
    await expect(latest.getByRole('link').first()).toHaveText(world[0]!.title);
    await expect(latest.getByRole('link', { name: SEOUL.title })).toHaveCount(0);
    await expect(latest.locator('li p').first()).not.toBeEmpty();

    // 8. Go to Top.
    await expect(page.getByRole('link', { name: 'Go to Top' })).toHaveAttribute('href', '#top');

    // 9. Don't Miss: editors' picks, without this story (itself a pick).
    const dontMiss = page.getByRole('complementary', { name: "Don't Miss" });
    const picks = articles.filter((story) => story.pick && story.slug !== SEOUL.slug);
    await expect(dontMiss.getByRole('listitem')).toHaveCount(Math.min(4, picks.length));
    for (const link of await dontMiss.getByRole('link').all()) {
      expect(picks.map((story) => story.title)).toContain(await link.textContent());
    }

    // The parts appear top to bottom in the model page's order.
    const tops = await Promise.all(
      [
        header.locator('time').first(),
        page.locator('h1'),
        page.getByTestId('standfirst'),
        firstParagraph,
        storyNav,
        latest,
        page.getByRole('link', { name: 'Go to Top' }),
      ].map(async (locator) => (await locator.boundingBox())!.y),
    );
    expect([...tops].sort((a, b) => a - b)).toEqual(tops);
  });

  test('shows the hero image with caption and credit, breadcrumbs and tags', async ({ page }) => {
    await open(page, SEOUL.url);
    const hero = page.locator('figure', { has: page.getByRole('img', { name: SEOUL.image!.alt }) });
    await expect(hero.getByRole('img')).toBeVisible();
    expect(await hero.getByRole('img').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(
      true,
    );
    await expect(hero.locator('figcaption')).toContainText(SEOUL.image!.caption!);
    await expect(hero.locator('figcaption')).toContainText(SEOUL.image!.credit!, { ignoreCase: true });

    const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' });
    await expect(crumbs.getByRole('link', { name: 'Home' })).toHaveAttribute('href', '/');
    await expect(crumbs.getByRole('link', { name: 'World' })).toHaveAttribute('href', '/world');
    await expect(crumbs.locator('[aria-current="page"]')).toHaveText(SEOUL.title);

    const topics = page.getByRole('list', { name: 'Topics' });
    for (const tag of SEOUL.tags!) await expect(topics.getByText(tag, { exact: true })).toBeVisible();
  });

  test('shows the byline with name and role, kicker, breaking label and a meaningful update', async ({ page }) => {
    const story = article('substation-fire-cuts-power-across-north');
    await open(page, story.url);
    const header = page.locator('article header');
    const writer = author(story.authors![0]!);
    await expect(header.getByRole('list', { name: 'Authors' })).toHaveText(`By ${writer.name}, ${writer.role}`);
    await expect(header.getByText('Breaking', { exact: true })).toBeVisible();
    await expect(header.getByText(/^Updated /)).toBeVisible();
    await expect(header.locator('time').nth(1)).toHaveAttribute('dateTime', new Date(story.updated!).toISOString());
  });

  test('leaves out the "Updated" line when there was no update', async ({ page }) => {
    const story = articles.find((candidate) => !candidate.updated && candidate.authors)!;
    await open(page, story.url);
    await expect(page.locator('article header').getByText(/^Updated /)).toHaveCount(0);
  });

  test('prints dated corrections when there are any', async ({ page }) => {
    const story = articles.find((candidate) => (candidate.corrections?.length ?? 0) > 1)!;
    await open(page, story.url);
    const block = page.getByRole('region', { name: 'Corrections' });
    for (const correction of story.corrections!) await expect(block).toContainText(correction.text);
    await open(page, SEOUL.url);
    await expect(page.getByRole('region', { name: /^Corrections?$/ })).toHaveCount(0);
  });

  test('renders the body components: FactBox, PullQuote and Figure with caption', async ({ page }) => {
    const withFactBox = articles.find((candidate) => candidate.body.includes('<FactBox'))!;
    await open(page, withFactBox.url);
    const factTitle = /<FactBox title="([^"]+)"/.exec(withFactBox.body)![1]!;
    await expect(page.getByRole('complementary', { name: factTitle })).toBeVisible();

    const withQuote = articles.find((candidate) => candidate.body.includes('<PullQuote'))!;
    await open(page, withQuote.url);
    const cite = /<PullQuote cite="([^"]+)"/.exec(withQuote.body)![1]!;
    await expect(page.locator('figure blockquote').first()).toBeVisible();
    await expect(page.locator('figure figcaption', { hasText: cite })).toBeVisible();

    const withFigure = articles.find((candidate) => candidate.body.includes('<Figure'))!;
    await open(page, withFigure.url);
    const alt = /<Figure [^>]*alt="([^"]+)"/.exec(withFigure.body)![1]!;
    const image = page.getByRole('img', { name: alt });
    await image.scrollIntoViewIfNeeded();
    await expect(image).toBeVisible();
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  });

  test('following ALSO READ opens the story it names', async ({ page }) => {
    const story = articles.find((candidate) => candidate.body.includes('<AlsoRead'))!;
    const target = article(/<AlsoRead slug="([^"]+)"/.exec(story.body)![1]!);
    await open(page, story.url);
    const callout = page.getByRole('complementary', { name: 'Also read' }).first();
    await expect(callout).toContainText(`Also read:${target.title}`, { ignoreCase: true });
    await callout.getByRole('link', { name: target.title }).click();
    await expect(page).toHaveURL(target.url);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(target.title);
  });

  test('Previous and Next walk the section by date and stop at its ends', async ({ page }) => {
    const uk = sectionStories('uk');
    const storyNav = page.getByRole('navigation', { name: 'More stories in this section' });
    // From the newest story, Previous Story walks back through the whole section.
    await open(page, uk[0]!.url);
    await expect(storyNav.getByRole('link', { name: /Next Story/ })).toHaveCount(0);
    for (const older of uk.slice(1)) {
      await storyNav.getByRole('link', { name: /Previous Story/ }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(older.title);
    }
    await expect(storyNav.getByRole('link', { name: /Previous Story/ })).toHaveCount(0);
    // And Next Story walks forward again.
    await storyNav.getByRole('link', { name: /Next Story/ }).click();
    await expect(page).toHaveURL(uk[uk.length - 2]!.url);
  });

  test('Go to Top returns to the top of the page', async ({ page }) => {
    await open(page, SEOUL.url);
    await page.getByRole('link', { name: 'Go to Top' }).scrollIntoViewIfNeeded();
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    await page.getByRole('link', { name: 'Go to Top' }).click();
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
  });

  test('scrolls smoothly only for readers who have not asked for reduced motion', async ({ page }) => {
    const scrollBehavior = () => page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior);
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await open(page, SEOUL.url);
    expect(await scrollBehavior()).toBe('smooth');
    await page.emulateMedia({ reducedMotion: 'reduce' });
    expect(await scrollBehavior()).toBe('auto');
  });

  test('works without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await open(page, SEOUL.url);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEOUL.title);
    await expect(page.locator('.prose p').first()).toContainText('SEOUL (Continental Wire)');
    await expect(page.getByRole('img', { name: SEOUL.image!.alt })).toBeVisible();
    await context.close();
  });

  test('fits a 360 px phone without sideways scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 780 });
    await open(page, SEOUL.url);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

test.describe('not found', () => {
  for (const url of ['/world/no-such-story', '/no-such-section/some-story', '/no-such-section', `/uk/${SEOUL.slug}`]) {
    test(`${url} is a 404 with a way on`, async ({ page }) => {
      const response = await page.goto(url);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
      await expect(page.getByRole('region', { name: 'Latest stories' }).getByRole('link').first()).toBeVisible();
    });
  }
});

test.describe('publication', () => {
  test('every published article file has its page, and nothing is skipped', async ({ request }) => {
    expect(articles.length).toBeGreaterThanOrEqual(36);
    const failures: string[] = [];
    for (const story of articles) {
      const response = await request.get(story.url);
      const html = await response.text();
      const escapedTitle = story.title.replace(/&/g, '&amp;').replace(/'/g, '&#x27;').replace(/"/g, '&quot;');
      if (response.status() !== 200 || !html.includes(escapedTitle))
        failures.push(`${story.url}: ${response.status()}`);
    }
    expect(failures).toEqual([]);
  });
});
