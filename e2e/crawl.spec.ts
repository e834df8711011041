import { expect, test } from '@playwright/test';

/** Enough for the sample (about 190 pages) with room to grow; the crawl stops there. */
const MAX_PAGES = 600;

test('a crawl from / following every internal link finds no page that is not 200', async ({ request, baseURL }) => {
  test.setTimeout(180_000);
  const origin = new URL(baseURL!).origin;
  const queue = ['/'];
  const seen = new Set(queue);
  const linkedFrom = new Map<string, string>();
  const failures: string[] = [];
  let crawled = 0;
  while (queue.length > 0 && crawled < MAX_PAGES) {
    const path = queue.shift()!;
    crawled++;
    const response = await request.get(path, { maxRedirects: 0 });
    if (response.status() !== 200) {
      failures.push(`${path} → ${response.status()} (linked from ${linkedFrom.get(path) ?? 'start'})`);
      continue;
    }
    if (!(response.headers()['content-type'] ?? '').includes('text/html')) continue;
    const html = await response.text();
    for (const [, href] of html.matchAll(/<a\s[^>]*href="([^"#]*)(?:#[^"]*)?"/g)) {
      if (!href) continue;
      const url = new URL(href.replaceAll('&amp;', '&'), origin + path);
      if (url.origin !== origin) continue;
      const target = url.pathname + url.search;
      if (seen.has(target)) continue;
      seen.add(target);
      linkedFrom.set(target, path);
      queue.push(target);
    }
  }
  expect(failures).toEqual([]);
  expect(queue, `the crawl stopped at ${MAX_PAGES} pages; raise MAX_PAGES`).toEqual([]);
  // It really walked the site: every kind of page was reached through links.
  for (const kind of [
    /^\/world\/page\/2$/,
    /^\/tag\/sao-paulo$/,
    /^\/author\//,
    /^\/archive\/\d{4}\/\d{2}$/,
    /^\/about$/,
    /^\/tag$/,
    /^\/search$/,
    /^\/feed\.xml$/,
    /^\/atom\.xml$/,
    /^\/feed\.json$/,
    /^\/corrections$/,
  ]) {
    expect(
      [...seen].some((path) => kind.test(path)),
      String(kind),
    ).toBe(true);
  }
  expect(crawled).toBeGreaterThan(150);
});
