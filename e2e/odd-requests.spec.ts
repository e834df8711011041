/**
 * A sample of `npm run bench:serve`'s odd requests (malformed encodings, traversal, overlong
 * paths, wrong methods, odd headers), so that CI catches a server error on a hostile URL.
 */
import { expect, test } from '@playwright/test';

import { article } from './sample';
import { oddRequests, problemWith, sample } from './support/odd-requests';
import { sendRaw } from './support/raw-http';

const SAMPLE_SIZE = 120;

test('odd requests never get a server error, a stack trace or a file path', async ({ baseURL }) => {
  test.setTimeout(120_000);
  const port = Number(new URL(baseURL!).port);
  const requests = sample(oddRequests(article('moon-seeks-us-backing-korean-war-end').url), SAMPLE_SIZE);
  expect(requests.length).toBe(SAMPLE_SIZE);
  const failures: string[] = [];
  for (const request of requests) {
    const problem = problemWith(await sendRaw(port, request), process.cwd(), request);
    if (problem) failures.push(`${request.method} ${request.path.slice(0, 100)} (${request.label}): ${problem}`);
  }
  expect(failures).toEqual([]);
});

test('a path whose percent-encoding does not decode gets the site’s 404 page', async ({ page }) => {
  for (const path of ['/%E0%A4%A', '/world/%FF', '/%']) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  }
});

test.describe('files served as they are (public/ and build assets)', () => {
  const files = ['/favicon.ico', '/pagefind/indexes.json', '/images/articles/cafe-culture-returns-to-market-towns.jpg'];

  test('answer other methods than GET and HEAD with 405 and the methods they allow', async ({ request }) => {
    for (const path of files) {
      for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS']) {
        const response = await request.fetch(path, { method, data: 'a=1' });
        expect(response.status(), `${method} ${path}`).toBe(405);
        expect(response.headers().allow, `${method} ${path}`).toBe('GET, HEAD');
      }
      expect((await request.head(path)).status(), `HEAD ${path}`).toBe(200);
    }
  });

  test('send the whole file for a Range they cannot satisfy, never a server error', async ({ request }) => {
    for (const path of files) {
      const whole = await request.get(path);
      for (const range of ['bytes=99999999-', 'bytes=-1,0-0,5-2', 'bytes=0-0']) {
        const response = await request.get(path, { headers: { Range: range } });
        expect(response.status(), `${range} ${path}`).toBe(200);
        expect((await response.body()).equals(await whole.body()), `${range} ${path}`).toBe(true);
      }
    }
  });
});

test('TRACE is refused with 405 everywhere, build assets included (server/refuse-trace.js)', async ({
  baseURL,
  request,
}) => {
  const port = Number(new URL(baseURL!).port);
  const home = await (await request.get('/')).text();
  // Reader pages carry no script (decision 027); their stylesheet is a build asset too.
  const asset = /\/_next\/static\/[^"]+\.(?:js|css)/.exec(home)?.[0];
  expect(asset).toBeTruthy();
  for (const path of ['/', '/favicon.ico', '/pagefind/indexes.json', asset!, '/no-such-page']) {
    const response = await sendRaw(port, { method: 'TRACE', path });
    expect(response.status, `TRACE ${path}`).toBe(405);
    expect(response.text, `TRACE ${path}`).not.toContain('Host:');
  }
});

test('the editor is not part of the site readers get: /keystatic and its API are 404s', async ({ request }) => {
  // docs/decisions/031: the admin exists only under `npm run dev` or an operator's DATELINE_EDITOR=1 build.
  for (const path of ['/keystatic', '/keystatic/collection/articles', '/api/keystatic/tree']) {
    expect((await request.get(path)).status(), `GET ${path}`).toBe(404);
  }
  const update = await request.post('/api/keystatic/update', { data: { additions: [], deletions: [] } });
  expect([404, 405], 'POST /api/keystatic/update').toContain(update.status());
});
