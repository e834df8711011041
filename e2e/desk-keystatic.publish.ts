/**
 * The desk's editor form (issue 21 item 7): a reporter signed in at the desk writes a story in
 * Keystatic, served by `npm run desk` from its own build, with a picture uploaded from the
 * computer. The save lands in the desk's workspace, never in content/; the reporter has no
 * Publish; an editor publishes it and readers get it with its picture.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { photo, pick, upload } from './support/keystatic-form';
import { expect, type Newsroom, PUBLISHED_WITHIN, screenshotForDocs, test } from './support/newsroom';

const TITLE = 'Lifeboat crew rescue three walkers cut off by the tide';
const SLUG = 'lifeboat-crew-rescue-three-walkers-cut-off-by-the-tide';
const ALT = 'The lifeboat heading out past the harbour wall';

test.describe.configure({ mode: 'serial' });

test('a reporter writes a story with a picture in the desk editor; an editor publishes it', async ({ newsroom }) => {
  test.setTimeout(300_000);
  const { desk, reporter, editor, root, reader }: Newsroom = newsroom;
  const picture = await photo({ r: 20, g: 90, b: 120 });

  await reporter.goto(`${desk}/keystatic/collection/articles/create`);
  await reporter.getByLabel('Standfirst').waitFor({ timeout: 120_000 });
  await reporter.getByLabel('Title').fill(TITLE);
  await expect(reporter.getByLabel('File name')).toHaveValue(`2026/${SLUG}`);
  await reporter
    .getByLabel('Standfirst')
    .fill('Three walkers were brought ashore after the tide cut them off below the cliffs.');
  await reporter.getByLabel('Date (UTC)').fill('2026-11-28T09:15');
  const section = reporter.getByRole('combobox', { name: 'Section' });
  await pick(reporter, 'Section', 'uk', () => expect(section).toHaveValue('uk', { timeout: 2_000 }));
  await pick(reporter, 'Authors', 'grace-whitfield', () =>
    expect(reporter.getByRole('row', { name: /grace-whitfield/ })).toBeVisible({ timeout: 2_000 }),
  );
  const hero = reporter.getByRole('group', { name: 'Picture', exact: true });
  await upload(reporter, hero, 'Lifeboat.jpg', picture);
  await reporter.getByLabel('Alt text').fill(ALT);
  await reporter.locator('[contenteditable=true]').first().click();
  await reporter.keyboard.type('The crew launched at high water and reached the walkers within twenty minutes.');
  await hero.scrollIntoViewIfNeeded();
  await screenshotForDocs(reporter, 'desk-story.png');
  await reporter.getByRole('button', { name: 'Create' }).click();

  // Saved in the desk's workspace, story and picture, and nothing in content/ or public/.
  const workspace = path.join(root, '.dateline/desk/workspace');
  const saved = path.join(workspace, 'content/articles/2026', `${SLUG}.mdx`);
  const savedPicture = path.join(workspace, 'public/images/articles/2026', SLUG, 'lifeboat.jpg');
  await expect.poll(() => existsSync(saved), { timeout: 30_000 }).toBe(true);
  await expect
    .poll(() => existsSync(savedPicture) && readFileSync(savedPicture).equals(picture), { timeout: 30_000 })
    .toBe(true);
  expect(readFileSync(saved, 'utf8')).toContain(`title: "${TITLE}"`);
  expect(existsSync(path.join(root, 'content/articles/2026', `${SLUG}.mdx`))).toBe(false);
  expect(existsSync(path.join(root, 'public/images/articles/2026', SLUG))).toBe(false);
  expect((await reader(`/uk/${SLUG}`)).status).toBe(404);

  // The reporter's desk page for it: no Publish.
  await reporter.goto(`${desk}/desk/stories/2026/${SLUG}`);
  await expect(reporter.getByRole('heading', { level: 1 })).toHaveText(TITLE);
  await expect(reporter.getByRole('button', { name: 'Publish' })).toHaveCount(0);

  // The editor publishes; the reader's page shows the story with the uploaded picture.
  await editor.goto(`${desk}/desk/stories/2026/${SLUG}`);
  await editor.getByRole('button', { name: 'Publish', exact: true }).click();
  // The page reloads itself while the publish runs (a loaded machine can take a while).
  await expect(editor.getByRole('status')).toContainText(`/uk/${SLUG}`, { timeout: PUBLISHED_WITHIN });
  const page = await editor.context().newPage();
  await page.goto(`${newsroom.site}/uk/${SLUG}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
  const shown = page.getByRole('img', { name: ALT }).first();
  await expect(shown).toBeVisible();
  await expect
    .poll(() => shown.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
    .toBeGreaterThan(0);
  await page.close();
});
