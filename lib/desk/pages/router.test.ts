import { writeFileSync } from 'node:fs';
import path from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { handleDeskApi } from '../api/router';
import { editor, reporter, startTestDesk, storyText, type TestDesk } from '../publishing/test-desk';
import type { DeskUser } from '../roles';
import { syncWorkspace } from '../workspace/sync';
import { handleDeskPage } from './router';

const ORIGIN = 'http://127.0.0.1:4502';
let t: TestDesk;
beforeEach(async () => {
  t = await startTestDesk();
});
afterEach(async () => {
  await t.stop();
});

const get = async (user: DeskUser, pathname: string) => {
  const response = await handleDeskPage(new Request(`${ORIGIN}${pathname}`), user);
  // Whitespace between and inside tags is layout, not content.
  return { status: response.status, text: (await response.text()).replace(/>\s+/g, '>').replace(/\s+</g, '<') };
};
const press = (user: DeskUser, pathname: string) =>
  handleDeskPage(new Request(`${ORIGIN}${pathname}`, { method: 'POST' }), user);
const save = (slug: string, text: string) =>
  handleDeskApi(
    new Request(`${ORIGIN}/api/desk/stories/2026/${slug}`, {
      method: 'PUT',
      body: text,
      headers: { 'Content-Type': 'text/markdown' },
    }),
    reporter,
  );

describe('the desk pages', () => {
  it('lists each story with its status', async () => {
    await save('fresh-story', storyText({ title: 'Fresh <story>' }));
    await save('existing-story', storyText({ title: 'Existing story, edited' }));
    const { status, text } = await get(editor, '/desk');
    expect(status).toBe(200);
    expect(text).toMatch(/Fresh &lt;story&gt;<\/a><\/td>\s*<td class="status">not published/);
    expect(text).toMatch(/Existing story, edited<\/a><\/td>\s*<td class="status">changed since published/);
    // Every desk page lets the person sign out (a POST the gate checks for the desk's origin).
    expect(text).toMatch(
      /<form method="post" action="\/desk\/sign-out"><button type="submit">Sign out<\/button><\/form>/,
    );
  });

  it('offers Publish to an editor and not to a reporter, and refuses a reporter who posts anyway', async () => {
    expect((await get(editor, '/desk/stories/2026/existing-story')).text).toContain(
      '<button type="submit">Publish</button>',
    );
    const page = await get(reporter, '/desk/stories/2026/existing-story');
    // A reporter's only buttons on a story: the desk's own Sign out, and handing it to an editor.
    expect(page.text.match(/<button[^>]*>[^<]*<\/button>/g)).toEqual([
      '<button type="submit">Sign out</button>',
      '<button type="submit">Submit for review</button>',
    ]);
    expect(page.text).toContain('An editor publishes this story.');
    const refused = await press(reporter, '/desk/stories/2026/existing-story/publish');
    expect(refused.status).toBe(403);
    expect(t.runs).toEqual([]);
  });

  it("shows the check's message beside the field it is about, and the live address after a publish", async () => {
    await save('existing-story', storyText({ title: 'Existing story', section: 'harbours' }));
    const pressed = await press(editor, '/desk/stories/2026/existing-story/publish');
    expect(pressed.status).toBe(303);
    expect(pressed.headers.get('location')).toBe('/desk/stories/2026/existing-story');
    const refused = await get(editor, '/desk/stories/2026/existing-story');
    expect(refused.text).toContain('Status:<span class="status">refused</span>');
    expect(refused.text).toMatch(
      /<th scope="row">section<\/th>\s*<td>harbours<\/td>\s*<td><p class="problem" data-field="section">line 5: section: &quot;harbours&quot; is not a section/,
    );
    expect(refused.text).toContain('href="/keystatic/collection/articles/item/2026%2Fexisting-story"');

    await save('existing-story', storyText({ title: 'Existing story', section: 'world' }));
    await press(editor, '/desk/stories/2026/existing-story/publish');
    const published = await get(editor, '/desk/stories/2026/existing-story');
    expect(published.text).toContain('Status:<span class="status">published</span>');
    expect(published.text).toContain('Published:<a href="/world/existing-story">');
  });

  it('says "changed on the server too" when content/ changed under a desk edit, and keeps the desk version', async () => {
    await save('existing-story', storyText({ title: 'Desk version' }));
    writeFileSync(
      path.join(t.root, 'content/articles/2026/existing-story.mdx'),
      storyText({ title: 'Server version' }),
    );
    await syncWorkspace(t.desk.options.database, t.desk.workspace);
    const { text } = await get(editor, '/desk/stories/2026/existing-story');
    expect(text).toContain('This story was changed on the server too');
    expect(text).toContain('<h1>Desk version</h1>');
    expect((await get(editor, '/desk')).text).toContain('changed on the server too');
  });

  it('answers 404 for anything else, including a bad story address', async () => {
    for (const pathname of [
      '/desk/nothing',
      '/desk/stories/26/x',
      '/desk/stories/2026/Bad_Slug',
      '/desk/stories/2026/x%2f..',
    ]) {
      expect((await get(editor, pathname)).status, pathname).toBe(404);
    }
  });

  it('reloads a story page by itself while its publish runs, and stops once the outcome is shown', async () => {
    await t.stop();
    t = await startTestDesk({ waitMs: 20, publishDelayMs: 600 });
    const pressed = await press(editor, '/desk/stories/2026/existing-story/publish');
    expect(pressed.status).toBe(303);
    const running = await get(editor, '/desk/stories/2026/existing-story');
    expect(running.text).toContain('<meta http-equiv="refresh" content="2"');
    expect(running.text).toContain('Publishing… this page reloads by itself.');
    await t.desk.queue.idle();
    const done = await get(editor, '/desk/stories/2026/existing-story');
    expect(done.text).not.toContain('http-equiv="refresh"');
    expect(done.text).toContain('Published');
  });

  it('shows the schedule page', async () => {
    const { status, text } = await get(editor, '/desk/schedule');
    expect(status).toBe(200);
    expect(text).toContain('What goes live when');
  });
});
