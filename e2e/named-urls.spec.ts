/**
 * Every URL of the site that a page hands to others (search engines read JSON-LD, social sites
 * og:image and twitter:image, feed readers enclosures and images) answers 200: a card that does
 * not exist is a broken preview wherever the story is shared. Follows them all, from every story,
 * live blog, front, static page and feed.
 */
import { expect, test } from '@playwright/test';

import { articles, liveBlogs } from './sample';
import { pages, sections, siteUrl } from './site-sample';

const PAGES = [
  '/',
  '/tag',
  '/archive',
  '/corrections',
  ...sections.map((section) => `/${section}`),
  ...pages.map((page) => `/${page}`),
  ...articles.map((story) => story.url),
  ...liveBlogs.map((blog) => blog.url),
];
const FEEDS = ['', ...sections.map((section) => `/${section}`)].flatMap((base) =>
  ['feed.xml', 'atom.xml', 'feed.json'].map((file) => `${base}/${file}`),
);

/** Every string in a JSON value that is an address on this site. */
function siteUrlsIn(value: unknown): string[] {
  if (typeof value === 'string') return value.startsWith(`${siteUrl}/`) || value === siteUrl ? [value] : [];
  if (Array.isArray(value)) return value.flatMap(siteUrlsIn);
  if (value && typeof value === 'object') return Object.values(value).flatMap(siteUrlsIn);
  return [];
}

const decodeEntities = (text: string) =>
  text
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'");

/** The site addresses a page names in its JSON-LD blocks and its social image tags. */
function namedByPage(html: string): string[] {
  const named: string[] = [];
  for (const [, json = ''] of html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)) {
    named.push(...siteUrlsIn(JSON.parse(json)));
  }
  for (const [, content = ''] of html.matchAll(
    /<meta (?:property|name)="(?:og:image|og:image:secure_url|twitter:image)" content="([^"]+)"/g,
  )) {
    named.push(decodeEntities(content));
  }
  return named;
}

/** The site addresses a feed names for its items' pictures: enclosures, media and images. */
function namedByFeed(body: string, type: string): string[] {
  if (type.includes('json')) return siteUrlsIn(JSON.parse(body)).filter((url) => !isPageUrl(url));
  const named: string[] = [];
  for (const [, url = ''] of body.matchAll(/<(?:enclosure|media:content|media:thumbnail)\b[^>]*\burl="([^"]+)"/g))
    named.push(decodeEntities(url));
  for (const [, url = ''] of body.matchAll(/<link\b[^>]*rel="enclosure"[^>]*href="([^"]+)"/g))
    named.push(decodeEntities(url));
  for (const [, url = ''] of body.matchAll(/<(?:url|icon|logo)>([^<]+)<\/(?:url|icon|logo)>/g))
    named.push(decodeEntities(url));
  return named.filter((url) => url.startsWith(siteUrl));
}

/** A JSON feed names every story's page too; those are checked from the pages themselves. */
const isPageUrl = (url: string) => !/\.(?:png|jpe?g|webp|avif|gif|svg|ico)(?:\?|$)/.test(url);

test('every URL a page names in JSON-LD and social tags, and a feed in its enclosures, answers 200', async ({
  request,
}) => {
  test.setTimeout(300_000);
  const namedBy = new Map<string, string>();
  for (const path of PAGES) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    for (const url of namedByPage(await response.text())) if (!namedBy.has(url)) namedBy.set(url, path);
  }
  for (const path of FEEDS) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    const named = namedByFeed(await response.text(), response.headers()['content-type'] ?? '');
    for (const url of named) if (!namedBy.has(url)) namedBy.set(url, path);
  }
  // Cards of the newest stories and live blogs at least, and the pictures and logo.
  expect([...namedBy.keys()].filter((url) => url.endsWith('/card.png')).length).toBeGreaterThan(liveBlogs.length);
  const broken: string[] = [];
  for (const [url, page] of namedBy) {
    const status = (await request.get(url.slice(siteUrl.length) || '/')).status();
    if (status !== 200) broken.push(`${url} (named by ${page}): ${status}`);
  }
  expect(broken).toEqual([]);
});
