/**
 * A preview link's pictures (./pictures.ts, ./picture-addresses.ts): the page's picture addresses
 * point under the link, and each picture is served to a stranger only while the link works and
 * only if the story names it, through the desk's gate, on the test desk.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { renderPreview } from '../../../scripts/desk/render-preview';
import { handleDeskApi } from '../api/router';
import { type DeskContext, setDeskContext } from '../auth/desk-context';
import { editor, reporter, serveTestDesk, startTestDesk, storyText, type TestDesk } from '../publishing/test-desk';
import { gate } from '../server/gate';
import { parsePicturePath, previewPictureAddress, rewritePictures } from './picture-addresses';
import { previewKeyOf, servePreview } from './serve';
import { previewPath } from './signature';

const LINK = `/preview/${'a'.repeat(32)}.1796040000.${'B'.repeat(43)}`;

describe('pointing the page’s pictures at the link', () => {
  it('rewrites next/image’s src and srcset and plain /images/ addresses, and nothing else', () => {
    const markup =
      '<img alt="Crane" srcSet="/_next/image?url=%2Fimages%2Farticles%2Fcrane.jpg&amp;w=640&amp;q=75 640w, /_next/image?url=%2Fimages%2Farticles%2Fcrane.jpg&amp;w=1080&amp;q=75 1080w" src="/_next/image?url=%2Fimages%2Farticles%2Fcrane.jpg&amp;w=1080&amp;q=75"/>' +
      '<a href="/images/galleries/pier-1.jpg" data-src="/_next/image?url=%2Fimages%2Fgalleries%2Fpier-1.jpg&amp;w=3840&amp;q=75"><img src="/images/galleries/pier-1.jpg"/></a>' +
      '<a href="/uk/another-story">Another</a><img src="https://elsewhere.example/x.jpg"/>' +
      '<img src="/images/../secrets.jpg"/><img src="/_next/image?url=%2Fimages%2F..%2Fx.jpg&amp;w=640&amp;q=75"/>' +
      '<img src="/images/Notes.TXT"/>';
    const out = rewritePictures(markup, LINK);
    const crane = `${LINK}/pictures/articles/crane.jpg`;
    const pier = `${LINK}/pictures/galleries/pier-1.jpg`;
    // One file at every width: the srcset goes, src names the original.
    expect(out).toContain(`<img alt="Crane" src="${crane}"/>`);
    expect(rewritePictures('<img srcset="/images/a.jpg 1x, /images/b.jpg 2x"/>', LINK)).toBe(
      `<img srcset="${LINK}/pictures/a.jpg 1x, ${LINK}/pictures/b.jpg 2x"/>`,
    );
    expect(out).toContain(`<a href="${pier}" data-src="${pier}"><img src="${pier}"/></a>`);
    expect(out).toContain('<a href="/uk/another-story">');
    expect(out).toContain('<img src="https://elsewhere.example/x.jpg"/>');
    // Addresses no upload could have are left alone (and the picture route refuses them anyway).
    expect(out).toContain('<img src="/images/../secrets.jpg"/>');
    expect(out).toContain('%2Fimages%2F..%2Fx.jpg');
    expect(out).toContain('<img src="/images/Notes.TXT"/>');
  });

  it('parses only a link’s exact shape followed by a picture path the desk accepts', () => {
    expect(parsePicturePath(`${LINK}/pictures/articles/crane.jpg`)).toEqual({
      link: LINK,
      segments: ['articles', 'crane.jpg'],
    });
    expect(previewPictureAddress(LINK, '/images/articles/crane.jpg')).toBe(`${LINK}/pictures/articles/crane.jpg`);
    for (const refused of [
      `${LINK}/pictures/`,
      `${LINK}/pictures/../x.jpg`,
      `${LINK}/pictures/articles/../crane.jpg`,
      `${LINK}/pictures/articles%2Fcrane.jpg`,
      `${LINK}/pictures/articles/%2e%2e/crane.jpg`,
      `${LINK}/pictures/articles/Crane.JPG`,
      `${LINK}/pictures/articles/notes.txt`,
      `${LINK}/pictures//crane.jpg`,
      `${LINK}/other/crane.jpg`,
      `${LINK}x/pictures/crane.jpg`,
      `/preview/${'a'.repeat(31)}.1796040000.${'B'.repeat(43)}/pictures/crane.jpg`,
    ])
      expect(parsePicturePath(refused), refused).toBeUndefined();
  });
});

const ORIGIN = 'http://127.0.0.1:4502';
const SLUG = 'harbour-wall-repaired';
const API = `/api/desk/stories/2026/${SLUG}/preview-links`;
const PHOTO = readFileSync(path.join(process.cwd(), 'public/images/articles/cafe-culture-returns-to-market-towns.jpg'));
const SITE_PHOTO = readFileSync(path.join(process.cwd(), 'public/images/articles/fernhill-storm-clean-up-1.jpg'));

let t: TestDesk;
let context: DeskContext;

const body = `The harbour master said the wall was repaired before dawn.

<Figure src="/images/articles/harbour-night.jpg" alt="The wall at night" caption="Work went on under lamps." />
`;

const saveStory = async (text: string) => {
  const saved = await handleDeskApi(
    new Request(`${ORIGIN}/api/desk/stories/2026/${SLUG}`, {
      method: 'PUT',
      body: storyText({
        title: 'Harbour wall repaired before dawn',
        extra:
          'draft: true\nimage:\n  src: /images/articles/2026/harbour-wall.jpg\n  alt: "The repaired harbour wall"\n  caption: "The wall this morning."\n',
        body: text,
      }),
      headers: { 'Content-Type': 'text/markdown' },
    }),
    reporter,
  );
  expect(saved.status).toBeLessThan(300);
};

beforeEach(async () => {
  t = await startTestDesk();
  context = serveTestDesk(t, ORIGIN);
  // The lead picture is uploaded to the desk (not on the site yet); the body's is already on the site.
  const uploaded = await handleDeskApi(
    new Request(`${ORIGIN}/api/desk/pictures/articles/2026/harbour-wall.jpg`, { method: 'PUT', body: PHOTO }),
    reporter,
  );
  expect(uploaded.status).toBe(201);
  mkdirSync(path.join(t.root, 'public', 'images', 'articles'), { recursive: true });
  writeFileSync(path.join(t.root, 'public', 'images', 'articles', 'harbour-night.jpg'), SITE_PHOTO);
  writeFileSync(path.join(t.root, 'public', 'images', 'articles', 'unnamed.jpg'), SITE_PHOTO);
  await saveStory(body);
});
afterEach(async () => {
  setDeskContext(undefined);
  await t.stop();
});

const makeLink = async () => {
  const made = await handleDeskApi(new Request(`${ORIGIN}${API}`, { method: 'POST' }), reporter);
  expect(made.status).toBe(201);
  const { id, url } = (await made.json()) as { id: string; url: string };
  return { id, path: new URL(url).pathname };
};

/** A stranger's request through the desk's gate: no cookie, no token. */
const open = async (pathname: string, method = 'GET') => {
  const answer = await gate(
    {
      context,
      root: t.root,
      editorBuilt: false,
      keystaticApi: () => Promise.reject(new Error('unused')),
      renderPreview,
    },
    { rawUrl: pathname, request: new Request(`${ORIGIN}${pathname}`, { method }), clientAddress: '127.0.0.1' },
  );
  if (answer === 'editor') throw new Error('the gate handed a preview to the editor');
  return { status: answer.status, headers: answer.headers, bytes: Buffer.from(await answer.arrayBuffer()) };
};

const imageAddresses = (html: string) =>
  [...html.matchAll(/<img[^>]*?\ssrc="([^"]+)"/g)].map((match) => match[1] ?? '').filter(Boolean);

describe('a preview link’s pictures', () => {
  it('shows the lead picture (a desk upload) and a body picture (on the site) under the link, with the site’s sizes', async () => {
    const link = await makeLink();
    const page = await open(link.path);
    expect(page.status).toBe(200);
    const html = page.bytes.toString('utf8');
    expect(page.headers.get('content-security-policy')).toContain("img-src 'self'");
    expect(html).not.toContain('/_next/image');
    expect(html).not.toMatch(/srcset=/i);
    expect(html).not.toMatch(/="\/images\//);
    const hero = `${link.path}/pictures/articles/2026/harbour-wall.jpg`;
    const figure = `${link.path}/pictures/articles/harbour-night.jpg`;
    expect(imageAddresses(html)).toEqual([hero, figure]);
    expect(html).toMatch(/<img alt="The repaired harbour wall"[^>]*width="1600" height="900"/);
    expect(html).toContain('Work went on under lamps.');

    const shown = await open(hero);
    expect(shown.status).toBe(200);
    expect(shown.headers.get('content-type')).toBe('image/jpeg');
    expect(shown.bytes.equals(PHOTO)).toBe(true);
    expect(shown.headers.get('x-robots-tag')).toBe('noindex, nofollow');
    expect(shown.headers.get('cache-control')).toBe('private, no-store');
    expect(shown.headers.get('referrer-policy')).toBe('no-referrer');
    expect(shown.headers.get('x-content-type-options')).toBe('nosniff');
    expect(shown.headers.get('set-cookie')).toBeNull();
    const fromSite = await open(figure);
    expect(fromSite.status).toBe(200);
    expect(fromSite.bytes.equals(SITE_PHOTO)).toBe(true);
    const head = await open(figure, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.headers.get('content-length')).toBe(String(SITE_PHOTO.length));
    expect(head.bytes.length).toBe(0);
    expect((await open(figure, 'POST')).status).toBe(405);
  });

  it('refuses a picture the story does not name, one that is not a picture, and odd paths', async () => {
    const link = await makeLink();
    writeFileSync(path.join(t.root, 'public', 'images', 'articles', 'not-a-picture.jpg'), 'just text\n');
    await saveStory(`${body}\n<Figure src="/images/articles/not-a-picture.jpg" alt="Text named as a picture" />\n`);
    // The page says it cannot be drawn (the picture has no size) rather than failing…
    const page = await open(link.path);
    expect(page.status).toBe(404);
    expect(page.bytes.toString('utf8')).toContain('This preview cannot be shown yet');
    expect(page.bytes.toString('utf8')).toContain('not-a-picture.jpg');
    // …and its address serves nothing: the bytes are not a picture.
    writeFileSync(path.join(t.root, 'public', 'images', 'notes.txt'), 'just text\n');
    for (const picture of [
      'articles/unnamed.jpg',
      'articles/not-a-picture.jpg',
      'notes.txt',
      'articles/2026/nope.jpg',
    ]) {
      const refused = await open(`${link.path}/pictures/${picture}`);
      expect(refused.status, picture).toBe(404);
      expect(refused.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(refused.headers.get('x-robots-tag')).toBe('noindex, nofollow');
    }
    // The gate refuses odd spellings before anything runs (lib/desk/server/paths.ts)…
    for (const odd of [
      '/pictures/../desk.sqlite',
      '/pictures/articles%2Funnamed.jpg',
      '/pictures/articles/%2e%2e/x.jpg',
    ])
      expect((await open(`${link.path}${odd}`)).status, odd).toBe(400);
    // …and behind it the preview takes exactly the two shapes, whatever reaches it.
    const deps = { context, root: t.root, renderPreview };
    for (const odd of [
      '/pictures/../desk.sqlite',
      '/pictures/articles%2Fharbour-night.jpg',
      '/pictures/articles/../articles/harbour-night.jpg',
      '/pictures/articles/Harbour-Night.jpg',
      '/pictures/articles/harbour-night.jpg/',
      '/picture/articles/harbour-night.jpg',
      '/articles/harbour-night.jpg',
    ])
      expect((await servePreview(deps, `${link.path}${odd}`, 'GET')).status, odd).toBe(404);
  });

  it('refuses every picture once the link is revoked or expired, and under a forged link', async () => {
    const link = await makeLink();
    const picture = '/pictures/articles/harbour-night.jpg';
    expect((await open(`${link.path}${picture}`)).status).toBe(200);

    // Forged: the expiry altered (the signature no longer holds), or a signature of another key.
    const altered = link.path.replace(/\.(\d+)\./, (_, at: string) => `.${Number(at) + 3600}.`);
    expect((await open(`${altered}${picture}`)).status).toBe(404);
    const [, id = '', expires = ''] = /([0-9a-f]{32})\.(\d+)\./.exec(link.path) ?? [];
    const otherKey = previewPath(Buffer.alloc(32, 7), id, Number(expires));
    expect((await open(`${otherKey}${picture}`)).status).toBe(404);

    // Expired: the same link signed by the desk with an expiry in the past.
    const past = Math.floor(Date.parse('2026-11-28T11:00:00Z') / 1000);
    expect((await open(`${previewPath(previewKeyOf(context), id, past)}${picture}`)).status).toBe(404);

    const revoked = await handleDeskApi(new Request(`${ORIGIN}${API}/${link.id}`, { method: 'DELETE' }), editor);
    expect(revoked.status).toBe(200);
    const after = await open(`${link.path}${picture}`);
    expect(after.status).toBe(404);
    expect(after.bytes.toString('utf8')).not.toContain('JFIF');
  });
});

describe('the gate and a preview link’s pictures', () => {
  it('lets a picture under a working link through without a session, and nothing looser', async () => {
    const link = await makeLink();
    const picture = `${link.path}/pictures/articles/harbour-night.jpg`;
    // A stale or foreign cookie changes nothing: no session is looked up, none is set.
    const withCookie = await gate(
      { context, root: t.root, editorBuilt: false, keystaticApi: () => Promise.reject(new Error('unused')) },
      {
        rawUrl: picture,
        request: new Request(`${ORIGIN}${picture}`, { headers: { cookie: 'better-auth.session_token=forged' } }),
        clientAddress: '127.0.0.1',
      },
    );
    if (withCookie === 'editor') throw new Error('the gate handed a preview picture to the editor');
    expect(withCookie.status).toBe(200);
    expect(withCookie.headers.get('set-cookie')).toBeNull();
    // The same picture at the desk's own addresses still needs sign-in.
    const plain = await open('/images/articles/harbour-night.jpg');
    expect(plain.status).toBe(303);
    expect(plain.headers.get('location')).toMatch(/^\/desk\/sign-in\?next=/);
    expect((await open('/_next/image?url=%2Fimages%2Farticles%2Fharbour-night.jpg&w=640&q=75')).status).toBe(401);
    // Another spelling of the prefix is not a preview: the gate asks for sign-in.
    expect((await open(picture.replace('/preview/', '/Preview/'))).status).toBe(303);
    // Other shapes under a link, and a link with a trailing slash, are the preview's plain 404.
    for (const other of [`${link.path}/`, `${link.path}/pictures`, `${link.path}/pictures/`, `${link.path}/x.jpg`])
      expect((await open(other)).status, other).toBe(404);
    // Odd spellings never reach the preview.
    for (const odd of [`${link.path}%2Fpictures%2Farticles%2Fharbour-night.jpg`, `${link.path}//pictures/x.jpg`])
      expect((await open(odd)).status, odd).toBe(400);
  });
});
