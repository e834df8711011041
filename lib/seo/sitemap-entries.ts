/**
 * Every indexable URL of the site, from lib/content and lib/routes: fronts and their pages,
 * articles, tags, authors, the archive and static pages. Fronts carry the lastmod of the
 * newest change among the stories they list; articles their own (corrections included).
 */
import {
  archiveMonths,
  articleLocations,
  authors,
  latest,
  modifiedTimesIn,
  sections,
  staticPages,
  tags,
} from '../content';
import { absoluteUrl, pageCount, routes } from '../routes';
import { site } from '../site';
import { MAX_URLS_PER_SITEMAP, newestOf, type SitemapEntry, splitSitemap } from './sitemap-xml';

const entry = (path: string, lastmod?: string): SitemapEntry => ({
  loc: absoluteUrl(path),
  ...(lastmod ? { lastmod } : {}),
});

async function sectionEntries(batch?: number): Promise<SitemapEntry[]> {
  const perSection = await Promise.all(
    (await sections()).map(async (section) => {
      const modified = await modifiedTimesIn(section.slug, batch);
      return Array.from({ length: pageCount(modified.length, site.pageSize) }, (_, i) => {
        const onPage = modified.slice(i * site.pageSize, (i + 1) * site.pageSize);
        return entry(routes.section(section.slug, i + 1), newestOf(onPage));
      });
    }),
  );
  return perSection.flat();
}

const pages = (count: number, at: (page: number) => string) =>
  Array.from({ length: pageCount(count, site.pageSize) }, (_, i) => entry(at(i + 1)));

/** `batch`: stories read per query (lib/content's BATCH; a test lowers it to cross batches on a small archive). */
export async function sitemapEntries(batch?: number): Promise<SitemapEntry[]> {
  const newest = (await latest(1))[0];
  return [
    entry(routes.home(), newest?.modified),
    ...(await sectionEntries(batch)),
    ...(await articleLocations(batch)).map(({ url, modified }) => entry(url, modified)),
    entry(routes.tagIndex()),
    ...(await tags()).flatMap((tag) => pages(tag.count, (page) => routes.tag(tag.slug, page))),
    ...(await authors()).flatMap((author) => pages(author.count, (page) => routes.author(author.slug, page))),
    entry(routes.archive()),
    ...(await archiveMonths()).map((month) => entry(month.url)),
    ...(await staticPages()).map((page) => entry(page.url)),
  ];
}

/** The sitemap's files: one when the site fits, otherwise parts of at most 50,000 URLs behind an index. */
export async function sitemapParts(max = MAX_URLS_PER_SITEMAP): Promise<SitemapEntry[][]> {
  return splitSitemap(await sitemapEntries(), max);
}
