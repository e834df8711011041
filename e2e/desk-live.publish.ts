/**
 * Live posts from the desk (issue 23 item 4), in the worker's newsroom (e2e/support/newsroom.ts):
 * a reader has a live blog open; an editor adds a post with the desk's form and presses Publish;
 * the post appears on the reader's open page without a reload, through the page's own
 * auto-update (docs/decisions/029). Then two posts sent at the same moment through the desk API
 * both appear, and a post the check refuses is answered 422 and never reaches the page.
 *
 * The blog itself is saved into the desk's workspace and published through the desk API, as an
 * editor's save in the editor and a press of Publish would.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import type { Page } from '@playwright/test';

import { expect, type Newsroom, screenshotForDocs, test } from './support/newsroom';
import { testEnv } from './support/test-env';

const SLUG = 'live-desk-ferry-strike';
const READER_PATH = `/uk/${SLUG}`;
const POSTS_API = `/api/desk/live/2026/${SLUG}/posts`;
/** The auto-update polls every 20 s; the promise is 30 s from Publish to the open page. */
const ON_THE_OPEN_PAGE_MS = 30_000;

test.describe.configure({ mode: 'serial', timeout: 150_000 });

const iso = (instant: Date) => instant.toISOString().replace(/\.\d{3}Z$/, '+00:00');

let readerPage: Page;

test.beforeAll(async ({ newsroom, browser }) => {
  const { api, editor, env }: Newsroom = newsroom;
  const folder = path.join(testEnv('DESK_WORKSPACE', env), 'content', 'live', '2026', SLUG);
  mkdirSync(folder, { recursive: true });
  const started = new Date(Date.now() - 60 * 60 * 1000);
  writeFileSync(
    path.join(folder, 'index.mdx'),
    `---
title: "Ferry strike live: crossings cancelled as crews walk out"
dek: "Every crossing from the harbour is cancelled while ferry crews strike over pay."
section: uk
authors: [grace-whitfield]
status: live
coverageStart: ${iso(started)}
---

Ferry crews walked out at dawn. Follow the day here.
`,
  );
  writeFileSync(
    path.join(folder, 'dawn-walkout.mdx'),
    `---
time: ${iso(new Date(started.getTime() + 60_000))}
authors: [grace-whitfield]
title: "Crews walk out"
---

Picket lines formed at the ferry terminal at dawn.
`,
  );
  const published = await api(editor, 'POST', `/api/desk/stories/2026/${SLUG}/publish`);
  expect(published.status, published.text).toBe(200);

  readerPage = await (await browser.newContext()).newPage();
  await readerPage.goto(`${newsroom.site}${READER_PATH}`);
  await expect(readerPage.locator('#post-dawn-walkout')).toBeVisible();
});

test.afterAll(async () => {
  await readerPage.context().close();
});

test('an editor adds a post in the desk; it appears on the open page without a reload', async ({ newsroom }) => {
  const { editor, desk: DESK }: Newsroom = newsroom;
  await editor.goto(`${DESK}/desk`);
  await editor.getByRole('link', { name: 'Ferry strike live: crossings cancelled as crews walk out' }).click();
  await expect(editor).toHaveURL(`${DESK}/desk/live/2026/${SLUG}`);
  await expect(editor.getByRole('heading', { name: 'Add a post' })).toBeVisible();

  await editor.getByLabel('Title', { exact: true }).fill('Talks resume at noon');
  await editor
    .getByLabel('Post', { exact: true })
    .fill(
      'Union and operator will meet at the harbour office at noon.\n\n<PullQuote cite="A union spokesperson">We want a deal today.</PullQuote>',
    );
  await editor.getByLabel('Key event', { exact: true }).check();
  await screenshotForDocs(editor, 'desk-live-post.png');
  const loadedAt = await readerPage.evaluate(() => performance.timeOrigin);
  await editor.getByRole('button', { name: 'Publish' }).click();

  const published = editor.getByRole('status').filter({ hasText: 'Published:' });
  await expect(published).toBeVisible();
  const link = published.getByRole('link', { name: 'Talks resume at noon' });
  const href = String(await link.getAttribute('href'));
  expect(href).toMatch(new RegExp(`^${READER_PATH}#post-\\d{6}-talks-resume-at-noon$`));
  const id = href.split('#')[1] as string;

  // The reader's page, open since before the post, shows it (and its component) by itself.
  const post = readerPage.locator(`#${id}`);
  await expect(post).toBeVisible({ timeout: ON_THE_OPEN_PAGE_MS });
  await expect(post.getByRole('heading', { name: 'Talks resume at noon' })).toBeVisible();
  await expect(post).toContainText('We want a deal today.');
  expect(await readerPage.evaluate(() => performance.timeOrigin)).toBe(loadedAt); // not reloaded
  await expect(readerPage.locator('#post-dawn-walkout')).toBeVisible();
});

test('two posts sent at the same moment through the API both appear on the open page', async ({ newsroom }) => {
  const { api, editor }: Newsroom = newsroom;
  const text = 'Queues of cars are building at the terminal.';
  const answers = await Promise.all([api(editor, 'POST', POSTS_API, text), api(editor, 'POST', POSTS_API, text)]);
  for (const answer of answers) expect(answer.status, answer.text).toBe(201);
  const urls = answers.map((answer) => (JSON.parse(answer.text) as { url: string }).url);
  const ids = urls.map((url) => url.split('#')[1] as string);
  expect(new Set(ids).size).toBe(2);
  for (const url of urls) expect(new URL(url).pathname).toBe(READER_PATH);
  for (const id of ids) await expect(readerPage.locator(`#${id}`)).toBeVisible({ timeout: ON_THE_OPEN_PAGE_MS });
});

test('a post the check refuses is answered 422 with its problems and never reaches readers', async ({ newsroom }) => {
  const { api, editor, reader }: Newsroom = newsroom;
  const answer = await api(editor, 'POST', POSTS_API, '---\ntitle: "Broken"\n---\n\nA post.\n\n<NoSuchThing />\n');
  expect(answer.status, answer.text).toBe(422);
  const { problems } = JSON.parse(answer.text) as { problems: { file: string; field: string; message: string }[] };
  expect(problems.length).toBeGreaterThan(0);
  expect(problems[0]).toMatchObject({
    file: expect.stringMatching(new RegExp(`content/live/2026/${SLUG}/\\d{6}-broken\\.mdx$`)),
  });
  expect((await reader(READER_PATH)).text).not.toContain('-broken"');
  // Without a session or a token, the desk answers 401 before reading the post.
  const anonymous = await fetch(`${newsroom.desk}${POSTS_API}`, { method: 'POST', body: 'Anyone may post?' });
  expect(anonymous.status).toBe(401);
});
