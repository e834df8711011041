/**
 * Live editing, as an editor experiences it: `npm run dev` in a copy of the project, a page
 * open in a real browser, then save a change (the open page shows it without a reload), save
 * a broken file (the page and the terminal name the file, field and fix, and the server keeps
 * serving), fix it (the message goes and the page follows again).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { type Browser, chromium, type Page } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { findBrowser, LAUNCH_ARGS } from '../../e2e/support/browser';
import { copyProject } from '../../e2e/support/temp-project';
import { readEnv } from '../../lib/env';

const PORT = readEnv('DEV_TEST_PORT');
const STORY = 'content/articles/2026/restored-pier-reopens-after-six-years.mdx';
const URL = `http://127.0.0.1:${PORT}/uk/restored-pier-reopens-after-six-years`;
const TITLE = 'Victorian pier reopens to the public after six years and a £6m restoration';

let project: string;
let server: ChildProcess | undefined;
let terminal = '';
let browser: Browser | undefined;
let page: Page;
let original: string;

const story = () => path.join(project, STORY);
const save = (text: string) => writeFileSync(story(), text);

async function waitForServer(deadline: number) {
  while (Date.now() < deadline) {
    try {
      if ((await fetch(URL)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`npm run dev did not serve ${URL} in time. Output:\n${terminal}`);
}

beforeAll(async () => {
  project = copyProject('dateline-live-');
  original = readFileSync(story(), 'utf8');
  // Its own process group, so the whole tree (concurrently, contentlayer, next) stops together.
  server = spawn('npm', ['run', 'dev'], {
    cwd: project,
    detached: true,
    env: { ...process.env, PORT: String(PORT), NEXT_TELEMETRY_DISABLED: '1' },
  });
  server.stdout?.on('data', (chunk: Buffer) => (terminal += chunk.toString()));
  server.stderr?.on('data', (chunk: Buffer) => (terminal += chunk.toString()));
  await waitForServer(Date.now() + 150_000);
  const found = findBrowser();
  if (!found)
    throw new Error(
      'No Chromium found: run `npx playwright install chromium` or install the chromium package (see README).',
    );
  browser = await chromium.launch({ executablePath: found.executablePath, args: LAUNCH_ARGS });
  page = await browser.newPage();
  await page.goto(URL);
}, 200_000);

afterAll(async () => {
  await browser?.close();
  if (server?.pid) {
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
  await new Promise((resolve) => setTimeout(resolve, 1000));
  if (project) rmSync(project, { recursive: true, force: true });
}, 60_000);

describe('npm run dev', () => {
  it('previews drafts and embargoed stories, clearly marked', async () => {
    const draft = await browser!.newPage();
    await draft.goto(`http://127.0.0.1:${PORT}/uk/draft-quarry-expansion-plan`);
    await expect
      .poll(() => draft.getByTestId('unpublished-banner').textContent())
      .toContain('Draft — preview only: readers cannot see this story.');
    await draft.goto(`http://127.0.0.1:${PORT}/uk`);
    const badge = draft
      .getByRole('listitem')
      .filter({ hasText: 'Marrowby lighthouse keepers' })
      .getByTestId('unpublished-badge');
    expect(await badge.textContent()).toBe('Embargoed until January 15, 2027 at 7:00 AM GMT');
    await draft.close();
  }, 60_000);

  it('shows a saved change in the open page without a reload', async () => {
    await expect.poll(() => page.locator('h1').textContent()).toBe(TITLE);
    const started = Date.now();
    save(original.replace(TITLE, 'Pier reopens after six years, edited live'));
    await page.locator('h1', { hasText: 'Pier reopens after six years, edited live' }).waitFor({ timeout: 30_000 });
    console.log(`dev: edit → open page updated in ${Date.now() - started} ms`);
  }, 60_000);

  it('names a broken file in the page and in the terminal, and keeps serving', async () => {
    save(original.replace('kicker: "Coast"', 'kicker: "Coast"\nfeatured: "yes"'));
    const message = `${STORY}:14: featured: must be true or false, not the text "yes" — write true or false without quotes`;
    const banner = page.getByTestId('content-problems');
    await banner.waitFor({ timeout: 30_000 });
    expect(await banner.textContent()).toContain(message);
    expect(terminal).toContain(message);
    // The server is still up and serves the last good version.
    const response = await fetch(URL);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('Pier reopens after six years, edited live');
  }, 60_000);

  it('keeps serving the last good version while a file Contentlayer accepts breaks a rule', async () => {
    // Contentlayer reads this file happily and regenerates its data; only the content check refuses it.
    save(
      original.replace(TITLE, 'Pier story in a section that does not exist').replace('section: uk', 'section: sport'),
    );
    const banner = page.getByTestId('content-problems');
    await expect.poll(() => banner.textContent(), { timeout: 30_000 }).toContain(`${STORY}:5: section:`);
    await expect.poll(() => terminal, { timeout: 30_000 }).toContain('Content store kept at the last good version');
    const response = await fetch(URL);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('Pier reopens after six years, edited live');
    expect(html).not.toContain('Pier story in a section that does not exist');
  }, 60_000);

  it('recovers when the file is fixed', async () => {
    save(original.replace(TITLE, 'Pier reopens after six years, fixed'));
    await page.locator('h1', { hasText: 'Pier reopens after six years, fixed' }).waitFor({ timeout: 30_000 });
    await expect.poll(() => page.getByTestId('content-problems').count(), { timeout: 15_000 }).toBe(0);
    expect(server?.exitCode).toBeNull();
  }, 60_000);
});
