/**
 * Preview links through the desk's pages, its API and its gate, on the test desk: who may make
 * them (a reporter for a story they saved last, editors for any), what a stranger gets at the
 * link (the story as the site's article component renders it, never indexed or cached) and the
 * 404s once it is revoked or expired.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { renderPreview } from '../../../scripts/desk/render-preview';
import { handleDeskApi } from '../api/router';
import { type DeskContext, setDeskContext } from '../auth/desk-context';
import { previewKeyOf } from '../preview/serve';
import { previewPath } from '../preview/signature';
import { editor, reporter, serveTestDesk, startTestDesk, storyText, type TestDesk } from '../publishing/test-desk';
import type { DeskUser } from '../roles';
import { gate } from '../server/gate';
import { handleDeskPage } from './router';

const ORIGIN = 'http://127.0.0.1:4502';
const SLUG = 'harbour-wall-repaired';
const STORY = `/desk/stories/2026/${SLUG}`;
const API = `/api/desk/stories/2026/${SLUG}/preview-links`;
const ravi: DeskUser = { id: 'u-ravi', email: 'ravi@example.test', name: 'Ravi Reporter', role: 'reporter' };

let t: TestDesk;
let context: DeskContext;
beforeEach(async () => {
  t = await startTestDesk();
  context = serveTestDesk(t, ORIGIN);
  const saved = await handleDeskApi(
    new Request(`${ORIGIN}/api/desk/stories/2026/${SLUG}`, {
      method: 'PUT',
      body: storyText({ title: 'Harbour wall repaired before dawn', extra: 'draft: true\n' }),
      headers: { 'Content-Type': 'text/markdown' },
    }),
    reporter,
  );
  expect(saved.status).toBe(201);
});
afterEach(async () => {
  setDeskContext(undefined);
  await t.stop();
});

const page = async (user: DeskUser, pathname: string) => {
  const response = await handleDeskPage(new Request(`${ORIGIN}${pathname}`), user);
  return { status: response.status, headers: response.headers, text: await response.text() };
};
const press = (user: DeskUser, pathname: string) =>
  handleDeskPage(new Request(`${ORIGIN}${pathname}`, { method: 'POST' }), user);
const api = async (user: DeskUser, method: string, pathname: string) => {
  const response = await handleDeskApi(new Request(`${ORIGIN}${pathname}`, { method }), user);
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
};
/** A stranger's GET through the desk's gate: no cookie, no token. */
const open = async (url: string) => {
  const answer = await gate(
    {
      context,
      root: t.root,
      editorBuilt: false,
      keystaticApi: () => Promise.reject(new Error('not used')),
      renderPreview,
    },
    { rawUrl: new URL(url).pathname, request: new Request(url), clientAddress: '127.0.0.1' },
  );
  if (answer === 'editor') throw new Error('the gate handed a preview to the editor');
  return { status: answer.status, headers: answer.headers, text: await answer.text() };
};
const linksOn = (text: string) =>
  [...text.matchAll(/value="(http:\/\/127\.0\.0\.1:4502\/preview\/[^"]+)"/g)].map((m) => m[1]);

describe('preview links on the story page', () => {
  it('lets the reporter who saved the story make one, shown in a read-only field with Copy and Revoke', async () => {
    const before = await page(reporter, STORY);
    expect(before.text).toContain('<button type="submit">Copy preview link</button>');
    expect(linksOn(before.text)).toEqual([]);
    const pressed = await press(reporter, `${STORY}/preview-links`);
    expect(pressed.status).toBe(303);
    expect(pressed.headers.get('location')).toBe(`${STORY}#preview-heading`);
    const after = await page(reporter, STORY);
    const [url] = linksOn(after.text);
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:4502\/preview\/[0-9a-f]{32}\.\d+\.[A-Za-z0-9_-]{43}$/);
    expect(after.text).toMatch(/<input id="preview-link-0" class="preview-url" type="text" readonly/);
    expect(after.text).toContain('data-copy="preview-link-0"');
    expect(after.text).toMatch(/expires <time datetime="2026-11-30T12:00:00.000Z">November 30, 2026 at 12:00 PM GMT/);
    // The copy script runs under the page's policy by its hash, and nothing else may.
    expect(after.headers.get('content-security-policy')).toMatch(/; script-src 'sha256-[A-Za-z0-9+/=]+'$/);
    // An editor sees the link too, and may make more.
    expect(linksOn((await page(editor, STORY)).text)).toEqual([url]);
  });

  it('refuses another reporter, on the page and by the form’s address', async () => {
    expect((await page(ravi, STORY)).text).not.toContain('Copy preview link');
    const pressed = await press(ravi, `${STORY}/preview-links`);
    expect(pressed.status).toBe(403);
    expect(await pressed.text()).toContain('A reporter makes preview links of the stories they saved last');
  });

  it('offers none for a story readers already see as it stands', async () => {
    await t.desk.queue.wait(await t.desk.queue.enqueue('publish', `2026/${SLUG}`, editor.id), 10_000);
    const published = await page(editor, '/desk/stories/2026/existing-story');
    expect(published.text).not.toContain('<button type="submit">Copy preview link</button>');
    expect((await press(editor, '/desk/stories/2026/existing-story/preview-links')).status).toBe(409);
  });
});

describe('preview links through the API', () => {
  it('makes one (201 { url, expiresAt }), lists it and revokes it, for the reporter who saved it', async () => {
    const made = await api(reporter, 'POST', API);
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({ expiresAt: '2026-11-30T12:00:00.000Z' });
    expect(String(made.body.url)).toMatch(/^http:\/\/127\.0\.0\.1:4502\/preview\//);
    const listed = await api(editor, 'GET', API);
    expect(listed.body.links).toEqual([
      { id: made.body.id, url: made.body.url, expiresAt: made.body.expiresAt, createdBy: 'Rita Reporter' },
    ]);
    expect((await api(ravi, 'DELETE', `${API}/${String(made.body.id)}`)).status).toBe(403);
    expect((await api(reporter, 'DELETE', `${API}/${'0'.repeat(32)}`)).status).toBe(404);
    expect((await api(reporter, 'DELETE', `${API}/${String(made.body.id)}`)).status).toBe(200);
    expect((await api(editor, 'GET', API)).body.links).toEqual([]);
  });

  it('refuses another reporter’s token, a wrong method and a story that is not there', async () => {
    expect((await api(ravi, 'POST', API)).status).toBe(403);
    expect((await api(reporter, 'PUT', API)).status).toBe(405);
    expect((await api(editor, 'POST', '/api/desk/stories/2026/no-such-story/preview-links')).status).toBe(404);
  });
});

describe('opening a preview link', () => {
  it('shows the draft to a stranger as the site renders it, not indexed, not cached, no referrer', async () => {
    const made = await api(reporter, 'POST', API);
    const shown = await open(String(made.body.url));
    expect(shown.status).toBe(200);
    expect(shown.text).toContain('Harbour wall repaired before dawn</h1>');
    expect(shown.text).toContain('The harbour master said the wall was repaired before dawn.');
    expect(shown.text).toContain('<meta name="robots" content="noindex">');
    expect(shown.text).toMatch(/Preview — not published; link expires <time[^>]*>November 30, 2026 at 12:00 PM GMT/);
    expect(shown.headers.get('x-robots-tag')).toBe('noindex, nofollow');
    expect(shown.headers.get('cache-control')).toBe('private, no-store');
    expect(shown.headers.get('referrer-policy')).toBe('no-referrer');
    expect(shown.headers.get('content-security-policy')).toMatch(/^default-src 'none'; style-src 'sha256-/);
    expect(shown.headers.get('set-cookie')).toBeNull();
  });

  it('answers 404 saying the link was withdrawn once it is revoked, and has expired once its time is up', async () => {
    const made = await api(reporter, 'POST', API);
    await api(editor, 'DELETE', `${API}/${String(made.body.id)}`);
    const withdrawn = await open(String(made.body.url));
    expect(withdrawn.status).toBe(404);
    expect(withdrawn.text).toContain('This preview link was withdrawn');
    expect(withdrawn.headers.get('x-robots-tag')).toBe('noindex, nofollow');

    const again = await api(reporter, 'POST', API);
    const past = Math.floor(Date.parse('2026-11-28T11:00:00Z') / 1000);
    const expired = await open(`${ORIGIN}${previewPath(previewKeyOf(context), String(again.body.id), past)}`);
    expect(expired.status).toBe(404);
    expect(expired.text).toContain('This preview link has expired');
    expect(expired.text).toContain('November 28, 2026 at 11:00 AM GMT');
  });

  it('answers a plain 404 to a forged address, and 405 to anything but GET', async () => {
    const made = await api(reporter, 'POST', API);
    const url = String(made.body.url);
    const forged = await open(
      url.replace(/([0-9a-f]{32})\.(\d+)\./, (_, id: string, expires: string) => `${id}.${Number(expires) + 3600}.`),
    );
    expect(forged.status).toBe(404);
    expect(forged.text).toContain('There is nothing at this address.');
    expect(forged.text).not.toContain('expired');
    const posted = await gate(
      { context, root: t.root, editorBuilt: false, keystaticApi: () => Promise.reject(new Error('unused')) },
      { rawUrl: new URL(url).pathname, request: new Request(url, { method: 'POST' }), clientAddress: '127.0.0.1' },
    );
    expect(posted === 'editor' ? 0 : posted.status).toBe(405);
  });
});
