/**
 * `npm start` computes each HTML response's Content-Security-Policy from the bytes it sends
 * (server/html-policy.js, docs/decisions/019), so a page rendered while the server runs, which no
 * build has hashed, works as well as a prerendered one. Draft mode makes Next render a page on
 * request instead of sending its prerendered copy: the closest the suite gets to ISR today.
 * security.spec.ts checks the policy's directives and the other headers on every kind of page.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { type APIResponse, expect, type Page, test } from '@playwright/test';

import { article } from './sample';

const SEOUL = article('moon-seeks-us-backing-korean-war-end');

/** The cookie that turns on Next's draft mode, from the build being served. */
function draftCookie(): { name: string; value: string } {
  const manifest = JSON.parse(readFileSync(path.join('.next', 'prerender-manifest.json'), 'utf8')) as {
    preview: { previewModeId: string };
  };
  return { name: '__prerender_bypass', value: manifest.preview.previewModeId };
}

/** Hash sources of the scripts a browser would run, worked out here from the body received. */
function hashesOfReceived(html: string): string[] {
  const sources = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)]
    .filter(([, attributes = '']) => !/\ssrc=/i.test(` ${attributes}`) && !/type="application\//i.test(attributes))
    .map(([, , text = '']) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`);
  return [...new Set(sources)].sort();
}

function policies(response: APIResponse): string[] {
  return response
    .headersArray()
    .filter(({ name }) => name.toLowerCase() === 'content-security-policy')
    .map(({ value }) => value);
}

function listedHashes(policy: string): string[] {
  return (policy.match(/'sha256-[A-Za-z0-9+/]{43}='/g) ?? []).sort();
}

/** `scripts`: how many distinct inline scripts the page must carry, so the comparison is not empty. */
async function expectPolicyOfItsOwnBytes(response: APIResponse, scripts = 1) {
  const [policy, ...more] = policies(response);
  expect(more, 'one policy').toEqual([]);
  const received = hashesOfReceived(await response.text());
  expect(received.length).toBeGreaterThanOrEqual(scripts);
  expect(listedHashes(policy ?? '')).toEqual(received);
}

const violations = (page: Page) => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);

test.describe('a policy computed from the bytes sent', () => {
  test('prerendered pages and the 404 page list exactly the hashes of the scripts received', async ({ request }) => {
    // Reader pages carry the theme script alone (sent without Next's runtime); /search keeps
    // the runtime, its bootstrap and its payload.
    for (const url of ['/', '/world', SEOUL.url, '/tag', '/no-such-section/no-such-story', '/search']) {
      const response = await request.get(url, { headers: { 'Accept-Encoding': 'gzip' } });
      expect(response.headers()['content-encoding'], url).toBe('gzip');
      expect(response.headers().vary, url).toMatch(/accept-encoding/i);
      await expectPolicyOfItsOwnBytes(response, url === '/search' ? 3 : 1);
    }
  });

  test('a page rendered on request, unknown to the build, gets the policy of its own scripts', async ({ request }) => {
    // /search keeps Next's runtime, so its payload (inline scripts new on every render) is sent.
    const prerendered = await request.get('/search');
    const rendered = await request.get('/search', {
      headers: { Cookie: `${draftCookie().name}=${draftCookie().value}` },
    });
    expect(rendered.status()).toBe(200);
    // Rendered for this request, not read from the build's copy.
    expect(rendered.headers()['cache-control']).toContain('no-store');
    expect(prerendered.headers()['cache-control']).not.toContain('no-store');
    await expectPolicyOfItsOwnBytes(rendered, 3);
  });

  test('in Chromium, the page rendered on request runs its inline scripts with no violation', async ({
    page,
    context,
    baseURL,
  }) => {
    await context.addCookies([{ ...draftCookie(), url: baseURL! }]);
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { __violations: string[] }).__violations = seen;
      document.addEventListener('securitypolicyviolation', (event) =>
        seen.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'}`),
      );
    });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const response = await page.goto(SEOUL.url);
    expect(response?.headers()['cache-control']).toContain('no-store');
    await page.waitForLoadState('networkidle');
    // The theme script ran (allowed by its hash), and React hydrated without an error.
    await expect(page.locator('html')).toHaveAttribute('data-js', '');
    expect(await violations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('HEAD gets the policy without hashes, and a 304 carries no policy', async ({ request }) => {
    const head = await request.head(SEOUL.url);
    expect(head.status()).toBe(200);
    expect(policies(head)).toHaveLength(1);
    expect(listedHashes(policies(head)[0]!)).toEqual([]);
    const first = await request.get(SEOUL.url);
    const etag = first.headers().etag;
    expect(etag, 'Next sends an ETag for a prerendered page').toBeTruthy();
    const again = await request.get(SEOUL.url, { headers: { 'If-None-Match': etag!, 'Accept-Encoding': 'gzip' } });
    expect(again.status()).toBe(304);
    expect(policies(again)).toEqual([]);
  });
});
