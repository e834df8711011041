/**
 * Revisions end to end (issue 23 items 2 and 6), in the worker's newsroom (e2e/support/newsroom.ts:
 * its project folder is a git repository with content/ committed on main). A reporter saves a
 * story; an editor changes its headline and publishes it; the story's revisions list both
 * people's changes with the headline as a diff; the editor restores the reporter's revision and
 * publishes again, and readers get the old headline back. Every step is a commit: the saves on
 * branch dateline-desk, the publishes on main.
 */
import { expect, type Newsroom, screenshotForDocs, test } from './support/newsroom';

const SLUG = 'desk-revisions-swing-bridge-reopens';
const FIRST = 'Swing bridge reopens to traffic';
const SECOND = 'Swing bridge back in service after repairs';

test.describe.configure({ mode: 'serial', timeout: 120_000 });

function story(title: string, body: string): string {
  return `---
title: "${title}"
dek: "The old swing bridge over the harbour mouth carries cars again."
date: 2026-11-28T09:00:00+00:00
section: uk
authors: [grace-whitfield]
tags: ["Transport"]
---

${body}
`;
}

async function gitLog(newsroom: Newsroom, ...args: string[]): Promise<string> {
  const result = await newsroom.run('git', ['log', '--format=%an|%s', ...args]);
  expect(result.status, result.stderr).toBe(0);
  return result.stdout;
}

test("a story's revisions show two people's changes, and restoring one puts the old headline back on the site", async ({
  newsroom,
}) => {
  const { api, reporter, editor, reader, desk: DESK }: Newsroom = newsroom;
  const saved = await api(
    reporter,
    'PUT',
    `/api/desk/stories/2026/${SLUG}`,
    story(FIRST, 'The bridge swung shut at noon.\nThe first car crossed a minute later.'),
  );
  expect(saved.status, saved.text).toBe(201);
  const edited = await api(
    editor,
    'PUT',
    `/api/desk/stories/2026/${SLUG}`,
    story(SECOND, 'The bridge swung shut at noon.\nThe first lorry crossed a minute later.'),
  );
  expect(edited.status, edited.text).toBe(200);

  await editor.goto(`${DESK}/desk/stories/2026/${SLUG}`);
  await editor.getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(editor.getByRole('status')).toContainText(`/uk/${SLUG}`);
  expect((await reader(`/uk/${SLUG}`)).text).toContain(SECOND);

  // git log is the history: the saves on dateline-desk, the publish on main, each by its person.
  expect(await gitLog(newsroom, 'dateline-desk', '-2', '--', `content/articles/2026/${SLUG}.mdx`)).toBe(
    `Ed Editor|Save 2026/${SLUG}\nRita Reporter|Save 2026/${SLUG}\n`,
  );
  expect(await gitLog(newsroom, 'main', '-1')).toBe(`Ed Editor|Publish 2026/${SLUG}\n`);

  await editor.getByRole('link', { name: 'Revisions', exact: true }).click();
  await expect(editor).toHaveURL(`${DESK}/desk/stories/2026/${SLUG}/revisions`);
  const revisions = editor.locator('li.revision');
  await expect(revisions).toHaveCount(3);
  await expect(revisions.nth(0).locator('.action')).toHaveText(`Publish 2026/${SLUG}`);
  await expect(revisions.nth(1).locator('.who')).toHaveText('Ed Editor');
  await expect(revisions.nth(2).locator('.who')).toHaveText('Rita Reporter');
  const headline = revisions.nth(1).locator('tr', { has: editor.locator('th', { hasText: /^title$/ }) });
  await expect(headline.locator('del')).toHaveText(FIRST);
  await expect(headline.locator('ins')).toHaveText(SECOND);
  await expect(revisions.nth(1).locator('.diff del')).toHaveText('- The first car crossed a minute later.');
  await expect(revisions.nth(1).locator('.diff ins')).toHaveText('+ The first lorry crossed a minute later.');
  await screenshotForDocs(editor, 'desk-revisions.png');

  await revisions.nth(2).getByRole('button', { name: 'Restore this revision' }).click();
  await expect(editor.getByRole('status')).toContainText('Restored revision');
  await expect(editor.locator('li.revision').nth(0).locator('.action')).toContainText(`Restore 2026/${SLUG} to`);
  // Restored in the desk only: readers still get the published headline until an editor publishes.
  expect((await reader(`/uk/${SLUG}`)).text).toContain(SECOND);

  await editor.getByRole('link', { name: 'Back to the story' }).click();
  await editor.getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(editor.getByRole('status')).toContainText('Published');
  await expect.poll(async () => (await reader(`/uk/${SLUG}`)).text, { timeout: 15_000 }).toContain(FIRST);
  expect(await gitLog(newsroom, 'main', '-1')).toBe(`Ed Editor|Publish 2026/${SLUG}\n`);
});
