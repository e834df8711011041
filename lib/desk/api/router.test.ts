import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { editor, reporter, startTestDesk, storyText, type TestDesk } from '../publishing/test-desk';
import type { DeskUser } from '../roles';
import { handleDeskApi, MAX_PICTURE_BYTES, MAX_STORY_BYTES } from './router';

const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
const ORIGIN = 'http://127.0.0.1:4501';

let t: TestDesk;
beforeEach(async () => {
  t = await startTestDesk();
});
afterEach(async () => {
  await t.stop();
});

async function call(
  user: DeskUser,
  method: string,
  pathname: string,
  body?: BodyInit,
  headers: Record<string, string> = {},
) {
  const response = await handleDeskApi(
    new Request(`${ORIGIN}${pathname}`, {
      method,
      ...(body !== undefined ? { body } : {}),
      headers: { 'Content-Type': 'text/markdown', ...headers },
    }),
    user,
  );
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

const NEW = 'articles/2026/harbour-wall-breach-closed.mdx';
const newStory = storyText({ title: 'Harbour wall breach closed' });

describe('saving a story', () => {
  it("keeps a reporter's save in the workspace only, as that person", async () => {
    const saved = await call(reporter, 'PUT', '/api/desk/stories/2026/harbour-wall-breach-closed', newStory);
    expect(saved).toMatchObject({ status: 201, body: { saved: NEW } });
    expect(t.workspaceFile(NEW)).toBe(newStory);
    expect(t.content(NEW)).toBeUndefined();
    const again = await call(
      reporter,
      'PUT',
      '/api/desk/stories/2026/harbour-wall-breach-closed',
      newStory.replace('closed', 'shut'),
    );
    expect(again.status).toBe(200);
    const row = await t.desk.options.database.db.selectFrom('desk_saves').selectAll().executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      story: '2026/harbour-wall-breach-closed',
      user_id: reporter.id,
      user_email: reporter.email,
    });
  });

  it('refuses text that is not a story, with a message that names the problem', async () => {
    expect(await call(reporter, 'PUT', '/api/desk/stories/2026/x-story', 'no frontmatter')).toMatchObject({
      status: 400,
      body: { error: expect.stringMatching(/must start with its frontmatter/) as unknown },
    });
    expect(
      await call(
        reporter,
        'PUT',
        '/api/desk/stories/2026/x-story',
        Uint8Array.from([0x2d, 0x2d, 0x2d, 0x0a, 0xff, 0xfe]),
      ),
    ).toMatchObject({
      status: 400,
      body: { error: 'the story is not valid UTF-8 text' },
    });
    expect(
      await call(reporter, 'PUT', '/api/desk/stories/2026/x-story', newStory, { 'Content-Type': 'application/json' }),
    ).toMatchObject({
      status: 415,
      body: { error: expect.stringMatching(/Content-Type text\/markdown/) as unknown },
    });
    expect(t.workspaceFile('articles/2026/x-story.mdx')).toBeUndefined();
  });

  it('refuses a story larger than the limit with 413 before saving anything', async () => {
    const big = `${newStory}${'a'.repeat(MAX_STORY_BYTES)}`;
    const answer = await call(reporter, 'PUT', '/api/desk/stories/2026/too-long', big);
    expect(answer).toMatchObject({
      status: 413,
      body: { error: expect.stringMatching(/story is larger than 1024 KiB/) as unknown },
    });
    expect(t.workspaceFile('articles/2026/too-long.mdx')).toBeUndefined();
  });
});

describe('paths', () => {
  it.each([
    ['/api/desk/stories/26/a-story', /year "26" must be four digits/],
    ['/api/desk/stories/2026/A_Story', /slug "A_Story" may hold only lower-case letters/],
    ['/api/desk/stories/2026/-story', /slug "-story"/],
    ['/api/desk/stories/2026/a--story', /slug "a--story"/],
    ['/api/desk/stories/2026/..%2f..%2fpackage', /nothing percent-encoded/],
    ['/api/desk/stories/2026%2fa-story/x', /nothing percent-encoded/],
    ['/api/desk/stories/2026/a%5cstory', /nothing percent-encoded/],
    ['/api/desk/stories/2026/%2e%2e', /nothing percent-encoded|"\.\."/],
    ['/api/desk/stories/2026//a-story', /empty, "\." or "\.\." segment/],
  ])('PUT %s is refused with 400 and says why', async (pathname, message) => {
    const answer = await call(reporter, 'PUT', pathname, newStory);
    expect(answer.status).toBe(400);
    expect(String(answer.body.error)).toMatch(message);
  });

  it('answers 404 for an address the API does not have, and 405 for a method it does not take', async () => {
    expect((await call(editor, 'GET', '/api/desk/nothing-here')).status).toBe(404);
    expect((await call(editor, 'DELETE', '/api/desk/stories/2026/existing-story')).status).toBe(405);
    expect((await call(editor, 'GET', '/api/desk/stories/2026/existing-story/publish')).status).toBe(405);
  });
});

describe('pictures', () => {
  it('takes a picture whose bytes match its name into the workspace', async () => {
    const answer = await call(reporter, 'PUT', '/api/desk/pictures/articles/2026/wall.png', PNG, {
      'Content-Type': 'image/png',
    });
    expect(answer).toMatchObject({ status: 201, body: { picture: '/images/articles/2026/wall.png' } });
  });

  it.each([
    [
      '/api/desk/pictures/articles/2026/wall.png',
      new TextEncoder().encode('<svg onload="x()"></svg>'),
      415,
      /not a JPEG, PNG, GIF, WebP or AVIF/,
    ],
    ['/api/desk/pictures/articles/2026/wall.jpg', PNG, 415, /bytes are image\/png but the name says image\/jpeg/],
    ['/api/desk/pictures/articles/2026/wall.svg', PNG, 400, /must end in \.jpg/],
    ['/api/desk/pictures/articles/..%2f..%2fserver.png', PNG, 400, /nothing percent-encoded/],
    ['/api/desk/pictures/articles/.hidden.png', PNG, 400, /not a usable file or folder name/],
    ['/api/desk/pictures/Articles/wall.png', PNG, 400, /not a usable file or folder name/],
  ])('PUT %s is refused', async (pathname, bytes, status, message) => {
    const answer = await call(reporter, 'PUT', pathname, bytes, { 'Content-Type': 'image/png' });
    expect(answer.status).toBe(status);
    expect(String(answer.body.error)).toMatch(message);
  });

  it('refuses a picture over the limit with 413', async () => {
    const big = new Uint8Array(MAX_PICTURE_BYTES + 1);
    big.set(PNG);
    expect((await call(reporter, 'PUT', '/api/desk/pictures/big.png', big)).status).toBe(413);
  });
});

describe('publishing', () => {
  it('refuses a reporter with 403 and runs nothing', async () => {
    await call(reporter, 'PUT', '/api/desk/stories/2026/harbour-wall-breach-closed', newStory);
    for (const action of ['publish', 'unpublish']) {
      const answer = await call(reporter, 'POST', `/api/desk/stories/2026/harbour-wall-breach-closed/${action}`);
      expect(answer).toMatchObject({
        status: 403,
        body: { error: expect.stringMatching(/reporter may not/) as unknown },
      });
    }
    expect(t.content(NEW)).toBeUndefined();
    expect(t.runs).toEqual([]);
  });

  it('answers 404 for a story that is in neither the desk nor the site', async () => {
    const answer = await call(editor, 'POST', '/api/desk/stories/2026/no-such-story/publish');
    expect(answer).toMatchObject({ status: 404, body: { error: 'there is no story 2026/no-such-story in the desk' } });
  });

  it("puts an editor's publish live with its picture and answers with the address once readers can load it", async () => {
    await call(reporter, 'PUT', '/api/desk/pictures/articles/2026/wall.png', PNG);
    const withPicture = storyText({
      title: 'Harbour wall breach closed',
      extra: 'image:\n  src: /images/articles/2026/wall.png\n  alt: "The wall"\n',
    });
    await call(reporter, 'PUT', '/api/desk/stories/2026/harbour-wall-breach-closed', withPicture);
    const answer = await call(editor, 'POST', '/api/desk/stories/2026/harbour-wall-breach-closed/publish');
    expect(answer).toMatchObject({
      status: 200,
      body: { status: 'published', path: '/uk/harbour-wall-breach-closed' },
    });
    expect(String(answer.body.url)).toMatch(/\/uk\/harbour-wall-breach-closed$/);
    expect(t.content(NEW)).toBe(withPicture);
    expect(t.runs.at(-1)).toContain(NEW);
    // The desk names what it released: the publish looks at that file, not the whole folder.
    expect(t.named.at(-1)).toEqual([NEW]);
    expect(t.seen).toEqual([{ url: '/uk/harbour-wall-breach-closed', visible: true }]);
    expect(t.content('../public/images/articles/2026/wall.png')).toBeDefined();
  });

  it('answers 422 with file, line, field and message for a story with a mistake, and leaves content/ as it was', async () => {
    const before = t.content('articles/2026/existing-story.mdx');
    await call(
      reporter,
      'PUT',
      '/api/desk/stories/2026/existing-story',
      storyText({ title: 'Existing story', section: 'harbours' }),
    );
    await call(
      reporter,
      'PUT',
      '/api/desk/stories/2026/new-broken',
      storyText({ title: 'New broken', section: 'harbours' }),
    );
    const changed = await call(editor, 'POST', '/api/desk/stories/2026/existing-story/publish');
    expect(changed).toMatchObject({
      status: 422,
      body: {
        problems: [
          {
            file: 'content/articles/2026/existing-story.mdx',
            line: 5,
            field: 'section',
            message: '"harbours" is not a section',
          },
        ],
      },
    });
    expect(t.content('articles/2026/existing-story.mdx')).toBe(before);
    expect((await call(editor, 'POST', '/api/desk/stories/2026/new-broken/publish')).status).toBe(422);
    expect(t.content('articles/2026/new-broken.mdx')).toBeUndefined();
    // The pipeline did see each of them: it was released, then put back.
    expect(t.runs.flat()).toContain('articles/2026/new-broken.mdx');
  });

  it('unpublishes by setting draft: true in the workspace and content/, once readers get a 404', async () => {
    const answer = await call(editor, 'POST', '/api/desk/stories/2026/existing-story/unpublish');
    expect(answer).toMatchObject({ status: 200, body: { status: 'unpublished' } });
    expect(t.content('articles/2026/existing-story.mdx')).toMatch(/\ndraft: true\n---/);
    expect(t.workspaceFile('articles/2026/existing-story.mdx')).toMatch(/\ndraft: true\n---/);
    expect(t.seen).toEqual([{ url: '/uk/existing-story', visible: false }]);
  });

  it('says when a story is scheduled rather than live', async () => {
    await call(
      reporter,
      'PUT',
      '/api/desk/stories/2026/later',
      storyText({ title: 'Later', date: '2026-11-29T09:00:00+00:00' }),
    );
    const answer = await call(editor, 'POST', '/api/desk/stories/2026/later/publish');
    expect(answer).toMatchObject({ status: 200, body: { status: 'scheduled', until: '2026-11-29T09:00:00+00:00' } });
    expect(t.seen).toEqual([]);
  });
});

describe('a publish that takes longer than the wait', () => {
  it('answers 202 with the job address, which gives the result once done', async () => {
    await t.stop();
    t = await startTestDesk({ waitMs: 20, publishDelayMs: 300 });
    const answer = await call(editor, 'POST', '/api/desk/stories/2026/existing-story/publish');
    expect(answer).toMatchObject({
      status: 202,
      body: { job: expect.stringMatching(/^\/api\/desk\/jobs\/\d+$/) as unknown },
    });
    await t.desk.queue.idle();
    const job = await call(reporter, 'GET', String(answer.body.job));
    expect(job).toMatchObject({ status: 200, body: { state: 'done', status: 'published' } });
  });
});
