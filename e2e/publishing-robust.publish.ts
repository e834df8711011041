/**
 * A publish that cannot be lost or wedged, and pictures served at once (issues 21 and 22,
 * docs/decisions/037-publish-journal-and-lock.md and 038-new-pictures-served-at-once.md), against
 * a running `npm start` that is never restarted (the site publish.publish.ts used, when it ran first):
 * - `npm run publish` killed with SIGKILL after each of its steps, then run again: the story page,
 *   its section front and search all have the story after the rerun;
 * - two publishes started together: one publishes, the other waits its turn or is told another is
 *   running, and nothing is lost;
 * - a broken story is refused while a good one beside it goes out;
 * - a new picture and a story showing it: the original and every /_next/image size the story
 *   page names answer 200 with an image.
 */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { expect, type Page } from '@playwright/test';

import { PUBLISH_PORT as PORT, type PublishSite, test } from './support/publish-site';

test.describe.configure({ mode: 'serial', timeout: 180_000 });
test.use({ baseURL: `http://127.0.0.1:${PORT}` });

let site: PublishSite;

// The site publish.publish.ts used, if it ran in this worker (e2e/support/publish-site.ts).
test.beforeAll(({ publishSite }) => {
  site = publishSite;
});

function story(fields: { title: string; word: string; section?: string; extra?: string }) {
  return `---
title: "${fields.title}"
dek: "Crews worked through the night on the coast road after the storm brought down the old sea wall."
date: 2026-11-28T11:00:00+00:00
section: ${fields.section ?? 'uk'}
authors: [grace-whitfield]
tags: ["Weather"]
${fields.extra ?? ''}---

Crews cleared the ${fields.word} stretch of the coast road before dawn, the council said.
`;
}

const file = (slug: string) => path.join(site.root, 'content', 'articles', '2026', `${slug}.mdx`);
const get = async (pathname: string) => {
  const response = await fetch(`${site.baseURL}${pathname}`);
  return { status: response.status, type: response.headers.get('content-type') ?? '', text: await response.text() };
};

/** What a reader finds of one story: its page, its section front, search. */
async function whatIsLive(page: Page, slug: string, title: string, word: string) {
  const story = (await get(`/uk/${slug}`)).status === 200;
  const front = (await get('/uk')).text.includes(`/uk/${slug}`);
  await page.goto(`/search?q=${word}`);
  const results = page.getByRole('list', { name: 'Search results' }).getByRole('link', { name: title });
  const status = page.getByRole('status');
  await expect(results.or(status.filter({ hasText: 'No stories' }))).toBeVisible();
  const search = await results.isVisible();
  return { story, front, search };
}
const said = (live: { story: boolean; front: boolean; search: boolean }) =>
  `story page ${live.story ? '200' : '404'}, section front ${live.front ? 'lists it' : 'does not list it'}, search ${live.search ? 'finds it' : 'does not find it'}`;

// The steps of lib/publish/publish.ts, in order; the store swap (the database's transaction)
// comes after journal-written.
const STEPS = [
  'checked',
  'typed',
  'journal-written',
  'database-written',
  'version-written',
  'search-updated',
  'revalidated',
];
const SWAPPED = new Set(['database-written', 'version-written', 'search-updated', 'revalidated']);
const WORDS = ['zorvantle', 'quibbrent', 'maldrophe', 'venquilar', 'trossibel', 'clembarion', 'ustrevolk'];

test('a publish killed with SIGKILL after any step is finished by the next one', async ({ page }) => {
  test.setTimeout(600_000);
  const table: string[] = ['| killed after | live after the kill | live after the rerun |', '|---|---|---|'];
  for (const [i, step] of STEPS.entries()) {
    const slug = `coast-road-cleared-${step}`;
    const title = `Coast road cleared after step ${i + 1}`;
    const word = WORDS[i] as string;
    writeFileSync(file(slug), story({ title, word }));

    const killed = await site.publish({ DATELINE_PUBLISH_KILL_AT: step });
    expect(killed.status, `${step}: ${killed.stdout}`).not.toBe(0);
    expect(killed.stdout).not.toContain(`published /uk/${slug}`);
    const afterKill = await whatIsLive(page, slug, title, word);
    // Before the swap nothing of it is live; after it, the story page is.
    expect(afterKill.story, step).toBe(SWAPPED.has(step));

    const rerun = await site.publish();
    expect(rerun.status, `${step}: ${rerun.stdout}\n${rerun.stderr}`).toBe(0);
    if (SWAPPED.has(step)) expect(rerun.stdout).toContain('Finishing an earlier publish');
    else expect(rerun.stdout).toContain(`published /uk/${slug}`);
    const afterRerun = await whatIsLive(page, slug, title, word);
    expect(afterRerun, step).toEqual({ story: true, front: true, search: true });
    table.push(`| ${step} | ${said(afterKill)} | ${said(afterRerun)} |`);
  }
  // Nothing is left over: the next publish has nothing to do.
  expect((await site.publish()).stdout).toContain('Nothing to publish');
  console.log(table.join('\n'));
  test.info().annotations.push({ type: 'kill table', description: table.join('\n') });
});

test('two publishes started together: one publishes, the other does not run beside it', async () => {
  const slug = 'harbour-lights-restored-together';
  writeFileSync(file(slug), story({ title: 'Harbour lights restored', word: 'plorvennic' }));
  const [first, second] = await Promise.all([site.publish(), site.publish()]);
  const outputs = [first, second].map((run) => `${run.stdout}\n${run.stderr}`);
  expect(outputs.filter((output) => output.includes(`published /uk/${slug}`))).toHaveLength(1);
  const other = outputs.find((output) => !output.includes(`published /uk/${slug}`)) as string;
  // Either it found the lock taken, or it ran after the first had finished.
  expect(other).toMatch(/another publish is running|Nothing to publish/);
  expect((await get(`/uk/${slug}`)).status).toBe(200);
  expect((await get('/uk')).text).toContain(`/uk/${slug}`);
});

test('a broken story is refused and named while a good one beside it is published', async () => {
  writeFileSync(file('pier-repairs-begin'), story({ title: 'Pier repairs begin', word: 'sandoverel' }));
  writeFileSync(file('pier-repairs-broken'), story({ title: 'Broken', word: 'x', section: 'harbours' }));
  const result = await site.publish();
  expect(result.status).toBe(1);
  expect(result.stdout).toContain('published /uk/pier-repairs-begin');
  expect(result.stderr).toContain(
    'content/articles/2026/pier-repairs-broken.mdx:5: section: "harbours" is not a section',
  );
  expect(result.stderr).toContain('Everything else was published');
  expect((await get('/uk/pier-repairs-begin')).status).toBe(200);
  // Still refused next time, and named again, until it is fixed.
  const again = await site.publish();
  expect(again.status).toBe(1);
  expect(again.stderr).toContain('pier-repairs-broken.mdx');
  writeFileSync(file('pier-repairs-broken'), story({ title: 'Pier repairs funded', word: 'x' }));
  const fixed = await site.publish();
  expect(fixed.status, fixed.stderr).toBe(0);
  expect(fixed.stdout).toContain('published /uk/pier-repairs-broken');
});

test('a new picture is served at once, the original and every size the story page names, without a restart', async ({
  page,
}) => {
  const picture = '/images/articles/2026/sea-wall-rebuilt-at-dawn.jpg';
  const existing = path.join(site.root, 'public', 'images', 'articles', 'cafe-culture-returns-to-market-towns.jpg');
  mkdirSync(path.join(site.root, 'public', 'images', 'articles', '2026'), { recursive: true });
  copyFileSync(existing, path.join(site.root, 'public', ...picture.split('/')));
  const extra = `image:\n  src: ${picture}\n  alt: "Workers on the rebuilt sea wall"\n  caption: "The wall at first light."\n  credit: "Photo: Grace Whitfield"\n`;
  writeFileSync(file('sea-wall-rebuilt'), story({ title: 'Sea wall rebuilt', word: 'dravelcombe', extra }));
  const result = await site.publish();
  expect(result.status, result.stderr).toBe(0);

  const original = await fetch(`${site.baseURL}${picture}`);
  expect(original.status).toBe(200);
  expect(original.headers.get('content-type')).toBe('image/jpeg');
  const html = (await get('/uk/sea-wall-rebuilt')).text;
  const sizes = [
    ...new Set(
      [...html.matchAll(/\/_next\/image\?url=([^&"\s]+)&amp;w=(\d+)&amp;q=(\d+)/g)]
        .filter((match) => decodeURIComponent(match[1] as string) === picture)
        .map((match) => `/_next/image?url=${match[1]}&w=${match[2]}&q=${match[3]}`),
    ),
  ];
  expect(sizes.length).toBeGreaterThan(1);
  for (const size of sizes) {
    const response = await fetch(`${site.baseURL}${size}`, { headers: { Accept: 'image/avif,image/webp,*/*' } });
    expect(response.status, size).toBe(200);
    expect(response.headers.get('content-type'), size).toMatch(/^image\//);
  }
  // And the reader's browser shows it.
  await page.goto('/uk/sea-wall-rebuilt');
  const image = page.getByRole('img', { name: 'Workers on the rebuilt sea wall' });
  await expect(image).toBeVisible();
  await expect.poll(() => image.evaluate((element: HTMLImageElement) => element.naturalWidth)).toBeGreaterThan(0);
  // A picture that is not there is still a 404, and a path that climbs out of public/ is refused.
  expect((await get('/images/articles/2026/no-such-picture.jpg')).status).toBe(404);
  expect((await get('/images/..%2f..%2fpackage.json')).status).toBe(404);
});
