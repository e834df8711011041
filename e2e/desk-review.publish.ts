/**
 * Review on the desk end to end (issue 23 items 1 and 6), in the worker's newsroom
 * (e2e/support/newsroom.ts: the built site, the real desk, a reporter and an editor signed in).
 * A reporter presses "Submit for review"; the editor finds the story on the Review list with its
 * reporter and time and sends it back with a note; the reporter reads the note (shown as text,
 * never as markup) and submits again; the editor publishes it, a reader gets it, and the list no
 * longer holds it. A reporter's crafted send-back is refused.
 */
import { expect, type Newsroom, screenshotForDocs, test } from './support/newsroom';

const SLUG = 'review-lifeboat-station-reopens';
const TITLE = 'Lifeboat station reopens after refit';
const OTHER = 'review-harbour-lights-switched-on';
const NOTE = 'Name the <coxswain> & say when the refit ended.';
/** A time as the desk words it, in the newsroom's zone: "November 28, 2026 at 9:05 AM GMT". */
const DESK_TIME = /[A-Z][a-z]+ \d{1,2}, \d{4} at \d{1,2}:\d{2} [AP]M GMT/;

test.describe.configure({ mode: 'serial', timeout: 120_000 });

function story(title: string): string {
  return `---
title: "${title}"
dek: "The station's crew moves back in after a year of work on the slipway."
date: 2026-11-28T11:00:00+00:00
section: uk
authors: [grace-whitfield]
tags: ["Coast"]
---

The lifeboat station reopened on Saturday, the crew said.
`;
}

test('a reporter submits; the editor sees it waiting and sends it back; the reporter reads the note and resubmits', async ({
  newsroom,
}) => {
  const { api, reporter, editor, desk: DESK }: Newsroom = newsroom;
  expect((await api(reporter, 'PUT', `/api/desk/stories/2026/${SLUG}`, story(TITLE))).status).toBe(201);
  expect(
    (await api(reporter, 'PUT', `/api/desk/stories/2026/${OTHER}`, story('Harbour lights switched on'))).status,
  ).toBe(201);
  // The other story goes through the API, as a newsroom tool would send it.
  expect(
    (await api(reporter, 'POST', `/api/desk/stories/2026/${OTHER}/submit`, 'Lights are on from 4 pm.')).status,
  ).toBe(201);

  await reporter.goto(`${DESK}/desk/stories/2026/${SLUG}`);
  await reporter.getByLabel('Note for the editor (optional)').fill('Crew list checked with the station.');
  await reporter.getByRole('button', { name: 'Submit for review' }).click();
  await expect(reporter).toHaveURL(`${DESK}/desk/stories/2026/${SLUG}`);
  await expect(reporter.locator('[data-review="waiting"]')).toContainText(/Waiting for review since .+ Rita Reporter/);
  await expect(reporter.getByRole('button', { name: 'Send back' })).toHaveCount(0);

  await editor.goto(`${DESK}/desk`);
  await expect(editor.locator('tr', { hasText: TITLE }).locator('.status')).toHaveText('waiting for review');
  await editor.getByRole('navigation', { name: 'Desk' }).getByRole('link', { name: 'Review' }).click();
  await expect(editor).toHaveURL(`${DESK}/desk/review`);
  const waiting = editor.getByRole('table', { name: 'Waiting for review' });
  const rows = waiting.locator('tbody tr');
  // The latest submission first: the reporter's press came after the API's.
  await expect(rows.nth(0)).toContainText(TITLE);
  await expect(rows.nth(1)).toContainText('Harbour lights switched on');
  const row = rows.nth(0);
  await expect(row.locator('td').nth(1)).toHaveText('Rita Reporter');
  await expect(row.locator('td').nth(2)).toHaveText(DESK_TIME);
  await expect(row.locator('td').nth(3)).toHaveText('Crew list checked with the station.');
  await screenshotForDocs(editor, 'desk-review-waiting.png');

  await row.getByRole('link', { name: TITLE }).click();
  await expect(editor).toHaveURL(`${DESK}/desk/stories/2026/${SLUG}`);
  await editor.getByLabel('Note for the reporter: what to change').fill(NOTE);
  await editor.getByRole('button', { name: 'Send back' }).click();
  await expect(editor.locator('[data-review="sent back"]')).toContainText('Sent back to Rita Reporter by Ed Editor');

  // A reporter may not send back, by the form's address or the API.
  expect((await api(reporter, 'POST', `/desk/stories/2026/${OTHER}/send-back`, 'note=fine')).status).toBe(403);
  expect((await api(reporter, 'POST', `/api/desk/stories/2026/${OTHER}/send-back`, 'fine')).status).toBe(403);

  await reporter.reload();
  await expect(reporter.locator('[data-review="sent back"]')).toContainText(DESK_TIME);
  await expect(reporter.locator('.review-note')).toHaveText(NOTE);
  await expect(reporter.locator('coxswain')).toHaveCount(0);
  await reporter.goto(`${DESK}/desk/review`);
  await expect(
    reporter.getByRole('table', { name: 'Sent back' }).locator('tbody tr', { hasText: TITLE }),
  ).toContainText(NOTE);
  await reporter.goto(`${DESK}/desk`);
  await expect(reporter.locator('tr', { hasText: TITLE }).locator('.status')).toHaveText('sent back');

  await reporter.getByRole('link', { name: TITLE }).click();
  await reporter.getByLabel('Note for the editor (optional)').fill('Coxswain named; refit ended in October.');
  await reporter.getByRole('button', { name: 'Submit for review again' }).click();
  await expect(reporter.locator('[data-review="waiting"]')).toBeVisible();
});

test('the editor publishes the waiting story; a reader gets it and the waiting list no longer holds it', async ({
  newsroom,
}) => {
  const { reader, editor, desk: DESK }: Newsroom = newsroom;
  await editor.goto(`${DESK}/desk/review`);
  const row = editor.getByRole('table', { name: 'Waiting for review' }).locator('tbody tr', { hasText: TITLE });
  await expect(row).toContainText('Coxswain named; refit ended in October.');
  await row.getByRole('link', { name: TITLE }).click();
  await editor.getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(editor.getByRole('status')).toContainText(`/uk/${SLUG}`);
  await expect(editor.locator('[data-review]')).toHaveCount(0);

  const page = await reader(`/uk/${SLUG}`);
  expect(page.status).toBe(200);
  expect(page.text).toContain(TITLE);

  await editor.goto(`${DESK}/desk/review`);
  await expect(editor.getByRole('table', { name: 'Waiting for review' })).toContainText('Harbour lights switched on');
  await expect(editor.locator('main')).not.toContainText(TITLE);
  await editor.goto(`${DESK}/desk`);
  await expect(editor.locator('tr', { hasText: TITLE }).locator('.status')).toHaveText('published');
});
