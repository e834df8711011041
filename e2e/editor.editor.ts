/**
 * The newsroom editor as a reporter uses it (docs/EDITING.md, "Editing in the browser"): in
 * `npm run dev`, create a story at /keystatic with a headline, a section, an author, a picture
 * with its alt text and an ALSO READ, save it, and read it on the dev site; then try to save a
 * story without its standfirst and see the editor refuse, with nothing written.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { expect, type Page, test } from '@playwright/test';

import { type DevSite, startDevSite } from './support/dev-site';

const PORT = Number(process.env.EDITOR_E2E_PORT ?? 3195);
const TITLE = 'Harbour lights switched on for the winter season';
const SLUG = 'harbour-lights-switched-on-for-the-winter-season';
const FILE = `content/articles/2026/${SLUG}.mdx`;
const PICTURE = '/images/articles/restored-pier-reopens-after-six-years.jpg';
const ALT = 'A long white pier on iron legs over a calm sea';
// The ALSO READ target, and the headline the site must print for it.
const TARGET = 'restored-pier-reopens-after-six-years';
const TARGET_TITLE = 'Victorian pier reopens to the public after six years and a £6m restoration';

test.describe.configure({ mode: 'serial' });
let site: DevSite;

test.beforeAll(async () => {
  test.setTimeout(240_000);
  site = await startDevSite(PORT);
});
test.afterAll(async () => {
  if ((site as DevSite | undefined) !== undefined) await site.stop();
});

async function openNewStory(page: Page) {
  await page.goto(`${site.baseURL}/keystatic/collection/articles/create`);
  await page.getByLabel('Standfirst').waitFor({ timeout: 120_000 });
}

async function pick(page: Page, label: string, option: string) {
  const box = page.getByRole('combobox', { name: label });
  // Typed as an editor types, so the list opens and narrows; then chosen with the keyboard (the
  // list re-renders while the entries load, which a mouse click can miss).
  await box.scrollIntoViewIfNeeded();
  await box.click();
  await box.pressSequentially(option, { delay: 50 });
  // The choices load from the content folder after the form: wait until this one is offered.
  await page.getByRole('option', { name: option, exact: true }).waitFor({ timeout: 30_000 });
  await box.press('ArrowDown');
  await box.press('Enter');
  await expect(box).toHaveValue(option);
}

test('an editor creates a story in /keystatic and reads it on the dev site', async ({ page }) => {
  test.setTimeout(240_000);
  await openNewStory(page);
  await page.getByLabel('Title').fill(TITLE);
  await expect(page.getByLabel('File name')).toHaveValue(`2026/${SLUG}`);
  await page
    .getByLabel('Standfirst')
    .fill('The lights along the harbour wall were switched on for the winter on Saturday evening.');
  await page.getByLabel('Date (UTC)').fill('2026-11-28T10:30');
  await pick(page, 'Section', 'uk');
  await pick(page, 'Authors', 'grace-whitfield');
  await page.getByLabel('Picture').fill(PICTURE);
  await page.getByLabel('Alt text').fill(ALT);

  // The body: a paragraph, then an ALSO READ chosen from the list of stories.
  await page.locator('[contenteditable=true]').first().click();
  await page.keyboard.type('Hundreds of people gathered on the quay to watch the harbour lights come on.');
  await page.keyboard.press('Enter');
  // "/" opens the list of things to insert; typing narrows it to ALSO READ.
  await page.keyboard.type('/');
  await page.getByRole('listbox').waitFor();
  await page.keyboard.type('ALSO');
  await expect(page.getByRole('option')).toHaveCount(1);
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Edit' }).last().click();
  const dialog = page.getByRole('dialog');
  // The list of stories is long (and drawn only where it scrolls to): type the headline's start.
  await dialog.getByRole('button', { name: /Story/ }).click();
  await page.getByRole('listbox').waitFor();
  await page.keyboard.type('Victorian pier', { delay: 50 });
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('button', { name: /Story/ })).toContainText(TARGET);
  await dialog.getByRole('button', { name: 'Done' }).click();

  await page.getByRole('button', { name: 'Create' }).click();
  const file = path.join(site.root, FILE);
  await expect.poll(() => existsSync(file), { timeout: 30_000 }).toBe(true);
  const text = readFileSync(file, 'utf8');
  // In the house format, not js-yaml's: the date in London time with its offset, no empty fields.
  expect(text).toContain(`title: "${TITLE}"`);
  expect(text).toContain('date: 2026-11-28T10:30:00+00:00');
  expect(text).toContain('section: uk');
  expect(text).toContain('authors: [grace-whitfield]');
  expect(text).toContain(`  src: ${PICTURE}`);
  expect(text).toContain(`  alt: "${ALT}"`);
  expect(text).not.toMatch(/featured: false|tags: \[\]|draft: false/);
  expect(text).toContain(`<AlsoRead slug="${TARGET}" />`);

  // The dev site shows it once the content check and Contentlayer have seen the file.
  const story = await page.context().newPage();
  await expect.poll(async () => (await fetch(`${site.baseURL}/uk/${SLUG}`)).status, { timeout: 60_000 }).toBe(200);
  await story.goto(`${site.baseURL}/uk/${SLUG}`);
  await expect(story.locator('h1')).toHaveText(TITLE);
  await expect(story.getByRole('img', { name: ALT })).toBeVisible();
  await expect(
    story.getByRole('complementary', { name: 'Also read' }).getByRole('link', { name: TARGET_TITLE }),
  ).toBeVisible();
  await expect(story.getByTestId('content-problems')).toHaveCount(0);
});

test('a story without its standfirst is refused, and nothing is written', async ({ page }) => {
  test.setTimeout(180_000);
  const before = readdirSync(path.join(site.root, 'content/articles/2026')).sort();
  await openNewStory(page);
  await page.getByLabel('Title').fill('A story with no standfirst');
  await page.getByLabel('Date (UTC)').fill('2026-11-28T11:00');
  await pick(page, 'Section', 'uk');
  await page.getByRole('button', { name: 'Create' }).click();
  await expect(
    page
      .getByText('Standfirst')
      .locator('..')
      .getByText(/must not be empty|required/i)
      .first(),
  ).toBeVisible();
  await page.waitForTimeout(2000);
  expect(readdirSync(path.join(site.root, 'content/articles/2026')).sort()).toEqual(before);
});
