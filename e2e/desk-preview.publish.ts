/**
 * Preview links end to end (issue 23 item 3), in the worker's newsroom (e2e/support/newsroom.ts:
 * the built site, the real desk, a reporter and an editor signed in). A reporter saves a story,
 * presses "Copy preview link" and reads the link off the page; a browser with no cookies opens it
 * and reads the headline and the body, with a banner saying it is a preview, while the public
 * site answers 404 for the story's address. Revoked, the link is a 404 saying it was withdrawn;
 * a link whose (signed) time is up is a 404 saying it has expired. The story has a lead picture
 * uploaded through the desk and a body picture already on the site: the stranger's browser loads
 * both under the link, and the same pictures without a working link are refused.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

import type { Page } from '@playwright/test';

import { previewKey, previewPath } from '../lib/desk/preview/signature';
import { expect, type Newsroom, NEWSROOM_DESK_SECRET, screenshotForDocs, test } from './support/newsroom';
import { projectRoot } from './support/temp-project';

const SLUG = 'preview-pier-lights-restored';
const TITLE = 'Pier lights restored before the winter fair';
const BODY = 'Engineers replaced every bulb on the pier in three nights of work, the council said.';
const PICTURE = 'articles/2026/preview-pier-lights.jpg';
// A real photograph from the sample, uploaded through the desk (not on the site until published).
const PHOTO = readFileSync(path.join(projectRoot, 'public/images/articles/cafe-culture-returns-to-market-towns.jpg'));
// A picture the site already has, in the body.
const SITE_PICTURE = 'articles/fernhill-storm-clean-up-1.jpg';

test.describe.configure({ mode: 'serial', timeout: 120_000 });

const story = `---
title: "${TITLE}"
dek: "The council's engineers finished the work a week early."
date: 2026-11-28T11:00:00+00:00
section: uk
authors: [grace-whitfield]
tags: ["Coast"]
image:
  src: /images/${PICTURE}
  alt: "The pier lit at dusk"
---

${BODY}

<Figure src="/images/${SITE_PICTURE}" alt="Workers on the pier" caption="The last of the bulbs went in on Friday." />
`;

/** Whether each picture of the page loaded (its natural width), by its alt text. */
const loadedPictures = (page: Page) =>
  page.locator('article img').evaluateAll((images) =>
    (images as HTMLImageElement[]).map((image) => ({
      alt: image.alt,
      src: image.currentSrc,
      width: image.naturalWidth,
    })),
  );

let link = '';

test('a reporter copies a preview link of a draft; a stranger reads the story, the public site does not serve it', async ({
  newsroom,
  browser,
}) => {
  const { api, reporter, reader, desk: DESK }: Newsroom = newsroom;
  expect((await api(reporter, 'PUT', `/api/desk/pictures/${PICTURE}`, PHOTO)).status).toBeLessThan(300);
  expect((await api(reporter, 'PUT', `/api/desk/stories/2026/${SLUG}`, story)).status).toBe(201);
  await reporter.goto(`${DESK}/desk/stories/2026/${SLUG}`);
  await reporter.getByRole('button', { name: 'Copy preview link' }).click();
  await expect(reporter).toHaveURL(`${DESK}/desk/stories/2026/${SLUG}#preview-heading`);
  const field = reporter.getByRole('textbox', { name: /Preview link, made by Rita Reporter/ });
  await expect(field).toHaveAttribute('readonly', '');
  link = await field.inputValue();
  expect(link).toMatch(new RegExp(`^${DESK}/preview/[0-9a-f]{32}\\.\\d+\\.[A-Za-z0-9_-]{43}$`));
  await expect(reporter.getByRole('button', { name: 'Copy', exact: true })).toBeVisible();
  await screenshotForDocs(reporter, 'desk-preview-link.png');

  const stranger = await browser.newContext();
  try {
    const page = await stranger.newPage();
    const started = Date.now();
    const response = await page.goto(link);
    const took = Date.now() - started;
    expect(response?.status()).toBe(200);
    expect(response?.headers()['x-robots-tag']).toBe('noindex, nofollow');
    expect(response?.headers()['cache-control']).toBe('private, no-store');
    expect(response?.headers()['referrer-policy']).toBe('no-referrer');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
    await expect(page.getByText(BODY)).toBeVisible();
    await expect(page.getByRole('note')).toContainText(
      /Preview — not published; link expires [A-Z][a-z]+ \d{1,2}, \d{4} at .+ GMT/,
    );
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
    // The site's own stylesheet is there: the headline is set in the serif, not the browser's default.
    expect(await page.locator('h1').evaluate((h1) => getComputedStyle(h1).fontWeight)).toBe('700');
    console.log(`preview link opened in ${took} ms (first open, cold)`);

    // The pictures load, from under the link: the lead picture uploaded to the desk, the body's from the site.
    const lead = page.getByRole('img', { name: 'The pier lit at dusk' });
    const figure = page.getByRole('img', { name: 'Workers on the pier' });
    await figure.scrollIntoViewIfNeeded();
    await expect.poll(() => lead.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBeGreaterThan(0);
    await expect.poll(() => figure.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBeGreaterThan(0);
    const pictures = await loadedPictures(page);
    console.log(`preview pictures: ${JSON.stringify(pictures.map(({ alt, width }) => ({ alt, width })))}`);
    expect(pictures.map(({ src }) => new URL(src).pathname)).toEqual([
      `${new URL(link).pathname}/pictures/${PICTURE}`,
      `${new URL(link).pathname}/pictures/${SITE_PICTURE}`,
    ]);
    const served = await page.request.get(`${link}/pictures/${PICTURE}`);
    expect(served.status()).toBe(200);
    expect(served.headers()['content-type']).toBe('image/jpeg');
    expect(served.headers()['cache-control']).toBe('private, no-store');
    expect(Buffer.compare(await served.body(), PHOTO)).toBe(0);

    // Without a working link the same picture is refused: the desk's own address needs sign-in,
    // a link with its expiry altered is a 404, and a picture the story does not name is a 404.
    const unsigned = await page.request.get(`${DESK}/images/${PICTURE}`, { maxRedirects: 0 });
    expect(unsigned.status()).toBe(303);
    expect(unsigned.headers().location).toMatch(/^\/desk\/sign-in\?next=/);
    const altered = link.replace(
      /([0-9a-f]{32})\.(\d+)\./,
      (_, linkId: string, at: string) => `${linkId}.${Number(at) + 60}.`,
    );
    expect((await page.request.get(`${altered}/pictures/${PICTURE}`)).status()).toBe(404);
    const unnamed = await page.request.get(`${link}/pictures/articles/cafe-culture-returns-to-market-towns.jpg`);
    expect(unnamed.status()).toBe(404);
  } finally {
    await stranger.close();
  }

  const site = await reader(`/uk/${SLUG}`);
  expect(site.status).toBe(404);
  expect(site.text).not.toContain(TITLE);
});

test('the link is revoked: a 404 that says it was withdrawn', async ({ newsroom, browser }) => {
  const { reporter, desk: DESK }: Newsroom = newsroom;
  await reporter.goto(`${DESK}/desk/stories/2026/${SLUG}`);
  await reporter.getByRole('button', { name: 'Revoke' }).click();
  await expect(reporter.getByRole('textbox', { name: /Preview link/ })).toHaveCount(0);
  const stranger = await browser.newContext();
  try {
    const page = await stranger.newPage();
    const response = await page.goto(link);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('This preview link was withdrawn');
    await expect(page.locator('body')).not.toContainText(TITLE);
    // Its pictures go with it.
    expect((await page.request.get(`${link}/pictures/${PICTURE}`)).status()).toBe(404);
  } finally {
    await stranger.close();
  }
});

test('a link whose time is up: a 404 that says it has expired', async ({ newsroom, browser }) => {
  const { api, reporter }: Newsroom = newsroom;
  const made = await api(reporter, 'POST', `/api/desk/stories/2026/${SLUG}/preview-links`);
  expect(made.status).toBe(201);
  const { id, url } = JSON.parse(made.text) as { id: string; url: string };
  // The same link, signed by the desk's key with an expiry an hour ago (as if two days had passed).
  const past = Math.floor(Date.now() / 1000) - 3600;
  const expired = new URL(previewPath(previewKey(NEWSROOM_DESK_SECRET), id, past), url).href;
  const stranger = await browser.newContext();
  try {
    const page = await stranger.newPage();
    const response = await page.goto(expired);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('This preview link has expired');
    await expect(page.locator('body')).toContainText('Ask the newsroom for a new link.');
    await expect(page.locator('body')).not.toContainText(TITLE);
    await screenshotForDocs(page, 'desk-preview-expired.png');
    // Altering the expiry of a working link is not a way in: the signature no longer holds.
    const altered = url.replace(
      /([0-9a-f]{32})\.(\d+)\./,
      (_, linkId: string, at: string) => `${linkId}.${Number(at) + 86_400}.`,
    );
    const refused = await page.goto(altered);
    expect(refused?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Not found');
  } finally {
    await stranger.close();
  }
});
