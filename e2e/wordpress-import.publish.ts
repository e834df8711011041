/**
 * A real WordPress export nobody here wrote (the WordPress theme unit test data,
 * test/fixtures/wordpress) moved onto Dateline end to end: imported into a copy of the project
 * with `npm run import:wordpress`, checked and built by `npm run build`, served by `npm start`;
 * every old address the importer recorded answers 301 to a page that answers 200.
 * Runs with the publish tests (their config builds copies of the project; one worker).
 */
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

import { expect, test } from '@playwright/test';

import { type ServerProcess, startSite } from './support/server-process';
import { copyProject, runAsync } from './support/temp-project';
import { testEnv } from './support/test-env';

const PORT = testEnv('WORDPRESS_E2E_PORT');
const NOW = '2026-11-28T12:00:00Z';

test.describe.configure({ mode: 'serial', timeout: 120_000 });

let root: string | undefined;
let server: ServerProcess | undefined;
let importOutput = '';

test.beforeAll(async () => {
  test.setTimeout(420_000);
  root = copyProject('dateline-wordpress-e2e-');
  const env = { ...process.env, DATELINE_NOW: NOW, DATELINE_PRERENDER_STORIES: '5', NEXT_TELEMETRY_DISABLED: '1' };
  const imported = await runAsync(
    'npm',
    ['run', '--silent', 'import:wordpress', '--', 'test/fixtures/wordpress/themeunittestdata.wordpress.xml'],
    { cwd: root, env },
  );
  if (imported.status !== 0) throw new Error(`import failed:\n${imported.stdout}\n${imported.stderr}`);
  importOutput = imported.stdout;
  // The build starts with the content check: it fails on any imported file it refuses.
  const build = await runAsync('npm', ['run', 'build'], { cwd: root, env });
  if (build.status !== 0) throw new Error(`build of the imported site failed:\n${build.stdout}\n${build.stderr}`);
  server = await startSite(root, PORT, env);
});

test.afterAll(async () => {
  await server?.stop();
  if (root) rmSync(root, { recursive: true, force: true });
});

const redirects = () =>
  (
    JSON.parse(readFileSync(path.join(root ?? '', 'content/.redirects/wordpress.json'), 'utf8')) as {
      redirects: Record<string, string>;
    }
  ).redirects;

test('the import report counts what the export held and what was skipped', () => {
  expect(importOutput).toContain('Items in the export: attachment 37, nav_menu_item 70, page 21, post 58');
  expect(importOutput).toMatch(/Skipped: attachment 37, nav_menu_item 70/);
  expect(importOutput).toContain("content/pages/about.mdx is the site's own page; not overwritten");
});

test('every old address answers 301 with its new address, and every new address answers 200', async () => {
  const base = server?.url ?? '';
  const table = Object.entries(redirects());
  // Dated permalinks, /%postname%/, /?p=, pages, categories, tags, authors and the feed.
  for (const sample of [
    '/2013/01/11/markup-html-tags-and-formatting/',
    '/?p=1',
    '/category/',
    '/tag/',
    '/author/',
    '/feed/',
  ])
    expect(table.some(([from]) => from.startsWith(sample))).toBe(true);
  for (const [from, to] of table) {
    const response = await fetch(`${base}${from}`, { redirect: 'manual' });
    expect({ from, status: response.status, location: response.headers.get('location') }).toEqual({
      from,
      status: 301,
      location: to,
    });
  }
  for (const to of new Set(table.map(([, target]) => target))) {
    const response = await fetch(`${base}${to}`);
    expect({ to, status: response.status }).toEqual({ to, status: 200 });
  }
});

test('an imported story reads as the export held it', async ({ page }) => {
  const from = '/2013/01/11/markup-html-tags-and-formatting/';
  const response = await page.goto(`${server?.url ?? ''}${from}`);
  expect(response?.status()).toBe(200);
  expect(new URL(page.url()).pathname).toBe(redirects()[from]);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Markup: HTML Tags and Formatting');
  await expect(page.getByRole('heading', { name: 'Header two', exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Tables', exact: true })).toBeVisible();
  await expect(page.getByRole('columnheader', { name: 'Employee' }).first()).toBeVisible();
  await expect(page.getByText('Stay hungry. Stay foolish.').first()).toBeVisible();
});
