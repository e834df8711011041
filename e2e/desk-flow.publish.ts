/**
 * The desk end to end (issue 21 item 7): a built copy of the project served by `npm start` and
 * the real `npm run desk` beside it (gate, accounts, queue, scheduler), driven in Chromium.
 * A reporter signs in, saves a story with a picture and cannot publish it (no button, a crafted
 * POST is refused, the cron `npm run publish` leaves it out); an editor signs in and presses
 * Publish; readers get the story with its picture, on its section front and the home page. A
 * story with a mistake shows the message beside its field while another story publishes, and a
 * story scheduled 45 s ahead goes live with nobody pressing anything.
 *
 * The stories and the picture are written through the desk API with the reporter's browser
 * session (the Keystatic form is covered by e2e/editor.editor.ts; the desk serves the same one).
 * The newsroom (site, desk, people) is the worker's, shared with the other desk specs
 * (e2e/support/newsroom.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { expect, type Newsroom, PUBLISHED_WITHIN, screenshotForDocs, test } from './support/newsroom';
import { projectRoot } from './support/temp-project';

const SLUG = 'desk-flow-harbour-crane-returns';
const PICTURE = 'articles/2026/desk-flow-crane.jpg';
// A real photograph from the sample (a 1×1 picture is too small for the reader's sizes to show).
const PHOTO = readFileSync(path.join(projectRoot, 'public/images/articles/cafe-culture-returns-to-market-towns.jpg'));

test.describe.configure({ mode: 'serial', timeout: 120_000 });

function story(title: string, options: { section?: string; date?: string } = {}): string {
  return `---
title: "${title}"
dek: "The harbour's old crane is back in place after two years of repairs."
date: ${options.date ?? '2026-11-28T11:00:00+00:00'}
section: ${options.section ?? 'uk'}
authors: [grace-whitfield]
tags: ["Ports"]
image:
  src: /images/${PICTURE}
  alt: "The crane on the quay"
---

The crane was lifted back onto the quay at first light, the harbour master said.
`;
}

test('a reporter writes a story with a picture and cannot publish it', async ({ newsroom }) => {
  const { api, reader, reporter, root, run, desk: DESK }: Newsroom = newsroom;
  expect((await api(reporter, 'PUT', `/api/desk/pictures/${PICTURE}`, PHOTO)).status).toBe(201);
  const saved = await api(
    reporter,
    'PUT',
    `/api/desk/stories/2026/${SLUG}`,
    story('Harbour crane returns to the quay'),
  );
  expect(saved.status, saved.text).toBe(201);
  expect(existsSync(path.join(root, '.dateline/desk/workspace/content/articles/2026', `${SLUG}.mdx`))).toBe(true);
  expect(existsSync(path.join(root, '.dateline/desk/workspace/public/images', PICTURE))).toBe(true);

  await reporter.goto(`${DESK}/desk`);
  await reporter.getByRole('link', { name: 'Harbour crane returns to the quay' }).click();
  await expect(reporter).toHaveURL(`${DESK}/desk/stories/2026/${SLUG}`);
  await expect(reporter.getByText('An editor publishes this story.')).toBeVisible();
  await expect(reporter.getByRole('button', { name: 'Publish' })).toHaveCount(0);

  // Crafted requests with the reporter's own session: the page's form action and the API.
  expect((await api(reporter, 'POST', `/desk/stories/2026/${SLUG}/publish`)).status).toBe(403);
  expect((await api(reporter, 'POST', `/api/desk/stories/2026/${SLUG}/publish`)).status).toBe(403);

  // The cron line publishes content/, which holds no save.
  const cron = await run('npm', ['run', '--silent', 'publish']);
  expect(cron.status, cron.stderr).toBe(0);
  expect((await reader(`/uk/${SLUG}`)).status).toBe(404);
  expect(existsSync(path.join(root, 'content/articles/2026', `${SLUG}.mdx`))).toBe(false);
  expect(existsSync(path.join(root, 'public/images', PICTURE))).toBe(false);
});

test('an editor presses Publish; readers get the story with its picture, on its front and the home page', async ({
  newsroom,
}) => {
  const { editor, desk: DESK, site }: Newsroom = newsroom;
  await editor.goto(`${DESK}/desk/stories/2026/${SLUG}`);
  await editor.getByRole('button', { name: 'Publish', exact: true }).click();
  // The page reloads itself while the publish runs (a loaded machine can take a while).
  await expect(editor.getByRole('status')).toContainText(`/uk/${SLUG}`, { timeout: PUBLISHED_WITHIN });
  await expect(editor.getByRole('status')).toContainText('Published');

  const page = await editor.context().newPage();
  const pictureAnswers: number[] = [];
  page.on('response', (response) => {
    if (response.url().includes('desk-flow-crane')) pictureAnswers.push(response.status());
  });
  await page.goto(`${site}/uk/${SLUG}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Harbour crane returns to the quay');
  const picture = page.locator('main img[alt="The crane on the quay"]').first();
  await expect(picture).toBeVisible();
  await expect.poll(() => picture.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  expect(pictureAnswers.length).toBeGreaterThan(0);
  expect(pictureAnswers.every((status) => status === 200)).toBe(true);

  await page.goto(`${site}/uk`);
  await expect(page.locator('main a.headline-link').first()).toHaveText('Harbour crane returns to the quay');
  await page.goto(`${site}/`);
  await expect(page.getByRole('region', { name: 'Latest', exact: true }).getByRole('link').first()).toHaveText(
    'Harbour crane returns to the quay',
  );
  await page.close();
});

test('a story with a mistake shows the message beside its field while another story publishes', async ({
  newsroom,
}) => {
  const { api, reader, reporter, editor, root, desk: DESK }: Newsroom = newsroom;
  const broken = 'desk-flow-story-in-no-section';
  const other = 'desk-flow-lock-gates-reopen';
  await api(
    reporter,
    'PUT',
    `/api/desk/stories/2026/${broken}`,
    story('A story in no section', { section: 'harbours' }),
  );
  await api(reporter, 'PUT', `/api/desk/stories/2026/${other}`, story('Lock gates reopen after repairs'));

  await editor.goto(`${DESK}/desk/stories/2026/${broken}`);
  await editor.getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(editor.getByRole('alert')).toContainText('Not published', { timeout: PUBLISHED_WITHIN });
  const sectionRow = editor.locator('tr', { has: editor.locator('th', { hasText: /^section$/ }) });
  await expect(sectionRow.locator('.problem')).toContainText('"harbours" is not a section');
  await screenshotForDocs(editor, 'desk-refused.png');
  expect(existsSync(path.join(root, 'content/articles/2026', `${broken}.mdx`))).toBe(false);

  await editor.goto(`${DESK}/desk/stories/2026/${other}`);
  await editor.getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(editor.getByRole('status')).toContainText(`/uk/${other}`, { timeout: PUBLISHED_WITHIN });
  expect((await reader(`/uk/${other}`)).status).toBe(200);
  expect((await reader(`/uk/${broken}`)).status).toBe(404);
});

test('a story scheduled 45 s ahead goes live by itself at its time', async ({ newsroom }) => {
  const { api, reader, reporter, editor, desk: DESK }: Newsroom = newsroom;
  test.setTimeout(150_000);
  const slug = 'desk-flow-ferry-timetable-changes';
  // 45 s ahead: long enough to be in the future when the editor presses Publish, short enough
  // to keep the run quick (the scheduler lifts each embargo at its own second, not on a grid).
  const due = new Date(Math.ceil((Date.now() + 45_000) / 1000) * 1000);
  const date = due.toISOString().replace('.000Z', '+00:00');
  await api(reporter, 'PUT', `/api/desk/stories/2026/${slug}`, story('Ferry timetable changes', { date }));

  await editor.goto(`${DESK}/desk/stories/2026/${slug}`);
  await editor.getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(editor.getByRole('status')).toContainText('Scheduled', { timeout: PUBLISHED_WITHIN });
  expect((await reader(`/uk/${slug}`)).status).toBe(404);
  await editor.goto(`${DESK}/desk/schedule`);
  await expect(editor.locator('main')).toContainText(`2026/${slug}`);
  await screenshotForDocs(editor, 'desk-schedule.png');

  // Nobody presses anything from here: the story is live within 15 s of its minute.
  await expect
    .poll(async () => (await reader(`/uk/${slug}`)).status, {
      timeout: due.getTime() - Date.now() + 30_000,
      intervals: [1000],
    })
    .toBe(200);
  const liveAt = Date.now();
  expect(liveAt - due.getTime()).toBeLessThan(20_000);
  expect((await reader('/uk')).text).toContain('Ferry timetable changes');
});
