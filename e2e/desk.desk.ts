/**
 * The desk's gate (issue 21): a stranger gets the sign-in page or 401 on every desk, Keystatic
 * and API address, by any method and any spelling, and nothing is written; a person signs in
 * and out in a real browser; wrong passwords are told in words and rate-limited; cookies carry
 * their flags; tokens identify their owner; a reporter's Keystatic save lands in the workspace,
 * an author file is refused; a cross-origin write with a valid cookie is refused.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

import { expect, test } from '@playwright/test';
import SQLite from 'better-sqlite3';

import { SIGN_IN_ATTEMPTS } from '../lib/desk/auth/auth';
import { type DeskSite, startDeskSite } from './support/desk-site';
import { type RawRequest, sendRaw } from './support/raw-http';
import { testEnv } from './support/test-env';

const PORT = testEnv('DESK_E2E_PORT');
const REPORTER = { email: 'rita@example.org', password: 'rita-long-password' };
const EDITOR = { email: 'ed@example.org', password: 'ed-long-password' };
/** Better Auth's own tables: the stranger sweep may not add to them either (checked by count). */
const AUTH_TABLES = new Set(['user', 'session', 'account', 'verification', 'rateLimit']);

test.describe.configure({ mode: 'serial' });
let desk: DeskSite;
let reporterToken: string;
let revokedToken: string;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  desk = await startDeskSite(PORT);
  await desk.deskUser(
    'add',
    REPORTER.email,
    '--name',
    'Rita Reporter',
    '--role',
    'reporter',
    '--password',
    REPORTER.password,
  );
  await desk.deskUser('add', EDITOR.email, '--name', 'Ed Editor', '--role', 'editor', '--password', EDITOR.password);
  revokedToken = await desk.deskUser('token', EDITOR.email);
  await desk.deskUser('revoke-tokens', EDITOR.email);
  reporterToken = await desk.deskUser('token', REPORTER.email);
});
test.afterAll(async () => {
  if ((desk as DeskSite | undefined) !== undefined) await desk.stop();
});

/** Every file under `dir` with the SHA-256 of its bytes. */
function tree(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const full = path.join(folder, name);
      if (statSync(full).isDirectory()) walk(full);
      else files[path.relative(dir, full)] = createHash('sha256').update(readFileSync(full)).digest('hex');
    }
  };
  if (existsSync(dir)) walk(dir);
  return files;
}

/** Every row of every table but Better Auth's, and the row count of Better Auth's. */
function databaseState(file: string) {
  const db = new SQLite(file, { readonly: true });
  try {
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as {
      name: string;
    }[];
    return Object.fromEntries(
      tables.map(({ name }) => [
        name,
        AUTH_TABLES.has(name)
          ? db.prepare(`SELECT count(*) AS rows FROM "${name}"`).get()
          : db.prepare(`SELECT * FROM "${name}"`).all(),
      ]),
    );
  } finally {
    db.close();
  }
}

const snapshot = () => ({
  workspace: tree(desk.workspace),
  content: tree(path.join(desk.root, 'content')),
  images: tree(path.join(desk.root, 'public', 'images')),
  database: databaseState(desk.database),
});

/** Every desk, Keystatic and API address we know of, as a stranger might spell them. */
const ADDRESSES = [
  '/',
  '/desk',
  '/desk/stories',
  '/desk/stories/2026/harbour-lights',
  '/desk/schedule',
  '/desk/users',
  '/api/desk/stories/2026/harbour-lights',
  '/api/desk/stories/2026/harbour-lights/publish',
  '/api/desk/stories/2026/harbour-lights/unpublish',
  '/api/desk/pictures/articles/2026/harbour.jpg',
  '/keystatic',
  '/keystatic/collection/articles',
  '/keystatic/collection/articles/create',
  '/keystatic/collection/articles/item/2026%2Frestored-pier-reopens-after-six-years',
  '/keystatic/collection/authors/item/elena-marsh',
  '/keystatic/collection/sections',
  '/api/keystatic/tree',
  '/api/keystatic/update',
  '/api/keystatic/blob/0000000000000000000000000000000000000000/content/authors/elena-marsh.mdx',
  '/api/auth/sign-in/email',
  '/api/auth/sign-up/email',
  '/api/auth/get-session',
  '/api/auth/admin/create-user',
  '/_next/static/chunks/main.js',
  '/images/articles/harbour.jpg',
];
const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];

interface Spelling {
  path: string;
  /** An odd spelling is refused (400) before anything else looks at it. */
  odd: boolean;
}

function spellings(address: string): Spelling[] {
  const upper = address.replace(/^\/[a-z_]+/, (first) => first.toUpperCase());
  const encodedSlash = address.replace(/^(\/[^/]+)\//, '$1%2F');
  const variants: Spelling[] = [
    { path: address, odd: false },
    { path: `${address}/`.replace(/\/\/$/, '/'), odd: false },
    { path: upper, odd: false },
    { path: `${upper}/`.replace(/\/\/$/, '/'), odd: false },
    { path: `/desk/..${address}`, odd: true },
    { path: `/${address}`, odd: true },
  ];
  if (encodedSlash !== address) variants.push({ path: encodedSlash, odd: true });
  return variants;
}

/** A save Keystatic would accept: it writes an author file and a story if anything lets it through. */
const SAVE_BODY = JSON.stringify({
  additions: [
    { path: 'content/authors/mallory.mdx', contents: Buffer.from('---\nname: Mallory\n---\n').toString('base64url') },
    { path: 'content/articles/2026/mallory.mdx', contents: Buffer.from('---\ntitle: M\n---\n').toString('base64url') },
  ],
  deletions: [{ path: 'content/authors/elena-marsh.mdx' }],
});

const header = (text: string, name: string) => new RegExp(`^${name}: *(.*)$`, 'im').exec(text)?.[1]?.trim();

test('a stranger gets the sign-in page or 401 everywhere, whatever the method or spelling, and nothing is written', async () => {
  test.setTimeout(240_000);
  const before = snapshot();
  const cases = ADDRESSES.flatMap((address) =>
    spellings(address).flatMap((spelling) => METHODS.map((method) => ({ ...spelling, method }))),
  );
  const failures: string[] = [];
  let checked = 0;
  // Eight at a time: one request per connection, as a scanner would send them.
  for (let start = 0; start < cases.length; start += 8)
    await Promise.all(
      cases.slice(start, start + 8).map(async ({ path: target, odd, method }) => {
        const request: RawRequest = {
          method,
          path: target,
          headers: { Origin: desk.origin, 'no-cors': '1', 'Content-Type': 'application/json' },
          ...(method === 'GET' || method === 'HEAD' ? {} : { body: SAVE_BODY }),
        };
        const { status, text } = await sendRaw(PORT, request);
        checked += 1;
        const isApi = /^\/(api|_next)(\/|$)/i.test(target);
        const reads = method === 'GET' || method === 'HEAD';
        const signOutPost = method === 'POST' && /^\/desk\/sign-out\/?$/.test(target);
        let expected: string;
        if (odd) expected = '400';
        else if (signOutPost || (reads && !isApi)) expected = '303 to the sign-in page';
        else expected = '401';
        const location = header(text, 'location') ?? '';
        const got = status === 303 && location.startsWith('/desk/sign-in') ? '303 to the sign-in page' : String(status);
        if (got !== expected) failures.push(`${method} ${target}: expected ${expected}, got ${got} ${location}`);
      }),
    );
  expect(failures).toEqual([]);
  expect(checked).toBeGreaterThan(ADDRESSES.length * METHODS.length * 6);
  expect(snapshot()).toEqual(before);
});

test('the sign-in page sends a stranger back where they were going, and refuses a wrong password in words', async ({
  page,
  context,
}) => {
  await page.goto(`${desk.origin}/keystatic/collection/articles`);
  await expect(page).toHaveURL(/\/desk\/sign-in\?next=%2Fkeystatic%2Fcollection%2Farticles$/);
  await expect(page.getByRole('heading', { name: 'Sign in to the desk' })).toBeVisible();

  await page.getByLabel('Email').fill(EDITOR.email);
  await page.getByLabel('Password').fill('not-the-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toHaveText('That email and password do not match an account on this desk.');
  expect(await context.cookies()).toEqual([]);

  await page.getByLabel('Password').fill(EDITOR.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(`${desk.origin}/keystatic/collection/articles`);
  const [session] = (await context.cookies()).filter((cookie) => cookie.name === 'dateline-desk.session_token');
  expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax', secure: false, path: '/' });

  // A write with this valid cookie from another origin is refused, and so is one with no origin at all.
  const cookie = `${session?.name ?? ''}=${session?.value ?? ''}`;
  const before = snapshot();
  for (const origin of ['http://evil.example', 'null', undefined]) {
    const { status } = await sendRaw(PORT, {
      method: 'POST',
      path: '/api/keystatic/update',
      headers: {
        Cookie: cookie,
        'no-cors': '1',
        'Content-Type': 'application/json',
        ...(origin ? { Origin: origin } : {}),
      },
      body: SAVE_BODY,
    });
    expect(status, `Origin: ${String(origin)}`).toBe(403);
  }
  expect(snapshot()).toEqual(before);

  // Signed in, Keystatic's item address (slash encoded as %2F) reaches the editor, which this
  // copy has not built (503 saying how), not the desk's 404.
  const item = await sendRaw(PORT, {
    method: 'GET',
    path: '/keystatic/collection/articles/item/2026%2Frestored-pier-reopens-after-six-years',
    headers: { Cookie: cookie },
  });
  expect(item.status).toBe(503);
  expect(item.text).toContain('npm run desk:build');

  // The editor's own save, with the browser's cookie and the Origin a same-origin fetch from the
  // desk's page carries (the pages here have no editor build to send it from), is accepted.
  const saved = await context.request.post(`${desk.origin}/api/keystatic/update`, {
    headers: { origin: desk.origin, 'no-cors': '1', 'content-type': 'application/json' },
    data: JSON.stringify({
      additions: [
        {
          path: 'content/articles/2026/browser-save.mdx',
          contents: Buffer.from('---\ntitle: Saved from the browser\n---\n\nBody.\n').toString('base64url'),
        },
      ],
      deletions: [],
    }),
  });
  expect(saved.status()).toBe(200);
  expect(readFileSync(path.join(desk.workspace, 'content/articles/2026/browser-save.mdx'), 'utf8')).toContain('Body.');

  // Signed in, the desk's own page knows who this is; signing out ends the session.
  await page.goto(`${desk.origin}/desk`);
  await expect(page.getByText('Signed in as Ed Editor (editor)')).toBeVisible();
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(`${desk.origin}/desk/sign-in`);
  expect((await context.cookies()).filter((c) => c.name === 'dateline-desk.session_token')).toEqual([]);
  const again = await sendRaw(PORT, { method: 'GET', path: '/desk', headers: { Cookie: cookie } });
  expect(again.status).toBe(303);
});

test('every desk response forbids framing and caching', async () => {
  for (const target of ['/desk/sign-in', '/desk', '/api/keystatic/tree']) {
    const { text } = await sendRaw(PORT, { method: 'GET', path: target });
    expect(header(text, 'x-frame-options'), target).toBe('DENY');
    expect(header(text, 'cache-control'), target).toBe('no-store');
    expect(header(text, 'content-security-policy'), target).toContain("frame-ancestors 'none'");
    expect(header(text, 'referrer-policy'), target).toBe('same-origin');
  }
});

test("a token identifies its owner: a reporter's story goes to the workspace, an author file is refused", async () => {
  const auth = { Authorization: `Bearer ${reporterToken}` };
  const tree = await sendRaw(PORT, {
    method: 'GET',
    path: '/api/keystatic/tree',
    headers: { ...auth, 'no-cors': '1' },
  });
  expect(tree.status).toBe(200);

  const save = (file: string, text: string) =>
    sendRaw(PORT, {
      method: 'POST',
      path: '/api/keystatic/update',
      headers: { ...auth, 'no-cors': '1', 'Content-Type': 'application/json' },
      body: JSON.stringify({
        additions: [{ path: file, contents: Buffer.from(text).toString('base64url') }],
        deletions: [],
      }),
    });
  const refused = await save('content/authors/rita.mdx', '---\nname: Rita\n---\n');
  expect(refused.status).toBe(403);
  expect(refused.text).toContain('a reporter may change stories and their pictures only');
  expect(existsSync(path.join(desk.workspace, 'content/authors/rita.mdx'))).toBe(false);

  const story = 'content/articles/2026/desk-gate-test.mdx';
  const accepted = await save(story, '---\ntitle: Desk gate test\n---\n\nA line.\n');
  expect(accepted.status).toBe(200);
  expect(readFileSync(path.join(desk.workspace, story), 'utf8')).toContain('A line.');
  expect(existsSync(path.join(desk.root, story))).toBe(false);

  // Its picture goes to the workspace too, and the editor's preview is served from there.
  const picture = 'public/images/articles/2026/desk-gate-test/harbour.png';
  const pixel = Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==',
    'base64',
  );
  const upload = await sendRaw(PORT, {
    method: 'POST',
    path: '/api/keystatic/update',
    headers: { ...auth, 'no-cors': '1', 'Content-Type': 'application/json' },
    body: JSON.stringify({ additions: [{ path: picture, contents: pixel.toString('base64url') }], deletions: [] }),
  });
  expect(upload.status).toBe(200);
  expect(existsSync(path.join(desk.root, picture))).toBe(false);
  for (const [address, type] of [
    ['/images/articles/2026/desk-gate-test/harbour.png', 'image/png'],
    ['/images/articles/cafe-culture-returns-to-market-towns.jpg', 'image/jpeg'],
  ] as const) {
    const preview = await sendRaw(PORT, { method: 'GET', path: address, headers: auth });
    expect(preview.status, address).toBe(200);
    expect(header(preview.text, 'content-type'), address).toBe(type);
  }
});

test('a revoked or unknown token is 401', async () => {
  for (const token of [revokedToken, `dlt_${'x'.repeat(43)}`, 'whatever']) {
    const { status } = await sendRaw(PORT, {
      method: 'GET',
      path: '/api/keystatic/tree',
      headers: { Authorization: `Bearer ${token}`, 'no-cors': '1' },
    });
    expect(status).toBe(401);
  }
});

test(`sign-in attempts are limited: after at most ${SIGN_IN_ATTEMPTS} wrong passwords, even the right one waits`, async () => {
  const attempt = (password: string) =>
    sendRaw(PORT, {
      method: 'POST',
      path: '/desk/sign-in',
      headers: { Origin: desk.origin, 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ email: REPORTER.email, password, next: '/desk' }).toString(),
    });
  const statuses: number[] = [];
  for (let tries = 0; tries <= SIGN_IN_ATTEMPTS; tries += 1)
    statuses.push((await attempt('wrong-password-here')).status);
  expect(statuses.slice(0, statuses.indexOf(429))).toEqual(statuses.slice(0, statuses.indexOf(429)).map(() => 401));
  expect(statuses).toContain(429);
  const limited = await attempt(REPORTER.password);
  expect(limited.status).toBe(429);
  expect(limited.text).toMatch(/Too many sign-in attempts\. Wait \d+ seconds, then try again\./);
  expect(header(limited.text, 'set-cookie')).toBeUndefined();
});
