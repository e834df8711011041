import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { handleDeskApi } from '../api/router';
import { admin, editor, reporter } from '../publishing/test-desk';
import type { DeskUser } from '../roles';
import { MAX_POST_BYTES } from './api';
import { BLOG, blogText, type LiveTestDesk, startLiveTestDesk } from './test-live-desk';

const ORIGIN = 'http://127.0.0.1:4401';
const POSTS = '/api/desk/live/2026/live-harbour-storm/posts';

let t: LiveTestDesk;
beforeEach(async () => {
  t = await startLiveTestDesk();
});
afterEach(async () => {
  await t.stop();
});

async function post(user: DeskUser, body: BodyInit | undefined, pathname = POSTS, init: RequestInit = {}) {
  const response = await handleDeskApi(
    new Request(`${ORIGIN}${pathname}`, {
      method: 'POST',
      ...(body !== undefined ? { body } : {}),
      headers: { 'Content-Type': 'text/markdown' },
      ...init,
    }),
    user,
  );
  return {
    status: response.status,
    headers: response.headers,
    body: (await response.json()) as Record<string, unknown>,
  };
}

const ORIGINAL_POSTS = ['0600-gales-arrive.mdx'];

describe('POST /api/desk/live/<year>/<slug>/posts', () => {
  it('publishes plain text as a post timed now, by the sender, and answers 201 with its address once readers can load it', async () => {
    const answer = await post(editor, 'Ferry services to the islands have resumed.\n');
    expect(answer.status).toBe(201);
    expect(answer.body).toMatchObject({
      id: '120000-ferry-services-to-the-islands',
      path: '/uk/live-harbour-storm#post-120000-ferry-services-to-the-islands',
      file: `content/${BLOG}/120000-ferry-services-to-the-islands.mdx`,
    });
    expect(String(answer.body.url)).toMatch(
      /^https?:\/\/[^/]+\/uk\/live-harbour-storm#post-120000-ferry-services-to-the-islands$/,
    );
    expect(answer.headers.get('location')).toBe(answer.body.url);
    const written = t.content(`${BLOG}/120000-ferry-services-to-the-islands.mdx`);
    expect(written).toBe(
      '---\ntime: 2026-11-28T12:00:00+00:00\nauthors: [ed-editor]\n---\n\nFerry services to the islands have resumed.\n',
    );
    expect(t.workspaceFile(`${BLOG}/120000-ferry-services-to-the-islands.mdx`)).toBe(written);
    // Exactly that post went out; the blog's page for it was asked for before answering.
    expect(t.runs).toEqual([[`${BLOG}/0600-gales-arrive.mdx`, `${BLOG}/120000-ferry-services-to-the-islands.mdx`]]);
    expect(t.seen).toEqual([
      { url: '/uk/live-harbour-storm/page/120000-ferry-services-to-the-islands', visible: true },
    ]);
    expect(t.content(`${BLOG}/index.mdx`)).toBe(blogText());
  });

  it('takes title, key event, pinned and authors from the frontmatter, and names the post by its title', async () => {
    const answer = await post(
      admin,
      '---\ntitle: "Bridge closed to all traffic"\nkeyEvent: true\npinned: true\nauthors: [grace-whitfield]\n---\n\nThe estuary bridge is shut.\n',
    );
    expect(answer).toMatchObject({ status: 201, body: { id: '120000-bridge-closed-to-all-traffic' } });
    expect(t.content(`${BLOG}/120000-bridge-closed-to-all-traffic.mdx`)).toBe(
      '---\ntitle: "Bridge closed to all traffic"\nkeyEvent: true\npinned: true\nauthors: [grace-whitfield]\ntime: 2026-11-28T12:00:00+00:00\n---\n\nThe estuary bridge is shut.\n',
    );
  });

  it("posts under the blog's own authors when the sender is not an author (a bot, a wire feed)", async () => {
    const bot: DeskUser = { id: 'u-bot', email: 'wire@example.test', name: 'Wire feed', role: 'editor' };
    const answer = await post(bot, 'Winds of 70mph were recorded at the pier.');
    expect(answer.status).toBe(201);
    expect(t.content(`${BLOG}/${String(answer.body.id)}.mdx`)).toMatch(/\nauthors: \[grace-whitfield\]\n/);
  });

  it('keeps both of two posts sent at the same moment, each under its own id', async () => {
    const [first, second] = await Promise.all([
      post(editor, 'Power is back in the old town.'),
      post(editor, 'Power is back in the old town.'),
    ]);
    expect([first.status, second.status]).toEqual([201, 201]);
    const ids = [first.body.id, second.body.id].sort();
    expect(ids).toEqual(['120000-power-is-back-in-the', '120000-power-is-back-in-the-2']);
    expect(t.sitePosts()).toEqual([
      ...ORIGINAL_POSTS,
      '120000-power-is-back-in-the-2.mdx',
      '120000-power-is-back-in-the.mdx',
    ]);
    // One publish each, and neither took the other's post back.
    expect(t.runs).toHaveLength(2);
    expect(t.runs[1]).toHaveLength(3);
  });

  it("answers 422 with the check's problems, at the line of the text sent, and leaves nothing behind", async () => {
    const answer = await post(editor, '---\ntitle: "Pier damage"\n---\n\nThe pier lost its railings.\n\n<Nope />\n');
    expect(answer).toEqual({
      status: 422,
      headers: expect.anything() as unknown,
      body: {
        problems: [
          {
            file: `content/${BLOG}/120000-pier-damage.mdx`,
            line: 7,
            field: 'body',
            message: '<Nope> is not a component stories can use',
            fix: 'use one of AlsoRead, Figure, PullQuote, FactBox',
          },
        ],
      },
    });
    expect(t.sitePosts()).toEqual(ORIGINAL_POSTS);
    expect(t.workspacePosts()).toEqual(ORIGINAL_POSTS);
    // The same id is free again for the corrected post.
    const again = await post(editor, '---\ntitle: "Pier damage"\n---\n\nThe pier lost its railings.\n');
    expect(again).toMatchObject({ status: 201, body: { id: '120000-pier-damage' } });
  });

  it.each([
    [
      'a time',
      '---\ntime: 2026-11-28T09:00:00+00:00\n---\n\nText.',
      { line: 2, field: 'time', message: 'is set by the desk to the moment the post is sent' },
    ],
    ['a field posts do not have', '---\nsection: uk\n---\n\nText.', { line: 2, field: 'section' }],
    ['frontmatter that is not YAML', '---\ntitle: "open\n---\n\nText.', { field: 'title' }],
    ['no text', '---\ntitle: "Empty"\n---\n\n', { field: 'body', message: 'the post has no text' }],
    ['nothing at all', '', { field: 'body', message: 'the post has no text' }],
  ])('answers 422 for %s before writing anything', async (_what, text, problem) => {
    const answer = await post(editor, text);
    expect(answer.status).toBe(422);
    expect(answer.body.problems).toEqual([expect.objectContaining(problem)]);
    expect(t.workspacePosts()).toEqual(ORIGINAL_POSTS);
    expect(t.runs).toEqual([]);
  });

  it('answers 422 when the blog is not on the site yet, and keeps nothing', async () => {
    const draft = path.join(t.root, 'workspace', 'content', 'live', '2026', 'live-not-yet');
    mkdirSync(draft, { recursive: true });
    writeFileSync(path.join(draft, 'index.mdx'), blogText());
    const answer = await post(editor, 'Too early.', '/api/desk/live/2026/live-not-yet/posts');
    expect(answer).toMatchObject({
      status: 422,
      body: { problems: [{ file: 'content/live/2026/live-not-yet/index.mdx', field: 'file' }] },
    });
    expect(String((answer.body.problems as { message: string }[])[0]?.message)).toMatch(/not on the site yet/);
    expect(t.runs).toEqual([]);
  });

  it('refuses a reporter with 403: a post goes to readers at once, so an editor sends it', async () => {
    const answer = await post(reporter, 'A reporter writes.');
    expect(answer).toMatchObject({
      status: 403,
      body: { error: expect.stringMatching(/reporter may not post/) as unknown },
    });
    expect(t.workspacePosts()).toEqual(ORIGINAL_POSTS);
  });

  it.each([
    ['/api/desk/live/2026/no-such-blog/posts', 404, /there is no live blog 2026\/no-such-blog/],
    ['/api/desk/live/2026/live-harbour-storm', 404, /not a desk API address/],
    ['/api/desk/live/2026/live-harbour-storm/posts/extra', 404, /not a desk API address/],
    ['/api/desk/live/26/live-harbour-storm/posts', 400, /four digits/],
    ['/api/desk/live/2026/..%2f..%2fx/posts', 400, /nothing percent-encoded/],
  ])('answers POST %s with %i', async (pathname, status, message) => {
    const answer = await post(editor, 'Text.', pathname);
    expect(answer.status).toBe(status);
    expect(String(answer.body.error)).toMatch(message);
  });

  it('answers 405 with Allow: POST for another method', async () => {
    const answer = await post(editor, undefined, POSTS, { method: 'GET' });
    expect(answer.status).toBe(405);
    expect(answer.headers.get('allow')).toBe('POST');
  });

  it('answers 413 for a post over the limit and 415 for a body that is not text, writing nothing', async () => {
    expect((await post(editor, 'a'.repeat(MAX_POST_BYTES + 1))).status).toBe(413);
    expect((await post(editor, '{}', POSTS, { headers: { 'Content-Type': 'application/json' } })).status).toBe(415);
    expect(t.workspacePosts()).toEqual(ORIGINAL_POSTS);
  });

  it('answers 202 with the job when the publish takes longer than the wait; the job gives the address', async () => {
    await t.stop();
    t = await startLiveTestDesk({ waitMs: 20, publishDelayMs: 300 });
    const answer = await post(editor, 'Slow news.');
    expect(answer).toMatchObject({
      status: 202,
      body: { job: expect.stringMatching(/^\/api\/desk\/jobs\/\d+$/) as unknown },
    });
    await t.desk.queue.idle();
    const job = await handleDeskApi(new Request(`${ORIGIN}${String(answer.body.job)}`), editor);
    expect(await job.json()).toMatchObject({
      state: 'done',
      status: 'published',
      path: '/uk/live-harbour-storm#post-120000-slow-news',
    });
  });
});
