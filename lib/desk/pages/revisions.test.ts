import { execFileSync } from 'node:child_process';

import { afterEach, describe, expect, it } from 'vitest';

import { handleDeskApi } from '../api/router';
import { DESK_BRANCH } from '../history/history';
import { editor, reporter, startTestDesk, storyText, type TestDesk } from '../publishing/test-desk';
import type { DeskUser } from '../roles';
import { handleDeskPage } from './router';

const ORIGIN = 'http://127.0.0.1:4203';
const SLUG = 'revisions-harbour-crane';
const FILE = `articles/2026/${SLUG}.mdx`;
const PAGE = `/desk/stories/2026/${SLUG}/revisions`;

let t: TestDesk;
afterEach(async () => {
  await t.stop();
});

const get = async (user: DeskUser, pathname: string) => {
  const response = await handleDeskPage(new Request(`${ORIGIN}${pathname}`), user);
  return { status: response.status, text: (await response.text()).replace(/>\s+/g, '>').replace(/\s+</g, '<') };
};
const post = (user: DeskUser, pathname: string) =>
  handleDeskPage(new Request(`${ORIGIN}${pathname}`, { method: 'POST' }), user);
const save = async (user: DeskUser, text: string) => {
  const response = await handleDeskApi(
    new Request(`${ORIGIN}/api/desk/stories/2026/${SLUG}`, {
      method: 'PUT',
      body: text,
      headers: { 'Content-Type': 'text/markdown' },
    }),
    user,
  );
  expect(response.status).toBeLessThan(300);
};
const git = (...args: string[]) => execFileSync('git', args, { cwd: t.root, encoding: 'utf8' });
const revisionIds = (text: string) => [...text.matchAll(/data-revision="([0-9a-f]{40})"/g)].map((match) => match[1]!);

/** Rita saves, Ed changes the headline and publishes. */
async function twoPeopleAndAPublish() {
  await save(
    reporter,
    storyText({ title: 'Harbour crane returns', body: 'The crane is back.\nIt was lifted at dawn.' }),
  );
  await save(
    editor,
    storyText({ title: 'Harbour crane back on the quay', body: 'The crane is back.\nIt was lifted before dawn.' }),
  );
  const published = await post(editor, `/desk/stories/2026/${SLUG}/publish`);
  expect(published.status).toBe(303);
}

describe('the revisions page', () => {
  it("lists each person's saves and the publish, with the headline and the text as a diff", async () => {
    t = await startTestDesk({ git: true });
    await twoPeopleAndAPublish();
    const { status, text } = await get(reporter, PAGE);
    expect(status).toBe(200);
    const items = text.split('<li class="revision"').slice(1);
    expect(items).toHaveLength(3);
    expect(items[0]).toMatch(
      /Ed Editor<\/span>·<time datetime="[^"]+">[A-Z][a-z]+ \d+, \d{4} at .+<\/time>·<span class="action">Publish 2026\/revisions-harbour-crane/,
    );
    expect(items[0]).toContain('No change to the story');
    expect(items[1]).toContain('Ed Editor');
    expect(items[1]).toContain('Save 2026/revisions-harbour-crane');
    expect(items[1]).toContain(
      '<th scope="row">title</th><td><del>Harbour crane returns</del></td><td><ins>Harbour crane back on the quay</ins></td>',
    );
    expect(items[1]).toContain('<del>- It was lifted at dawn.</del><ins>+ It was lifted before dawn.</ins>');
    expect(items[2]).toContain('Rita Reporter');
    expect(items[2]).toContain('<td><em>not set</em></td><td><ins>Harbour crane returns</ins></td>');
    // Restore is offered on every revision but the newest.
    expect(text.match(/Restore this revision/g)).toHaveLength(2);
    // The story page links here.
    expect((await get(reporter, `/desk/stories/2026/${SLUG}`)).text).toContain(`<a href="${PAGE}">Revisions</a>`);
  });

  it('restores a revision into the workspace as a new revision by the person who restored it', async () => {
    t = await startTestDesk({ git: true });
    await twoPeopleAndAPublish();
    const ids = revisionIds((await get(editor, PAGE)).text);
    const first = ids[2]!;
    const restored = await post(reporter, `${PAGE}/${first}/restore`);
    expect(restored.status).toBe(303);
    expect(restored.headers.get('location')).toBe(`${PAGE}?restored=${first.slice(0, 7)}`);
    expect(t.workspaceFile(FILE)).toContain('title: "Harbour crane returns"');
    // Readers still get what the editor published; a restore is a save.
    expect(t.content(FILE)).toContain('Harbour crane back on the quay');
    expect(git('log', '-1', '--format=%an|%s', DESK_BRANCH).trim()).toBe(
      `Rita Reporter|Restore 2026/${SLUG} to ${first.slice(0, 7)}`,
    );
    const page = await get(editor, `${PAGE}?restored=${first.slice(0, 7)}`);
    expect(page.text).toContain(`Restored revision ${first.slice(0, 7)}`);
    expect(revisionIds(page.text)).toHaveLength(4);
    expect(page.text).toContain(
      '<td><del>Harbour crane back on the quay</del></td><td><ins>Harbour crane returns</ins></td>',
    );
  });

  it('refuses a revision id that is not 40 hex digits, or not one of this story', async () => {
    t = await startTestDesk({ git: true });
    await twoPeopleAndAPublish();
    const before = git('rev-parse', DESK_BRANCH);
    const workspaceBefore = t.workspaceFile(FILE);
    const existing = git('log', '-1', '--format=%H', 'main', '--', 'content/articles/2026/existing-story.mdx').trim();
    const unknown = 'a'.repeat(40);
    for (const [id, status] of [
      ['HEAD', 400],
      [existing.slice(0, 7), 400],
      ['0'.repeat(39) + 'g', 400],
      [unknown, 404],
      [existing, 404], // a real commit, of another story
    ] as const) {
      const answer = await post(editor, `${PAGE}/${id}/restore`);
      expect(answer.status, id).toBe(status);
    }
    // Odd shapes of the address never reach the restore.
    for (const pathname of [`${PAGE}/${unknown}`, `${PAGE}/${unknown}/restore/x`, `${PAGE}/../restore`])
      expect((await post(editor, pathname)).status, pathname).toBe(404);
    expect(git('rev-parse', DESK_BRANCH)).toBe(before);
    expect(t.workspaceFile(FILE)).toBe(workspaceBefore);
  });

  it('says so when the content folder is not in a git repository, and the desk still saves and publishes', async () => {
    t = await startTestDesk();
    await twoPeopleAndAPublish();
    const page = await get(editor, PAGE);
    expect(page.status).toBe(200);
    expect(page.text).toContain('Revisions are not recorded on this desk: the content folder');
    expect(page.text).toContain('is not in a git repository');
    expect(t.content(FILE)).toContain('Harbour crane back on the quay');
    const refused = await post(editor, `${PAGE}/${'a'.repeat(40)}/restore`);
    expect(refused.status).toBe(409);
  });
});
