/**
 * The newsroom editor as a reporter uses it (docs/EDITING.md, "Editing in the browser"): in
 * `npm run dev`, create a story at /keystatic with a headline, a section, an author, pictures
 * uploaded from the computer with their alt text (the hero and a Figure in the body) and an
 * ALSO READ, save it, and read it on the dev site; then try to save a story without its
 * standfirst and see the editor refuse, with nothing written.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { expect, type Page, test } from '@playwright/test';

import { type DevSite, startDevSite } from './support/dev-site';
import { insertComponent, photo, pick, upload } from './support/keystatic-form';
import { testEnv } from './support/test-env';

const PORT = testEnv('EDITOR_E2E_PORT');
const TITLE = 'Harbour lights switched on for the winter season';
const SLUG = 'harbour-lights-switched-on-for-the-winter-season';
const FILE = `content/articles/2026/${SLUG}.mdx`;
const ALT = 'Strings of lights along a harbour wall at dusk';
const FIGURE_ALT = 'A crowd on the quay looking out to sea';
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

/** `EDITOR_SCREENSHOTS=docs/editor npm run test:editor` redraws the pictures in docs/EDITING.md. */
async function screenshotForDocs(page: Page, name: string) {
  const folder = testEnv('EDITOR_SCREENSHOTS');
  if (folder) await page.screenshot({ path: path.join(folder, name) });
}

test('an editor creates a story in /keystatic and reads it on the dev site', async ({ page }) => {
  test.setTimeout(300_000);
  const hero = await photo({ r: 30, g: 80, b: 140 });
  const figure = await photo({ r: 200, g: 120, b: 40 });
  await openNewStory(page);
  await page.getByLabel('Title').fill(TITLE);
  await expect(page.getByLabel('File name')).toHaveValue(`2026/${SLUG}`);
  await page
    .getByLabel('Standfirst')
    .fill('The lights along the harbour wall were switched on for the winter on Saturday evening.');
  await page.getByLabel('Date (UTC)').fill('2026-11-28T10:30');
  const section = page.getByRole('combobox', { name: 'Section' });
  await pick(page, 'Section', 'uk', () => expect(section).toHaveValue('uk', { timeout: 2_000 }));
  await pick(page, 'Authors', 'grace-whitfield', () =>
    expect(page.getByRole('row', { name: /grace-whitfield/ })).toBeVisible({ timeout: 2_000 }),
  );
  // The hero picture, uploaded from the computer, and its alt text.
  const heroGroup = page.getByRole('group', { name: 'Picture', exact: true });
  await upload(page, heroGroup, 'Harbour Lights.JPG', hero);
  await page.getByLabel('Alt text').fill(ALT);

  // The body: a paragraph, a Figure with its own upload, then an ALSO READ chosen from the stories.
  await page.locator('[contenteditable=true]').first().click();
  await page.keyboard.type('Hundreds of people gathered on the quay to watch the harbour lights come on.');
  await page.keyboard.press('Enter');
  await insertComponent(page, 'Figure', 'Figure');
  let dialog = page.getByRole('dialog');
  await upload(page, dialog.getByRole('group', { name: 'Picture', exact: true }), 'quay.jpg', figure);
  await dialog.getByLabel('Alt text').fill(FIGURE_ALT);
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(dialog).toHaveCount(0);
  // A new line after the first paragraph (the figure stays selected after its form closes, and
  // typing would replace it), for the ALSO READ; its name is typed up to the space, which closes the list.
  await page.getByText('Hundreds of people gathered').click();
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await insertComponent(page, 'ALSO', 'ALSO READ');
  dialog = page.getByRole('dialog');
  // The list of stories is long (and drawn only where it scrolls to): type the headline's start.
  await dialog.getByRole('button', { name: /Story/ }).click();
  await page.getByRole('listbox').waitFor();
  await page.keyboard.type('Victorian pier');
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('button', { name: /Story/ })).toContainText(TARGET);
  await expect(page.getByRole('listbox')).toHaveCount(0);
  await screenshotForDocs(page, 'also-read.png');
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(dialog).toHaveCount(0);

  await heroGroup.scrollIntoViewIfNeeded();
  await screenshotForDocs(page, 'story.png');
  await page.getByRole('button', { name: 'Create' }).click();
  const file = path.join(site.root, FILE);
  await expect.poll(() => existsSync(file), { timeout: 30_000 }).toBe(true);
  const text = readFileSync(file, 'utf8');
  // In the house format, not js-yaml's: the date in London time with its offset, no empty fields.
  expect(text).toContain(`title: "${TITLE}"`);
  expect(text).toContain('date: 2026-11-28T10:30:00+00:00');
  expect(text).toContain('section: uk');
  expect(text).toContain('authors: [grace-whitfield]');
  expect(text).not.toMatch(/featured: false|tags: \[\]|draft: false/);
  expect(text).toContain(`<AlsoRead slug="${TARGET}" />`);
  // The pictures are in the story's own folder under public/images/articles/, byte for byte.
  const folder = `/images/articles/2026/${SLUG}`;
  expect(text).toContain(`  src: ${folder}/harbour-lights.jpg`);
  expect(text).toContain(`  alt: "${ALT}"`);
  expect(text).toMatch(
    new RegExp(
      `<Figure[^>]*src="${folder}/quay.jpg"[^>]*alt="${FIGURE_ALT}"|<Figure[^>]*alt="${FIGURE_ALT}"[^>]*src="${folder}/quay.jpg"`,
    ),
  );
  // Keystatic writes the files of one save one after another, the story first.
  for (const [name, bytes] of [
    ['harbour-lights.jpg', hero],
    ['quay.jpg', figure],
  ] as const) {
    const picture = path.join(site.root, 'public', folder, name);
    await expect.poll(() => existsSync(picture) && readFileSync(picture).equals(bytes), { timeout: 30_000 }).toBe(true);
  }
  // The content check, as CI and the build run it, accepts what the editor wrote.
  const check = spawnSync('npm', ['run', 'check:content'], { cwd: site.root, encoding: 'utf8' });
  expect(check.status, check.stdout + check.stderr).toBe(0);

  // The dev site shows it once the content check and Contentlayer have seen the file.
  const story = await page.context().newPage();
  await expect.poll(async () => (await fetch(`${site.baseURL}/uk/${SLUG}`)).status, { timeout: 60_000 }).toBe(200);
  await story.goto(`${site.baseURL}/uk/${SLUG}`);
  await expect(story.locator('h1')).toHaveText(TITLE);
  for (const alt of [ALT, FIGURE_ALT]) {
    const picture = story.getByRole('img', { name: alt });
    await expect(picture).toBeVisible();
    // Drawn from the uploaded file, not a broken image.
    await expect
      .poll(() => picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
      .toBeGreaterThan(0);
  }
  await expect(
    story.getByRole('complementary', { name: 'Also read' }).getByRole('link', { name: TARGET_TITLE }),
  ).toBeVisible();
  await expect(story.getByTestId('content-problems')).toHaveCount(0);
});

test('a story without its standfirst is refused, and nothing is written', async ({ page }) => {
  test.setTimeout(180_000);
  const before = readdirSync(path.join(site.root, 'content/articles/2026')).sort();
  const saves: string[] = [];
  page.on('request', (request) => {
    if (request.method() === 'POST' && request.url().includes('/api/keystatic/update')) saves.push(request.url());
  });
  await openNewStory(page);
  await page.getByLabel('Title').fill('A story with no standfirst');
  await page.getByLabel('Date (UTC)').fill('2026-11-28T11:00');
  const section = page.getByRole('combobox', { name: 'Section' });
  await pick(page, 'Section', 'uk', () => expect(section).toHaveValue('uk', { timeout: 2_000 }));
  await page.getByRole('button', { name: 'Create' }).click();
  await expect(
    page
      .getByText('Standfirst')
      .locator('..')
      .getByText(/must not be empty|required/i)
      .first(),
  ).toBeVisible();
  await page.getByLabel('Standfirst').scrollIntoViewIfNeeded();
  await screenshotForDocs(page, 'required.png');
  // The editor checks the form before it sends anything: no save reached the server, no file.
  expect(saves).toEqual([]);
  expect(readdirSync(path.join(site.root, 'content/articles/2026')).sort()).toEqual(before);
});
