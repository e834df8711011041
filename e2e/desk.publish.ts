/**
 * The desk's publishing against a real site (issue 21): a built copy of the project served by
 * `npm start` (e2e/support/publish-site.ts), and the desk's publishing service running the real
 * pipeline in its own process behind a test stand-in for the gate (e2e/support/desk-without-gate.ts).
 * A reporter's save and picture stay in the desk, even through the cron `npm run publish`; an
 * editor's Publish puts them live; a story with a mistake is refused with its field named while
 * another story still publishes; Unpublish takes a story down.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

import { expect, test } from '@playwright/test';

import { NOW, type PublishSite, SECRET, startPublishSite } from './support/publish-site';

const SITE_PORT = 4500;
const DESK_PORT = 4501;
const TOKEN = `harness-${process.pid}-${Date.now()}`;
const SLUG = 'desk-harbour-crane-returns';
const PICTURE = 'articles/2026/desk-crane.png';
// A 1×1 PNG.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

test.describe.configure({ mode: 'serial', timeout: 120_000 });

let site: PublishSite;
let desk: ChildProcess;

function story(title: string, section = 'uk'): string {
  return `---
title: "${title}"
dek: "The harbour's old crane is back in place after two years of repairs."
date: 2026-11-28T11:00:00+00:00
section: ${section}
authors: [grace-whitfield]
tags: ["Ports"]
image:
  src: /images/${PICTURE}
  alt: "The crane on the quay"
---

The crane was lifted back onto the quay at first light, the harbour master said.
`;
}

async function call(role: string, method: string, pathname: string, body?: Uint8Array | string) {
  const response = await fetch(`http://127.0.0.1:${DESK_PORT}${pathname}`, {
    method,
    headers: { 'X-Harness-Token': TOKEN, 'X-Test-Role': role, 'Content-Type': 'text/markdown' },
    ...(body === undefined ? {} : { body: typeof body === 'string' ? body : new Blob([new Uint8Array(body)]) }),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

const reader = async (pathname: string) => {
  const response = await fetch(`${site.baseURL}${pathname}`);
  return { status: response.status, text: await response.text() };
};

test.beforeAll(async () => {
  test.setTimeout(400_000);
  site = await startPublishSite(SITE_PORT);
  desk = spawn(path.join(site.root, 'node_modules/.bin/tsx'), ['e2e/support/desk-without-gate.ts'], {
    cwd: site.root,
    env: {
      ...process.env,
      DATELINE_NOW: NOW,
      DATELINE_PUBLISH_SECRET: SECRET,
      DATELINE_SERVER: site.baseURL,
      DESK_HARNESS_PORT: String(DESK_PORT),
      DESK_HARNESS_TOKEN: TOKEN,
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const deadline = Date.now() + 60_000;
  for (;;) {
    const up = await fetch(`http://127.0.0.1:${DESK_PORT}/desk`, {
      headers: { 'X-Harness-Token': TOKEN, 'X-Test-Role': 'editor' },
    })
      .then((response) => response.status === 200)
      .catch(() => false);
    if (up) break;
    if (Date.now() > deadline) throw new Error('the desk harness did not start within 60 s');
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
});
test.afterAll(async () => {
  if ((desk as ChildProcess | undefined) !== undefined) desk.kill('SIGTERM');
  if ((site as PublishSite | undefined) !== undefined) await site.stop();
});

test("a reporter's save and picture stay in the desk, even through the cron publish", async () => {
  expect((await call('reporter', 'PUT', `/api/desk/pictures/${PICTURE}`, PNG)).status).toBe(201);
  expect(
    (await call('reporter', 'PUT', `/api/desk/stories/2026/${SLUG}`, story('Harbour crane returns to the quay')))
      .status,
  ).toBe(201);
  const refused = await call('reporter', 'POST', `/api/desk/stories/2026/${SLUG}/publish`);
  expect(refused.status).toBe(403);
  // The cron line publishes content/, which holds no save.
  const cron = await site.publish();
  expect(cron.status, cron.stderr).toBe(0);
  expect((await reader(`/uk/${SLUG}`)).status).toBe(404);
  expect(existsSync(path.join(site.root, 'content/articles/2026', `${SLUG}.mdx`))).toBe(false);
  expect(existsSync(path.join(site.root, 'public/images', PICTURE))).toBe(false);
});

test("an editor's Publish answers with the address once readers can load it, with its picture, on the fronts", async ({
  page,
}) => {
  const published = await call('editor', 'POST', `/api/desk/stories/2026/${SLUG}/publish`);
  expect(published.status, JSON.stringify(published.body)).toBe(200);
  expect(published.body).toMatchObject({ status: 'published', path: `/uk/${SLUG}` });
  const story = await reader(`/uk/${SLUG}`);
  expect(story.status).toBe(200);
  expect(story.text).toContain('Harbour crane returns to the quay');
  expect(existsSync(path.join(site.root, 'public/images', PICTURE))).toBe(true);
  await page.goto(`${site.baseURL}/uk`);
  await expect(page.locator('main a.headline-link').first()).toHaveText('Harbour crane returns to the quay');
  await page.goto(`${site.baseURL}/`);
  await expect(page.getByRole('region', { name: 'Latest', exact: true }).getByRole('link').first()).toHaveText(
    'Harbour crane returns to the quay',
  );
});

test('a story with a mistake is refused with its field named and changes nothing; another story still publishes', async ({
  page,
}) => {
  const broken = 'desk-broken-section-story';
  await call('reporter', 'PUT', `/api/desk/stories/2026/${broken}`, story('A story in no section', 'harbours'));
  const refused = await call('editor', 'POST', `/api/desk/stories/2026/${broken}/publish`);
  expect(refused.status).toBe(422);
  expect(refused.body.problems).toEqual(
    expect.arrayContaining([
      expect.objectContaining({
        file: `content/articles/2026/${broken}.mdx`,
        line: 5,
        field: 'section',
        message: expect.stringContaining('"harbours"'),
      }),
    ]),
  );
  expect(existsSync(path.join(site.root, 'content/articles/2026', `${broken}.mdx`))).toBe(false);

  const other = 'desk-lock-gates-reopen';
  await call('reporter', 'PUT', `/api/desk/stories/2026/${other}`, story('Lock gates reopen after repairs'));
  expect((await call('editor', 'POST', `/api/desk/stories/2026/${other}/publish`)).status).toBe(200);
  expect((await reader(`/uk/${other}`)).status).toBe(200);

  // The desk's story page shows the message beside the section field.
  await page.setExtraHTTPHeaders({ 'X-Harness-Token': TOKEN, 'X-Test-Role': 'editor' });
  await page.goto(`http://127.0.0.1:${DESK_PORT}/desk/stories/2026/${broken}`);
  const sectionRow = page.locator('tr', { has: page.locator('th', { hasText: /^section$/ }) });
  await expect(sectionRow.locator('.problem')).toContainText('"harbours" is not a section');
});

test('Unpublish takes the story down once readers get a 404', async () => {
  const answer = await call('editor', 'POST', `/api/desk/stories/2026/${SLUG}/unpublish`);
  expect(answer.status, JSON.stringify(answer.body)).toBe(200);
  expect(answer.body).toMatchObject({ status: 'unpublished' });
  expect((await reader(`/uk/${SLUG}`)).status).toBe(404);
  expect((await reader('/uk')).text).not.toContain(`/uk/${SLUG}"`);
});
