/**
 * What feed readers, crawlers and social sites get: every feed parsed by a real feed parser,
 * both sitemaps checked against the protocols, robots.txt, an article's head and JSON-LD,
 * and the social card images.
 */
import { type APIRequestContext, expect, type Page, test } from '@playwright/test';
import { parseAtomFeed, parseJsonFeed, parseRssFeed } from 'feedsmith';

import { checkNewsSitemap, checkUrlset, newsEntries, urlsetEntries } from '../test/oracles/sitemap-rules';
import { article, articles, author, listedTitle, type SampleArticle, sectionStories, sectionTitle } from './sample';
import { pages, sections, siteUrl, TEST_BUILD_NOW } from './site-sample';
import { testEnv } from './support/test-env';

const abs = (path: string) => `${siteUrl}${path}`;
const newestFirst = (a: SampleArticle, b: SampleArticle) =>
  Date.parse(b.date) - Date.parse(a.date) || a.slug.localeCompare(b.slug);
/** The sample's own idea of "last changed": date, updated and corrections. */
const modified = (story: SampleArticle) =>
  new Date(
    Math.max(
      ...[story.date, story.updated, ...(story.corrections ?? []).map((c) => c.date)].flatMap((d) =>
        d ? [Date.parse(d)] : [],
      ),
    ),
  ).toISOString();
const bylines = (story: SampleArticle) =>
  (story.authors ?? []).map((slug) => author(slug).name).concat(story.authors?.length ? [] : [story.byline!]);

async function get(request: APIRequestContext, path: string, type: RegExp) {
  const response = await request.get(path);
  expect(response.status(), `${path} status`).toBe(200);
  expect(response.headers()['content-type'], `${path} content type`).toMatch(type);
  return response;
}

// A plain static host types files by extension (the static export, decision 018): RSS and
// Atom arrive as application/xml and JSON Feed as application/json, which feed readers take.
const staticHost = testEnv('E2E_STATIC_HOST');
const feedType = (server: RegExp, generic: RegExp) => (staticHost ? generic : server);

const feedScopes = [
  { path: '', stories: [...articles].sort(newestFirst) },
  ...sections.map((slug) => ({ path: `/${slug}`, stories: sectionStories(slug) })),
];

test.describe('feeds', () => {
  for (const scope of feedScopes) {
    test(`${scope.path || 'site'}: RSS, Atom and JSON Feed carry the newest 50 with every field`, async ({
      request,
    }) => {
      const expected = scope.stories.slice(0, 50);
      expect(expected.length).toBeGreaterThan(0);

      const rss = parseRssFeed(
        await (
          await get(request, `${scope.path}/feed.xml`, feedType(/^application\/rss\+xml/, /^application\/(rss\+)?xml/))
        ).text(),
      );
      expect(rss.items?.map((item) => item.link)).toEqual(expected.map((story) => abs(story.url)));
      for (const [i, item] of (rss.items ?? []).entries()) {
        const story = expected[i]!;
        expect(item.title).toBe(listedTitle(story));
        expect(item.guid?.value).toBe(abs(story.url));
        expect(new Date(item.pubDate!).toISOString()).toBe(new Date(story.date).toISOString());
        expect(item.description).toBe(story.dek);
        expect(item.authors?.map((a) => (typeof a === 'string' ? a : a.name))).toEqual(bylines(story));
        expect(item.categories?.map((c) => c.name)).toEqual([sectionTitle(story.section), ...(story.tags ?? [])]);
        if (story.image) expect(item.enclosures?.[0]).toMatchObject({ url: abs(story.image.src), type: 'image/jpeg' });
        if (story.image) expect(item.enclosures?.[0]?.length).toBeGreaterThan(0);
      }

      const atom = parseAtomFeed(
        await (
          await get(
            request,
            `${scope.path}/atom.xml`,
            feedType(/^application\/atom\+xml/, /^application\/(atom\+)?xml/),
          )
        ).text(),
      );
      expect(atom.entries?.map((entry) => entry.id)).toEqual(expected.map((story) => abs(story.url)));
      for (const [i, entry] of (atom.entries ?? []).entries()) {
        const story = expected[i]!;
        expect(entry.published).toBe(new Date(story.date).toISOString());
        expect(entry.updated).toBe(modified(story));
        expect(entry.summary?.value).toBe(story.dek);
        expect(entry.authors?.map((a) => a.name)).toEqual(bylines(story));
        if (story.image) expect(entry.links?.find((link) => link.rel === 'enclosure')?.href).toBe(abs(story.image.src));
      }

      const json = parseJsonFeed(
        await (
          await get(
            request,
            `${scope.path}/feed.json`,
            feedType(/^application\/feed\+json/, /^application\/(feed\+)?json/),
          )
        ).json(),
      );
      expect(json.items?.map((item) => item.id)).toEqual(expected.map((story) => abs(story.url)));
      for (const [i, item] of (json.items ?? []).entries()) {
        const story = expected[i]!;
        expect(item).toMatchObject({
          title: listedTitle(story),
          summary: story.dek,
          date_published: new Date(story.date).toISOString(),
          date_modified: modified(story),
        });
        expect(item.authors?.map((a) => a.name)).toEqual(bylines(story));
        expect(item.tags).toEqual([sectionTitle(story.section), ...(story.tags ?? [])]);
        expect(item.image).toBe(story.image ? abs(story.image.src) : undefined);
      }
    });
  }

  test('every page advertises the site feeds, and section pages their own too', async ({ page }) => {
    const feedLinks = (p: Page) =>
      p
        .locator('head link[rel="alternate"]')
        .evaluateAll((links) => links.map((link) => `${link.getAttribute('type')} ${link.getAttribute('href')}`));
    const site = [
      'application/rss+xml /feed.xml',
      'application/atom+xml /atom.xml',
      'application/feed+json /feed.json',
    ].map((line) => line.replace(' /', ` ${siteUrl}/`));
    const fronts = [
      '/world/page/2',
      '/tag',
      '/tag/sao-paulo',
      '/author/elena-marsh',
      '/archive',
      '/archive/2026/11',
      '/corrections',
    ];
    for (const path of [
      '/',
      `/${pages[0]}`,
      '/search',
      article('moon-seeks-us-backing-korean-war-end').url,
      '/world',
      ...fronts,
      '/no-such-page',
    ]) {
      await page.goto(path);
      const links = await feedLinks(page);
      for (const link of site) expect(links, path).toContain(link);
      if (path.startsWith('/world')) expect(links, path).toContain(`application/rss+xml ${siteUrl}/world/feed.xml`);
    }
  });
});

test.describe('sitemaps and robots.txt', () => {
  test('sitemap.xml lists every indexable URL with lastmod, and meets the protocol', async ({ request }) => {
    const xml = await (await get(request, '/sitemap.xml', /xml/)).text();
    expect(checkUrlset(xml)).toEqual([]);
    const entries = new Map(urlsetEntries(xml).map((entry) => [entry.loc, entry.lastmod]));
    for (const story of articles) expect(entries.get(abs(story.url)), story.url).toBe(modified(story));
    // Exactly the published stories: no draft or embargoed one, none twice.
    const storyUrls = [...entries.keys()].filter(
      (loc) => sections.some((slug) => loc.startsWith(abs(`/${slug}/`))) && !loc.includes('/page/'),
    );
    expect(storyUrls.sort()).toEqual(articles.map((story) => abs(story.url)).sort());
    expect(urlsetEntries(xml)).toHaveLength(entries.size);
    for (const slug of sections) expect(entries.has(abs(`/${slug}`)), slug).toBe(true);
    for (const slug of pages) expect(entries.has(abs(`/${slug}`)), slug).toBe(true);
    for (const path of ['/', '/tag', '/archive']) expect(entries.has(abs(path)), path).toBe(true);
    const tagged = article('moon-seeks-us-backing-korean-war-end');
    expect(entries.has(abs('/tag/korean-war')), 'a tag page').toBe(true);
    expect(entries.has(abs('/archive/2021/12')), 'an archive month').toBe(true);
    expect(
      entries.has(abs(`/author/${articles.find((story) => story.authors?.length)!.authors![0]}`)),
      'an author page',
    ).toBe(true);
    expect(entries.get(abs('/'))).toBe([...articles].map(modified).sort().at(-1));
    expect(tagged.tags).toContain('Korean War');
    // Nothing else: no search results, no feeds, no cards.
    for (const loc of entries.keys()) expect(loc).not.toMatch(/\/search|\.xml$|\.json$|\.png$/);
    // The sample fits in one file, so there are no parts behind an index.
    expect((await request.get('/sitemaps/1.xml')).status()).toBe(404);
  });

  test('the news sitemap lists exactly the stories of the two days before the build', async ({ request }) => {
    const xml = await (await get(request, '/news-sitemap.xml', /xml/)).text();
    expect(checkNewsSitemap(xml)).toEqual([]);
    const now = Date.parse(TEST_BUILD_NOW);
    const recent = [...articles]
      .filter((story) => Date.parse(story.date) <= now && Date.parse(story.date) > now - 2 * 86_400_000)
      .sort(newestFirst);
    expect(recent.length, 'the sample has a story in the window').toBeGreaterThan(0);
    expect(newsEntries(xml)).toEqual(
      recent.map((story) => ({
        loc: abs(story.url),
        title: listedTitle(story),
        published: new Date(story.date).toISOString(),
      })),
    );
    expect(xml).toContain('<news:name>Dateline</news:name><news:language>en</news:language>');
  });

  test('robots.txt points at both sitemaps', async ({ request }) => {
    const text = await (await get(request, '/robots.txt', /^text\/plain/)).text();
    expect(text).toContain(`Sitemap: ${siteUrl}/sitemap.xml`);
    expect(text).toContain(`Sitemap: ${siteUrl}/news-sitemap.xml`);
    expect(text).not.toMatch(/Disallow: \/\s*$/m);
  });

  test('search result URLs are kept out of crawlers, the search page itself is not', async ({ request, page }) => {
    const text = await (await get(request, '/robots.txt', /^text\/plain/)).text();
    expect(text).toMatch(/^Disallow: \/search\?$/m);
    await page.goto('/search');
    expect(
      await page
        .locator('head meta[name="robots"]')
        .evaluateAll((tags) => tags.map((tag) => tag.getAttribute('content'))),
    ).not.toContainEqual(expect.stringContaining('noindex'));
  });
});

const meta = (page: Page, key: string) => page.locator(`head meta[property="${key}"], head meta[name="${key}"]`);
const metaValues = (page: Page, key: string) =>
  meta(page, key).evaluateAll((tags) => tags.map((tag) => tag.getAttribute('content')));
async function jsonLd(page: Page): Promise<Record<string, unknown>[]> {
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  return blocks.map((text) => JSON.parse(text) as Record<string, unknown>);
}

test.describe('article head', () => {
  const story = article('substation-fire-cuts-power-across-north');
  const writer = author(story.authors![0]!);

  test('carries canonical, Open Graph and Twitter card metadata', async ({ page }) => {
    await page.goto(story.url);
    await expect(page).toHaveTitle(`${story.title} | Dateline`);
    await expect(page.locator('head link[rel="canonical"]')).toHaveAttribute('href', abs(story.url));
    await expect(meta(page, 'description')).toHaveAttribute('content', story.dek);
    const og = async (key: string) => (await metaValues(page, key))[0];
    expect(await og('og:type')).toBe('article');
    expect(await og('og:url')).toBe(abs(story.url));
    expect(await og('og:title')).toBe(story.title);
    expect(await og('og:description')).toBe(story.dek);
    expect(await og('og:site_name')).toBe('Dateline');
    expect(await og('article:published_time')).toBe(new Date(story.date).toISOString());
    expect(await og('article:modified_time')).toBe(modified(story));
    expect(await og('article:section')).toBe(sectionTitle(story.section));
    expect(await metaValues(page, 'article:tag')).toEqual(story.tags);
    expect(await metaValues(page, 'article:author')).toEqual([abs(`/author/${story.authors![0]}`)]);
    expect(await og('og:image')).toBe(abs(`${story.url}/card.png`));
    expect(await og('og:image:width')).toBe('1200');
    expect(await og('og:image:height')).toBe('630');
    expect(await og('og:image:alt')).toContain(story.title);
    expect(await og('twitter:card')).toBe('summary_large_image');
    expect(await og('twitter:title')).toBe(story.title);
    expect(await og('twitter:image')).toBe(abs(`${story.url}/card.png`));
    expect(await og('twitter:image:alt')).toContain(story.title);
    expect(await metaValues(page, 'og:image'), 'one card, not a second inherited one').toHaveLength(1);
  });

  test('carries NewsArticle and BreadcrumbList JSON-LD', async ({ page }) => {
    await page.goto(story.url);
    const data = await jsonLd(page);
    const news = data.find((block) => block['@type'] === 'NewsArticle')!;
    expect(news['@context']).toBe('https://schema.org');
    expect(news).toMatchObject({
      headline: story.title,
      description: story.dek,
      datePublished: new Date(story.date).toISOString(),
      dateModified: modified(story),
      articleSection: sectionTitle(story.section),
      keywords: story.tags,
      isAccessibleForFree: true,
      mainEntityOfPage: { '@type': 'WebPage', '@id': abs(story.url) },
      author: [{ '@type': 'Person', name: writer.name, url: abs(`/author/${story.authors![0]}`) }],
      publisher: {
        '@type': 'NewsMediaOrganization',
        name: 'Dateline',
        logo: { '@type': 'ImageObject', url: abs('/logo.png') },
      },
    });
    expect(news.image).toEqual([abs(story.image!.src), abs(`${story.url}/card.png`)]);
    expect(news.wordCount).toBeGreaterThan(100);
    // The logo JSON-LD points at is a real image.
    const logo = await page.request.get('/logo.png');
    expect(logo.headers()['content-type']).toBe('image/png');
    expect(pngSize(await logo.body())).toEqual({ width: 600, height: 60 });

    const crumbs = data.find((block) => block['@type'] === 'BreadcrumbList')!;
    expect(crumbs.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Home', item: abs('/') },
      { '@type': 'ListItem', position: 2, name: sectionTitle(story.section), item: abs(`/${story.section}`) },
      { '@type': 'ListItem', position: 3, name: story.title, item: abs(story.url) },
    ]);
  });

  test('agency copy credits the agency, not a person', async ({ page }) => {
    const wire = article('moon-seeks-us-backing-korean-war-end');
    await page.goto(wire.url);
    const news = (await jsonLd(page)).find((block) => block['@type'] === 'NewsArticle')!;
    expect(news.author).toEqual([{ '@type': 'Organization', name: wire.source }]);
  });
});

test.describe('fronts', () => {
  test('the home page has WebSite with a SearchAction that really searches', async ({ page }) => {
    await page.goto('/');
    // Next writes the home page's canonical as the bare origin, which is the same URL.
    await expect(page.locator('head link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`^${siteUrl}/?$`));
    const website = (await jsonLd(page)).find((block) => block['@type'] === 'WebSite')!;
    const action = website.potentialAction as { target: { urlTemplate: string }; 'query-input': string };
    expect(action['query-input']).toBe('required name=search_term_string');
    expect(action.target.urlTemplate).toBe(abs('/search?q={search_term_string}'));
    expect((await metaValues(page, 'og:image'))[0]).toBe(abs('/card.png'));
  });

  test('a section front has canonical, its card and breadcrumbs', async ({ page }) => {
    await page.goto('/world');
    await expect(page).toHaveTitle('World | Dateline');
    await expect(page.locator('head link[rel="canonical"]')).toHaveAttribute('href', abs('/world'));
    expect((await metaValues(page, 'og:image'))[0]).toBe(abs('/world/card.png'));
    expect((await metaValues(page, 'og:type'))[0]).toBe('website');
    const crumbs = (await jsonLd(page)).find((block) => block['@type'] === 'BreadcrumbList')!;
    expect((crumbs.itemListElement as unknown[]).length).toBe(2);
  });
});

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).toString('hex'), 'PNG signature').toBe('89504e470d0a1a0a');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test.describe('social cards', () => {
  for (const path of [
    article('moon-seeks-us-backing-korean-war-end').url,
    article('substation-fire-cuts-power-across-north').url,
    '/world',
    `/${pages[0]}`,
    '',
  ]) {
    test(`${path || '/'}/card.png is a 1200×630 PNG`, async ({ request }) => {
      const response = await get(request, `${path}/card.png`, /^image\/png$/);
      expect(pngSize(await response.body())).toEqual({ width: 1200, height: 630 });
    });
  }
});
