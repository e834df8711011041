/**
 * A push publishes (issue 23 item 5): the newsroom's desk follows `main` of a bare repository
 * (e2e/support/newsroom.ts). An editor's laptop — a clone of it — commits a new story and pushes;
 * the push webhook is called as a git host calls it; the story is live on the site with nobody
 * at the server, and /desk/pushes shows the push. Then a push that edits the same lines as a
 * desk publish is reported as a conflict, and both changes are kept.
 *
 * Until the revisions work makes every desk publish a git commit (`recordRelease` of
 * the revisions layer), the desk's publish leaves its file changed and uncommitted in content/; this
 * spec commits it with git itself, as recordRelease will.
 */
import { createHmac } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { expect, type Newsroom, screenshotForDocs, test } from './support/newsroom';
import { runAsync } from './support/temp-project';

const SLUG = 'push-pilot-boat-named';
const FILE = `content/articles/2026/${SLUG}.mdx`;
const LAPTOP = { name: 'Lena Laptop', email: 'lena@example.org' };

test.describe.configure({ mode: 'serial', timeout: 120_000 });

let laptop: string;
test.beforeAll(() => {
  laptop = mkdtempSync(path.join(tmpdir(), 'dateline-laptop-'));
});
test.afterAll(() => rmSync(laptop, { recursive: true, force: true }));

function story(title: string): string {
  return `---
title: "${title}"
dek: "The harbour's new pilot boat has a name, chosen by the town's schoolchildren."
date: 2026-11-27T09:00:00+00:00
section: uk
authors: [grace-whitfield]
tags: ["Ports"]
---

The boat was named at a short ceremony on the quay, the harbour master said.
`;
}

async function git(cwd: string, args: string[], who = LAPTOP): Promise<string> {
  const result = await runAsync('git', args, {
    cwd,
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: who.name,
      GIT_AUTHOR_EMAIL: who.email,
      GIT_COMMITTER_NAME: who.name,
      GIT_COMMITTER_EMAIL: who.email,
    },
  });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
  return result.stdout.trim();
}

/** Calls the desk's push webhook as GitHub does: the raw body signed with the shared secret. */
async function callHook(newsroom: Newsroom, secret = newsroom.followSecret): Promise<number> {
  const body = JSON.stringify({ ref: 'refs/heads/main', repository: { clone_url: 'https://attacker.example/x.git' } });
  const signature = `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
  const response = await fetch(`${newsroom.desk}/api/desk/pushes/hook`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-GitHub-Event': 'push', 'X-Hub-Signature-256': signature },
    body,
  });
  return response.status;
}

test('a commit pushed from a laptop is live on the site without anyone at the server', async ({ newsroom }) => {
  const { editor, reader, desk: DESK }: Newsroom = newsroom;
  await git(path.dirname(laptop), ['clone', '--quiet', newsroom.remote, laptop]);
  writeFileSync(path.join(laptop, FILE), story('Pilot boat named by schoolchildren'));
  await git(laptop, ['add', FILE]);
  await git(laptop, ['commit', '--quiet', '-m', 'New story: the pilot boat']);
  const pushed = await git(laptop, ['rev-parse', 'HEAD']);
  await git(laptop, ['push', '--quiet', 'origin', 'main']);

  // A call without the secret is refused and pulls nothing.
  expect(await callHook(newsroom, 'not-the-newsroom-secret')).toBe(401);
  expect((await reader(`/uk/${SLUG}`)).status).toBe(404);

  expect(await callHook(newsroom)).toBe(202);
  await expect.poll(async () => (await reader(`/uk/${SLUG}`)).status, { timeout: 60_000, intervals: [500] }).toBe(200);
  expect((await reader(`/uk/${SLUG}`)).text).toContain('Pilot boat named by schoolchildren');

  await editor.goto(`${DESK}/desk`);
  await editor.getByRole('navigation', { name: 'Desk' }).getByRole('link', { name: 'Pushes' }).click();
  await expect(editor).toHaveURL(`${DESK}/desk/pushes`);
  const push = editor.locator('section.push').first();
  await expect(push.getByRole('heading')).toContainText('Published');
  await expect(push).toContainText(`..${pushed.slice(0, 12)}`);
  await expect(push).toContainText('Lena Laptop <lena@example.org>');
  const row = push.locator('tr', { hasText: FILE });
  await expect(row).toContainText('published');
  await expect(row.getByRole('link')).toHaveAttribute('href', new RegExp(`/uk/${SLUG}$`));
  await screenshotForDocs(editor, 'desk-pushes.png');

  // The desk's workspace took the pushed story: its page in the desk shows it.
  await editor.goto(`${DESK}/desk/stories/2026/${SLUG}`);
  await expect(editor.getByRole('heading', { level: 1 })).toHaveText('Pilot boat named by schoolchildren');
});

test('a push that edits what the desk published is reported, and both changes are kept', async ({ newsroom }) => {
  const { api, editor, reader, root, desk: DESK }: Newsroom = newsroom;
  // The laptop edits the headline ...
  writeFileSync(path.join(laptop, FILE), story('Pilot boat named: the laptop’s headline'));
  await git(laptop, ['commit', '--quiet', '-am', 'Retitle the pilot boat story']);
  const pushed = await git(laptop, ['rev-parse', 'HEAD']);

  // ... while an editor publishes another headline from the desk.
  expect(
    (await api(editor, 'PUT', `/api/desk/stories/2026/${SLUG}`, story('Pilot boat named: the desk’s headline'))).status,
  ).toBe(200);
  const published = await api(editor, 'POST', `/api/desk/stories/2026/${SLUG}/publish`);
  expect(published.status, published.text).toBe(200);
  expect((await reader(`/uk/${SLUG}`)).text).toContain('the desk’s headline');
  // recordRelease's commit, made here until the desk makes it (see the note at the top).
  if ((await git(root, ['status', '--porcelain', '--', FILE])) !== '')
    await git(root, ['commit', '--quiet', '--only', '-m', `Publish 2026/${SLUG}`, '--', FILE], {
      name: 'Ed Editor',
      email: 'ed@example.org',
    });
  const deskCommit = await git(root, ['rev-parse', 'HEAD']);

  await git(laptop, ['push', '--quiet', 'origin', 'main']);
  expect(await callHook(newsroom)).toBe(202);

  await expect
    .poll(
      async () => {
        await editor.goto(`${DESK}/desk/pushes`);
        return editor.locator('section.push').first().getByRole('heading').textContent();
      },
      { timeout: 30_000, intervals: [500] },
    )
    .toContain('Conflict');
  const push = editor.locator('section.push').first();
  await expect(push.getByRole('alert')).toContainText('Both changes are kept');
  await expect(push.locator('.desk-commit')).toHaveText(deskCommit);
  await expect(push.locator('.pushed-commit')).toHaveText(pushed);
  await expect(push.locator('tr', { hasText: FILE })).toContainText('changed by the desk and by the push');
  await screenshotForDocs(editor, 'desk-push-conflict.png');

  // Nothing was dropped: the desk's version is live and in the file, the laptop's on the remote.
  expect(readFileSync(path.join(root, FILE), 'utf8')).toContain('the desk’s headline');
  expect(existsSync(path.join(root, '.git', 'MERGE_HEAD'))).toBe(false);
  expect(await git(root, ['rev-parse', 'HEAD'])).toBe(deskCommit);
  expect(await git(newsroom.remote, ['rev-parse', 'main'])).toBe(pushed);
  expect((await reader(`/uk/${SLUG}`)).text).toContain('the desk’s headline');
});
