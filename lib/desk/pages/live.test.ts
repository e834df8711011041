import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { BLOG, type LiveTestDesk, startLiveTestDesk } from '../live/test-live-desk';
import { editor, reporter } from '../publishing/test-desk';
import type { DeskUser } from '../roles';
import { handleDeskPage } from './router';

const ORIGIN = 'http://127.0.0.1:4402';
const PAGE = '/desk/live/2026/live-harbour-storm';

let t: LiveTestDesk;
beforeEach(async () => {
  t = await startLiveTestDesk();
});
afterEach(async () => {
  await t.stop();
});

const flat = (text: string) => text.replace(/>\s+/g, '>').replace(/\s+</g, '<');
const get = async (user: DeskUser, pathname: string) => {
  const response = await handleDeskPage(new Request(`${ORIGIN}${pathname}`), user);
  return { status: response.status, text: flat(await response.text()) };
};
const send = async (user: DeskUser, fields: Record<string, string | string[]>) => {
  const body = new URLSearchParams();
  for (const [name, value] of Object.entries(fields)) for (const one of [value].flat()) body.append(name, one);
  const response = await handleDeskPage(
    new Request(`${ORIGIN}${PAGE}/posts`, {
      method: 'POST',
      body,
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    }),
    user,
  );
  return { status: response.status, location: response.headers.get('location'), text: flat(await response.text()) };
};

describe("a live blog's page in the desk", () => {
  it('is linked from the story list and shows the posts with the "Add a post" form for an editor', async () => {
    expect((await get(editor, '/desk')).text).toContain(`<a href="${PAGE}">Harbour storm live</a>`);
    const { status, text } = await get(editor, PAGE);
    expect(status).toBe(200);
    expect(text).toContain('<h2 id="add-post">Add a post</h2>');
    expect(text).toContain(`<form method="post" action="${PAGE}/posts"`);
    expect(text).toMatch(/<label for="post-title">Title<\/label>/);
    expect(text).toMatch(/<label for="post-body">Post<\/label>/);
    // The editor is an author of the site: the post is theirs unless they choose others.
    expect(text).toMatch(/<input\s+type="checkbox"\s+name="authors"\s+value="ed-editor"\s+checked\s*\/>/);
    expect(text).toMatch(/<input\s+type="checkbox"\s+name="authors"\s+value="grace-whitfield"\s+\/>/);
    expect(text).toMatch(/<a href="\/uk\/live-harbour-storm#post-0600-gales-arrive">0600-gales-arrive<\/a>/);
  });

  it('tells a reporter that an editor adds posts, without the form', async () => {
    const { text } = await get(reporter, PAGE);
    expect(text).toContain('An editor adds posts to live blogs');
    expect(text).not.toContain('Add a post');
    expect((await send(reporter, { body: 'A reporter writes.' })).status).toBe(403);
    expect(t.workspacePosts()).toEqual(['0600-gales-arrive.mdx']);
  });

  it('publishes a post from the form and says so, with its link', async () => {
    const answer = await send(editor, {
      title: 'Sea wall holds',
      body: 'The new sea wall held at high tide.',
      keyEvent: 'true',
      authors: ['ed-editor', 'grace-whitfield'],
    });
    expect(answer).toMatchObject({ status: 303, location: `${PAGE}?posted=120000-sea-wall-holds` });
    expect(t.content(`${BLOG}/120000-sea-wall-holds.mdx`)).toBe(
      '---\ntime: 2026-11-28T12:00:00+00:00\nauthors: [ed-editor, grace-whitfield]\ntitle: "Sea wall holds"\nkeyEvent: true\n---\n\nThe new sea wall held at high tide.\n',
    );
    const { text } = await get(editor, `${PAGE}?posted=120000-sea-wall-holds`);
    expect(text).toMatch(
      /<p class="ok" role="status">Published:<a href="\/uk\/live-harbour-storm#post-120000-sea-wall-holds">Sea wall holds<\/a>/,
    );
  });

  it("shows the check's problems beside the form, keeps what was written, and changes nothing", async () => {
    const answer = await send(editor, { title: 'Pier', body: 'Railings lost.\n\n<Nope />', pinned: 'true' });
    expect(answer.status).toBe(422);
    expect(answer.text).toContain('Not published: the check found 1 problem(s)');
    expect(answer.text).toMatch(/<p class="problem" data-field="body">body: &lt;Nope&gt; is not a component/);
    expect(answer.text).toContain('value="Pier"');
    expect(answer.text).toContain('Railings lost.');
    expect(answer.text).toMatch(/name="pinned"\s+value="true"\s+checked/);
    expect(t.sitePosts()).toEqual(['0600-gales-arrive.mdx']);
    expect(t.workspacePosts()).toEqual(['0600-gales-arrive.mdx']);
  });

  it('answers 404 for a live-blog address that is not one', async () => {
    expect((await get(editor, '/desk/live/2026/no-such-blog')).status).toBe(404);
    expect((await get(editor, '/desk/live/2026/live-harbour-storm/posts')).status).toBe(404);
  });
});
