/**
 * Security headers and the Content-Security-Policy in a real browser (docs/decisions/019): every
 * kind of page loads and hydrates with no CSP violation and no console error, and the policy
 * really is enforced (an injected inline script is refused).
 */
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

import { expect, type Page, type Response, test } from '@playwright/test';

import { requestListener } from '../server/request-listener.js';
import { article, articles } from './sample';

const SEOUL = article('moon-seeks-us-backing-korean-war-end');
const WITH_EXTERNAL_LINK = article('danish-wind-farm-sets-output-record');
const WITH_EMBEDS = article('aireside-festival-closes-with-open-film-night');
const WITH_GALLERY = article('fernhill-coast-storm-clean-up-in-pictures');
const month = SEOUL.date.slice(0, 7).replace('-', '/');

const PAGES: { kind: string; path: string; status?: number }[] = [
  { kind: 'home', path: '/' },
  { kind: 'section', path: '/world' },
  { kind: 'section page 2', path: '/world/page/2' },
  { kind: 'article', path: SEOUL.url },
  { kind: 'article with an external link', path: WITH_EXTERNAL_LINK.url },
  { kind: 'article with embeds', path: WITH_EMBEDS.url },
  { kind: 'article with a gallery', path: WITH_GALLERY.url },
  { kind: 'tag', path: '/tag/sao-paulo' },
  { kind: 'tag index', path: '/tag' },
  { kind: 'author', path: '/author/elena-marsh' },
  { kind: 'archive', path: '/archive' },
  { kind: 'archive month', path: `/archive/${month}` },
  { kind: 'static page', path: '/about' },
  { kind: 'corrections', path: '/corrections' },
  { kind: 'search with results', path: '/search?q=armistice' },
  { kind: '404', path: '/no-such-section/no-such-story', status: 404 },
];

/** Records CSP violations from inside the page: the event fires for every refused script, style or load. */
async function watch(page: Page) {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sample})`);
    });
  });
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      problems.push(`console ${message.type()}: ${message.text()} (${message.location().url})`);
  });
  return problems;
}

const violations = (page: Page) => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);

async function expectSecurityHeaders(response: Response) {
  const headers = response.headers();
  // One policy: server/html-policy.js replaces the copies Next sends of next.config.js's header.
  const policies = [
    ...new Set(
      (await response.headersArray())
        .filter(({ name }) => name.toLowerCase() === 'content-security-policy')
        .map(({ value }) => value),
    ),
  ];
  expect(policies).toHaveLength(1);
  const csp = policies[0] ?? '';
  const directive = (name: string) =>
    csp
      .split(';')
      .map((part) => part.trim())
      .find((part) => part.startsWith(`${name} `)) ?? '';
  expect(directive('script-src')).toMatch(/^script-src 'self' 'wasm-unsafe-eval'( 'sha256-[A-Za-z0-9+/]{43}=')+$/);
  expect(csp).not.toContain("'unsafe-eval'");
  expect(directive('default-src')).toBe("default-src 'self'");
  expect(directive('frame-ancestors')).toBe("frame-ancestors 'none'");
  expect(directive('object-src')).toBe("object-src 'none'");
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(headers['permissions-policy']).toContain('camera=()');
  expect(headers['x-frame-options']).toBe('DENY');
}

test.describe('security', () => {
  for (const { kind, path, status = 200 } of PAGES) {
    test(`${kind} (${path}): security headers, no CSP violation, no console error`, async ({ page }) => {
      const problems = await watch(page);
      const response = await page.goto(path);
      expect(response?.status()).toBe(status);
      await expectSecurityHeaders(response!);
      await page.waitForLoadState('networkidle');
      // The hashed theme script ran, so inline scripts allowed by hash really execute.
      await expect(page.locator('html')).toHaveAttribute('data-js', '');
      if (path.startsWith('/search')) {
        // Pagefind's WebAssembly ran under 'wasm-unsafe-eval' and found the story.
        await expect(
          page.getByRole('list', { name: 'Search results' }).getByRole('link', { name: SEOUL.title }),
        ).toBeVisible();
      }
      // Data blocks (JSON-LD) need no hash: Chromium does not run them, so they raise no violation.
      await page.waitForLoadState('networkidle');
      expect(await violations(page)).toEqual([]);
      // The 404 document itself is reported as a failed load; nothing else may be.
      const expected =
        status === 404 ? [/^console error: Failed to load resource: the server responded with a status of 404/] : [];
      expect(problems.filter((problem) => !expected.some((pattern) => pattern.test(problem)))).toEqual([]);
      expect(problems.length).toBeLessThanOrEqual(expected.length);
    });
  }

  test('the policy is enforced: an inline script added by the page is refused and reported', async ({ page }) => {
    const problems = await watch(page);
    await page.goto(SEOUL.url);
    const ran = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__injected = true';
      document.head.append(script);
      return (window as unknown as { __injected?: boolean }).__injected === true;
    });
    expect(ran).toBe(false);
    await expect.poll(() => violations(page)).toEqual([expect.stringMatching(/^script-src-elem blocked inline/)]);
    expect(problems.some((problem) => problem.includes('Content Security Policy'))).toBe(true);
  });

  test('a foreign inline script in the HTML the server sends is refused; the site’s own scripts still run', async ({
    page,
    baseURL,
  }) => {
    // The server's own layer (server/request-listener.js) in front of a stand-in for Next that
    // adds a script to each page it fetches from the real server: as a story body, an embed or
    // a compromised dependency might. The layer hashes only the site's own shapes of script.
    const FOREIGN = 'window.__foreign = true';
    const handler = async (req: IncomingMessage, res: ServerResponse) => {
      const upstream = await fetch(`${baseURL}${req.url}`);
      const type = upstream.headers.get('content-type') ?? '';
      let body = Buffer.from(await upstream.arrayBuffer());
      if (type.startsWith('text/html'))
        body = Buffer.from(body.toString('utf8').replace('</body>', `<script>${FOREIGN}</script></body>`));
      res.writeHead(upstream.status, { 'Content-Type': type });
      res.end(body);
    };
    const server = createServer(requestListener(handler, {}));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const port = (server.address() as AddressInfo).port;
      const problems = await watch(page);
      // /search runs Next's runtime: its flight data and bootstrap must still run, and hydrate.
      await page.goto(`http://127.0.0.1:${port}/search`);
      await page.getByRole('searchbox', { name: 'Search stories' }).fill('armistice');
      await expect(
        page.getByRole('list', { name: 'Search results' }).getByRole('link', { name: SEOUL.title }),
      ).toBeVisible({ timeout: 15_000 });
      // One script refused (the policy asks for no sample of it): the foreign one, which never ran.
      expect(await page.evaluate(() => (window as unknown as { __foreign?: boolean }).__foreign)).toBeUndefined();
      expect(await page.evaluate(() => document.documentElement.hasAttribute('data-js'))).toBe(true);
      await expect.poll(() => violations(page)).toEqual([expect.stringMatching(/^script-src-elem blocked inline/)]);
      expect(problems.filter((problem) => !problem.includes('Content Security Policy'))).toEqual([]);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  test('a page navigated to without a reload keeps working under the first page’s policy', async ({ page }) => {
    const problems = await watch(page);
    // Reader pages are sent without Next's runtime, so their links load whole pages; /search runs
    // it, and its header's links open a section client-side, under /search's policy.
    await page.goto('/');
    await page.getByRole('link', { name: 'Search', exact: true }).first().click();
    await expect(page).toHaveURL('/search');
    await page.getByRole('searchbox', { name: 'Search stories' }).fill('armistice');
    await expect(
      page.getByRole('list', { name: 'Search results' }).getByRole('link', { name: SEOUL.title }),
    ).toBeVisible({ timeout: 15_000 });
    await page.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));
    await page.getByRole('navigation', { name: 'Sections', exact: true }).getByRole('link', { name: 'World' }).click();
    await expect(page).toHaveURL('/world');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('World');
    expect(
      await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument),
      'the section was opened without a reload',
    ).toBe(true);
    expect(await violations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });

  test('links that leave the site carry rel="noopener noreferrer", in article bodies and author profiles', async ({
    page,
  }) => {
    const external = async () =>
      page
        .locator('a[href^="http"]')
        .evaluateAll((links) =>
          links
            .filter((link) => new URL((link as HTMLAnchorElement).href).origin !== location.origin)
            .map((link) => ({ href: link.getAttribute('href'), rel: link.getAttribute('rel') })),
        );
    await page.goto(WITH_EXTERNAL_LINK.url);
    const inBody = await page.locator('article').locator('a[href^="https://"]').count();
    expect(inBody, 'the sample story links out from its body').toBeGreaterThan(0);
    for (const link of await external()) expect(link.rel, link.href ?? '').toBe('noopener noreferrer');
    await page.goto('/author/elena-marsh');
    const fromProfile = await external();
    expect(fromProfile.length, 'the sample author has a link to another site').toBeGreaterThan(0);
    for (const link of fromProfile) expect(link.rel, link.href ?? '').toBe('noopener noreferrer');
  });

  test('a page allows third-party frames only for the embeds it carries', async ({ request }) => {
    const frameSrc = async (path: string) => {
      const response = await request.get(path);
      const csp =
        response.headersArray().find(({ name }) => name.toLowerCase() === 'content-security-policy')?.value ?? '';
      return csp
        .split(';')
        .map((part) => part.trim())
        .find((part) => part.startsWith('frame-src'));
    };
    expect(await frameSrc(WITH_EMBEDS.url)).toBe('frame-src https://www.youtube-nocookie.com https://embed.bsky.app');
    for (const path of ['/', '/entertainment', SEOUL.url, WITH_GALLERY.url, '/about', '/no-such-page']) {
      // Without frame-src, frames fall under default-src 'self': no other origin may be framed.
      expect(await frameSrc(path), path).toBeUndefined();
    }
  });

  test('every published story answers with a policy that lists the hash of each of its inline scripts', async ({
    request,
  }) => {
    for (const story of articles) {
      const response = await request.get(story.url);
      const csp =
        response.headersArray().find(({ name }) => name.toLowerCase() === 'content-security-policy')?.value ?? '';
      // Attribute-less <script> elements are the inline ones the browser runs: the theme script
      // (a story is sent without Next's runtime and its payload, lib/runtime/reader-runtime.js).
      const inline = [...(await response.text()).matchAll(/<script>([\s\S]*?)<\/script>/g)].map(
        (match) => match[1] as string,
      );
      expect(inline.length, story.url).toBeGreaterThan(0);
      for (const text of inline)
        expect(csp, story.url).toContain(`'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`);
    }
  });
});
