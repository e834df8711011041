/**
 * Publishing without a build (`npm run test:publish`, docs/decisions/023): against a running
 * `npm start`, `npm run publish` puts a new story, a correction and an unpublish on every
 * page that shows them, and refuses a broken file without changing anything. The site is a
 * copy of the project (e2e/support/publish-site.ts), so the rest of the suite is undisturbed.
 */
import { copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { expect } from '@playwright/test';

import { liveBlogs, sectionStories } from './sample';
import { cacheSize, PUBLISH_PORT as PORT, type PublishSite, SECRET, test } from './support/publish-site';

// Each test builds on the last; the made-up-address test alone sends 3,200 requests, which take
// over 30 s on a busy 2-core machine.
test.describe.configure({ mode: 'serial', timeout: 120_000 });
test.use({ baseURL: `http://127.0.0.1:${PORT}` });
const SLUG = 'harbour-wall-breach-closed-overnight';
const URL = `/uk/${SLUG}`;
const FILE = `content/articles/2026/${SLUG}.mdx`;
const TITLE = 'Harbour wall breach closed overnight at Marrowby';
const CORRECTED = 'Harbour wall breach closed before dawn at Marrowby';
// A word no other story has, for search.
const RARE = 'quillacorbel';

let site: PublishSite;

function story(fields: { title: string; extra?: string }) {
  return `---
title: "${fields.title}"
dek: "Engineers worked through the night to close a breach in the old harbour wall after the storm."
date: 2026-11-28T10:30:00+00:00
section: uk
authors: [grace-whitfield]
tags: ["Ports", "Weather"]
${fields.extra ?? ''}---

Engineers closed the breach in the ${RARE} stretch of the harbour wall before dawn on Saturday, the harbour master said.

The wall was damaged on Thursday night when waves overtopped the quay during the storm.
`;
}

const write = (text: string) => writeFileSync(path.join(site.root, FILE), text);
const get = async (pathname: string) => {
  const response = await fetch(`${site.baseURL}${pathname}`);
  return { status: response.status, text: await response.text() };
};

/** Every page item 2 of the issue names, for one story. */
const PAGES_SHOWING_IT = [
  '/',
  '/uk',
  '/tag/ports',
  '/tag/weather',
  '/author/grace-whitfield',
  '/archive/2026/11',
  '/feed.xml',
  '/atom.xml',
  '/feed.json',
  '/uk/feed.xml',
  '/uk/atom.xml',
  '/uk/feed.json',
  '/sitemap.xml',
  '/news-sitemap.xml',
];

// The newest UK story before the publish: its "Next Story" becomes the new one.
const previousNewest = sectionStories('uk')[0]!;

// The site is shared with the specs after this one in the worker (e2e/support/publish-site.ts).
test.beforeAll(({ publishSite }) => {
  site = publishSite;
});

test('a made-up address is a 404 that renders nothing and writes nothing to the cache', async () => {
  const before = cacheSize(site.root);
  const madeUp = Array.from({ length: 400 }, (_, i) => [
    `/uk/no-such-story-${i}`,
    `/world/page/${900 + i}`,
    `/tag/no-such-topic-${i}`,
    `/author/nobody-${i}`,
    `/archive/1999/${String((i % 12) + 1).padStart(2, '0')}`,
    `/uk/no-such-story-${i}/card.png`,
    `/images/no-such-picture-${i}.jpg`,
    `/pagefind/no-such-file-${i}`,
  ]).flat();
  for (let i = 0; i < madeUp.length; i += 50) {
    const statuses = await Promise.all(
      madeUp.slice(i, i + 50).map(async (pathname) => (await fetch(`${site.baseURL}${pathname}`)).status),
    );
    expect(new Set(statuses)).toEqual(new Set([404]));
  }
  expect(cacheSize(site.root)).toEqual(before);
});

test('a story outside the prerendered window renders on its first request, then comes from the cache', async () => {
  const old = sectionStories('world').at(-1)!;
  const first = await fetch(`${site.baseURL}${old.url}`);
  expect(first.status).toBe(200);
  expect(first.headers.get('x-nextjs-cache')).toBe('MISS');
  expect(await first.text()).toContain(old.title);
  const second = await fetch(`${site.baseURL}${old.url}`);
  expect(second.headers.get('x-nextjs-cache')).toBe('HIT');
});

test('the revalidation endpoint refuses a caller without the secret', async () => {
  for (const authorization of [undefined, 'Bearer wrong', `Basic ${SECRET}`]) {
    const response = await fetch(`${site.baseURL}/api/revalidate`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...(authorization ? { Authorization: authorization } : {}) },
      body: JSON.stringify({ paths: ['/'], routes: [{ route: '/', type: 'layout' }], version: 'x' }),
    });
    expect(response.status).toBe(401);
  }
});

test('a new story is on every page that lists it, without a build or a restart', async ({ page }) => {
  write(story({ title: TITLE }));
  const result = await site.publish();
  expect(result.status, result.stderr).toBe(0);
  expect(result.stdout).toContain(`published ${URL}`);

  await page.goto(URL);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
  for (const pathname of PAGES_SHOWING_IT) {
    expect((await get(pathname)).text, pathname).toContain(URL);
  }
  // It leads its section front and the home page's Latest list.
  await page.goto('/uk');
  await expect(page.locator('main a.headline-link').first()).toHaveText(TITLE);
  await page.goto('/');
  await expect(page.getByRole('region', { name: 'Latest', exact: true }).getByRole('link').first()).toHaveText(TITLE);
  // Search finds it by a word no other story has.
  await page.goto(`/search?q=${RARE}`);
  await expect(page.getByRole('list', { name: 'Search results' }).getByRole('link', { name: TITLE })).toBeVisible();
  // Previous / Next now point to it from the story that was the newest.
  await page.goto(previousNewest.url);
  await expect(page.getByRole('link', { name: /Next Story/ })).toContainText(TITLE);
});

test('a picture published with a story reaches an instance whose own disk does not have it', async ({ page }) => {
  // Put on this host after the start, as the desk or an editor does; published with the story.
  const picture = '/images/articles/harbour-wall-at-dawn.jpg';
  const onDisk = path.join(site.root, 'public', ...picture.split('/'));
  copyFileSync(path.join(site.root, 'public', 'images', 'articles', 'fernhill-storm-clean-up-1.jpg'), onDisk);
  write(story({ title: TITLE, extra: `image:\n  src: ${picture}\n  alt: The mended harbour wall at dawn\n` }));
  const result = await site.publish();
  expect(result.status, result.stderr).toBe(0);
  expect(result.stdout).toMatch(/Stored 1 picture for every instance/);
  // Another host has only the build's public/: take the file away from this one. The database has it.
  const bytes = readFileSync(onDisk);
  rmSync(onDisk);
  const original = await fetch(`${site.baseURL}${picture}`);
  expect(Buffer.from(await original.arrayBuffer()).equals(bytes)).toBe(true);
  expect(original.headers.get('content-type')).toBe('image/jpeg');
  expect(original.headers.get('etag')).toMatch(/^"[0-9a-f]{64}"$/);
  // The story's hero picture, resized by Next's image optimizer from the stored original.
  await page.goto(URL);
  const hero = page.locator('main img').first();
  await expect(hero).toHaveAttribute('src', /harbour-wall-at-dawn/);
  await expect
    .poll(() => hero.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
    .toBeGreaterThan(0);
});

test('a correction reaches the story, its lists and its feeds', async ({ page }) => {
  write(
    story({
      title: CORRECTED,
      extra:
        'corrections:\n  - date: 2026-11-28T11:30:00+00:00\n    text: "An earlier version said the work finished at midnight."\n',
    }),
  );
  const result = await site.publish();
  expect(result.status, result.stderr).toBe(0);
  expect(result.stdout).toContain(`updated   ${URL}`);
  await page.goto(URL);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(CORRECTED);
  await expect(page.getByText('An earlier version said the work finished at midnight.')).toBeVisible();
  for (const pathname of ['/', '/uk', '/tag/ports', '/feed.xml', '/uk/feed.json', '/corrections']) {
    const { text } = await get(pathname);
    expect(text, pathname).toContain(CORRECTED);
    expect(text, pathname).not.toContain(TITLE);
  }
});

test('a broken file changes nothing and names the file, the line and the fix', async () => {
  const good = readFileSync(path.join(site.root, FILE), 'utf8');
  write(good.replace('section: uk', 'section: harbours'));
  const result = await site.publish();
  expect(result.status).toBe(1);
  expect(result.stderr).toContain(`${FILE}:5: section: "harbours" is not a section`);
  expect(result.stderr).toContain('Nothing was changed');
  expect((await get(URL)).text).toContain(CORRECTED);
  write(good);
});

test('an unpublished story is a 404 and gone from every list, feed, sitemap and search', async ({ page }) => {
  write(readFileSync(path.join(site.root, FILE), 'utf8').replace('section: uk', 'section: uk\ndraft: true'));
  const result = await site.publish();
  expect(result.status, result.stderr).toBe(0);
  expect(result.stdout).toContain(`removed   ${URL}`);
  expect((await get(URL)).status).toBe(404);
  for (const pathname of PAGES_SHOWING_IT) {
    expect((await get(pathname)).text, pathname).not.toContain(URL);
  }
  await page.goto(`/search?q=${RARE}`);
  await expect(page.getByRole('status')).toContainText(`No stories`);
});

test('a deleted story is gone the same way, and publishing again has nothing to do', async () => {
  write(story({ title: TITLE }));
  expect((await site.publish()).status).toBe(0);
  expect((await get(URL)).status).toBe(200);
  rmSync(path.join(site.root, FILE));
  const removed = await site.publish();
  expect(removed.stdout).toContain(`removed   ${URL}`);
  expect((await get(URL)).status).toBe(404);
  expect((await get('/uk')).text).not.toContain(URL);
  expect((await site.publish()).stdout).toContain('Nothing to publish');
});

test('a live post published with npm run publish appears on an open live blog without a reload, within 45 s', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const blog = liveBlogs.find((candidate) => candidate.status === 'live')!;
  const folder = path.join(site.root, 'content', 'live', blog.coverageStart.slice(0, 4), blog.slug);
  const id = '1155-last-finishers';
  await page.goto(blog.url);
  await expect(page.locator('#live-posts > article').first()).toBeVisible();
  await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));

  const started = Date.now();
  writeFileSync(
    path.join(folder, `${id}.mdx`),
    `---\ntime: 2026-11-28T11:55:00+00:00\nauthors: [tom-ashworth]\ntitle: "Last finishers cheered home"\n---\n\nThe last runners crossed the line to the loudest cheer of the day.\n`,
  );
  const result = await site.publish();
  expect(result.status, result.stderr).toBe(0);
  expect(result.stdout).toContain(`updated   ${blog.url}`);
  const published = Date.now();

  // The open page polls every 20 s while visible: the post arrives within one poll and a page fetch.
  await expect(page.locator('#live-posts > article').first()).toHaveAttribute('id', `post-${id}`, { timeout: 45_000 });
  const seen = Date.now();
  await expect(page.getByRole('heading', { name: 'Last finishers cheered home' })).toBeVisible();
  await expect(page.getByTestId('live-announcer')).toHaveText('1 new post');
  expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
  expect(seen - started).toBeLessThanOrEqual(45_000);
  const line = `post to screen: ${((seen - started) / 1000).toFixed(1)} s (publish ${((published - started) / 1000).toFixed(1)} s, then ${((seen - published) / 1000).toFixed(1)} s until the open page showed it)`;
  test.info().annotations.push({ type: 'measured', description: line });
  console.log(line);

  // The JSON the page polls names the new post first; a reader who opens the page now gets it too.
  expect((await get(`${blog.url}/posts.json`)).text).toContain(id);
  expect((await get(blog.url)).text).toContain('Last finishers cheered home');
});
