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
 * Neither server pins DATELINE_NOW: the schedule needs a clock that moves.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

import { type Browser, type BrowserContext, expect, type Page, test } from '@playwright/test';

import { type ServerProcess, startSite, stopGroup, waitFor } from './support/server-process';
import { copyProject, projectRoot, runAsync } from './support/temp-project';

const SITE_PORT = Number(process.env.DESK_FLOW_SITE_PORT ?? 4610);
const DESK_PORT = Number(process.env.DESK_FLOW_DESK_PORT ?? 4611);
const DESK = `http://127.0.0.1:${DESK_PORT}`;
const SECRET = 'desk-flow-publish-secret';
const REPORTER = { email: 'rita@example.org', password: 'rita-long-password' };
const EDITOR = { email: 'ed@example.org', password: 'ed-long-password' };
const SLUG = 'desk-flow-harbour-crane-returns';
const PICTURE = 'articles/2026/desk-flow-crane.jpg';
// A real photograph from the sample (a 1×1 picture is too small for the reader's sizes to show).
const PHOTO = readFileSync(path.join(projectRoot, 'public/images/articles/cafe-culture-returns-to-market-towns.jpg'));

test.describe.configure({ mode: 'serial', timeout: 120_000 });

let root: string;
let env: NodeJS.ProcessEnv;
let site: ServerProcess;
let desk: ChildProcess;
let reporter: Page;
let editor: Page;

/** `EDITOR_SCREENSHOTS=docs/editor npm run test:publish` redraws the desk's pictures in docs/EDITING.md. */
async function screenshotForDocs(page: Page, name: string) {
  const folder = process.env.EDITOR_SCREENSHOTS;
  if (folder) await page.screenshot({ path: path.join(folder, name), fullPage: true });
}

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

async function deskUser(...args: string[]) {
  const result = await runAsync(path.join(root, 'node_modules/.bin/tsx'), ['scripts/desk/user.ts', ...args], {
    cwd: root,
    env,
  });
  if (result.status !== 0) throw new Error(result.stderr);
}

async function signIn(browser: Browser, who: { email: string; password: string }, screenshot?: string) {
  const context: BrowserContext = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${DESK}/desk`);
  await expect(page).toHaveURL(/\/desk\/sign-in/);
  await page.getByLabel('Email').fill(who.email);
  await page.getByLabel('Password').fill(who.password);
  if (screenshot) await screenshotForDocs(page, screenshot);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(`${DESK}/desk`);
  return page;
}

/** A desk API call with the page's session cookie, from the desk's own origin (its CSRF rule). */
async function api(page: Page, method: string, pathname: string, body?: string | Buffer) {
  const response = await page.request.fetch(`${DESK}${pathname}`, {
    method,
    headers: { Origin: DESK, 'Content-Type': typeof body === 'string' ? 'text/markdown' : 'application/octet-stream' },
    ...(body === undefined ? {} : { data: body }),
  });
  return { status: response.status(), text: await response.text() };
}

const reader = async (pathname: string) => {
  const response = await fetch(`http://127.0.0.1:${SITE_PORT}${pathname}`);
  return { status: response.status, text: await response.text() };
};

test.beforeAll(async ({ browser }) => {
  test.setTimeout(400_000);
  root = copyProject('dateline-desk-flow-');
  // The desk's Keystatic pages are not needed here (and a copied build would want a content store).
  rmSync(path.join(root, '.next-desk'), { recursive: true, force: true });
  env = {
    ...process.env,
    DATELINE_NOW: '',
    DATELINE_PRERENDER_STORIES: '5',
    DATELINE_PUBLISH_SECRET: SECRET,
    NEXT_TELEMETRY_DISABLED: '1',
    DATELINE_SERVER: `http://127.0.0.1:${SITE_PORT}`,
    DESK_PORT: String(DESK_PORT),
    DESK_URL: DESK,
    DESK_SECRET: 'a-test-secret-that-is-long-enough-for-the-desk',
    DATABASE_URL: `file:${path.join(root, '.dateline', 'dateline.sqlite')}`,
    DESK_WORKSPACE: path.join(root, '.dateline', 'desk', 'workspace'),
  };
  delete env.DATELINE_NOW;
  const build = await runAsync('npm', ['run', 'build'], { cwd: root, env });
  if (build.status !== 0) throw new Error(`build failed:\n${build.stdout}\n${build.stderr}`);
  site = await startSite(root, SITE_PORT, env);
  desk = spawn(path.join(root, 'node_modules/.bin/tsx'), ['scripts/desk/desk.ts'], {
    cwd: root,
    env,
    stdio: ['ignore', 'inherit', 'inherit'],
    detached: true,
  });
  await waitFor(`${DESK}/desk/sign-in`);
  await deskUser(
    'add',
    REPORTER.email,
    '--name',
    'Rita Reporter',
    '--role',
    'reporter',
    '--password',
    REPORTER.password,
  );
  await deskUser('add', EDITOR.email, '--name', 'Ed Editor', '--role', 'editor', '--password', EDITOR.password);
  reporter = await signIn(browser, REPORTER, 'desk-sign-in.png');
  editor = await signIn(browser, EDITOR);
});
test.afterAll(async () => {
  if ((desk as ChildProcess | undefined) !== undefined) await stopGroup(desk);
  if ((site as ServerProcess | undefined) !== undefined) await site.stop();
  if ((root as string | undefined) !== undefined) rmSync(root, { recursive: true, force: true });
});

test('a reporter writes a story with a picture and cannot publish it', async () => {
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
  const cron = await runAsync('npm', ['run', '--silent', 'publish'], { cwd: root, env });
  expect(cron.status, cron.stderr).toBe(0);
  expect((await reader(`/uk/${SLUG}`)).status).toBe(404);
  expect(existsSync(path.join(root, 'content/articles/2026', `${SLUG}.mdx`))).toBe(false);
  expect(existsSync(path.join(root, 'public/images', PICTURE))).toBe(false);
});

test('an editor presses Publish; readers get the story with its picture, on its front and the home page', async () => {
  await editor.goto(`${DESK}/desk/stories/2026/${SLUG}`);
  await editor.getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(editor.getByRole('status')).toContainText(`/uk/${SLUG}`);
  await expect(editor.getByRole('status')).toContainText('Published');

  const page = await editor.context().newPage();
  const pictureAnswers: number[] = [];
  page.on('response', (response) => {
    if (response.url().includes('desk-flow-crane')) pictureAnswers.push(response.status());
  });
  await page.goto(`http://127.0.0.1:${SITE_PORT}/uk/${SLUG}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Harbour crane returns to the quay');
  const picture = page.locator('main img[alt="The crane on the quay"]').first();
  await expect(picture).toBeVisible();
  await expect.poll(() => picture.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  expect(pictureAnswers.length).toBeGreaterThan(0);
  expect(pictureAnswers.every((status) => status === 200)).toBe(true);

  await page.goto(`http://127.0.0.1:${SITE_PORT}/uk`);
  await expect(page.locator('main a.headline-link').first()).toHaveText('Harbour crane returns to the quay');
  await page.goto(`http://127.0.0.1:${SITE_PORT}/`);
  await expect(page.getByRole('region', { name: 'Latest', exact: true }).getByRole('link').first()).toHaveText(
    'Harbour crane returns to the quay',
  );
  await page.close();
});

test('a story with a mistake shows the message beside its field while another story publishes', async () => {
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
  await expect(editor.getByRole('alert')).toContainText('Not published');
  const sectionRow = editor.locator('tr', { has: editor.locator('th', { hasText: /^section$/ }) });
  await expect(sectionRow.locator('.problem')).toContainText('"harbours" is not a section');
  await screenshotForDocs(editor, 'desk-refused.png');
  expect(existsSync(path.join(root, 'content/articles/2026', `${broken}.mdx`))).toBe(false);

  await editor.goto(`${DESK}/desk/stories/2026/${other}`);
  await editor.getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(editor.getByRole('status')).toContainText(`/uk/${other}`);
  expect((await reader(`/uk/${other}`)).status).toBe(200);
  expect((await reader(`/uk/${broken}`)).status).toBe(404);
});

test('a story scheduled 45 s ahead goes live by itself at its time', async () => {
  test.setTimeout(150_000);
  const slug = 'desk-flow-ferry-timetable-changes';
  // 45 s ahead: long enough to be in the future when the editor presses Publish, short enough
  // to keep the run quick (the scheduler lifts each embargo at its own second, not on a grid).
  const due = new Date(Math.ceil((Date.now() + 45_000) / 1000) * 1000);
  const date = due.toISOString().replace('.000Z', '+00:00');
  await api(reporter, 'PUT', `/api/desk/stories/2026/${slug}`, story('Ferry timetable changes', { date }));

  await editor.goto(`${DESK}/desk/stories/2026/${slug}`);
  await editor.getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(editor.getByRole('status')).toContainText('Scheduled');
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
