/**
 * Every indexable URL of the site, from lib/content and lib/routes: fronts and their pages,
 * articles, tags, authors, the archive and static pages. Fronts carry the lastmod of the
 * newest change among the stories they list; articles their own (corrections included).
 */
import { archiveMonths, articleLocations, authors, latest, sections, staticPages, storiesIn, tags } from '../content';
import { absoluteUrl, pageCount, routes } from '../routes';
import { site } from '../site';
import { MAX_URLS_PER_SITEMAP, newestOf, type SitemapEntry, splitSitemap } from './sitemap-xml';

const entry = (path: string, lastmod?: string): SitemapEntry => ({
  loc: absoluteUrl(path),
  ...(lastmod ? { lastmod } : {}),
});

function sectionEntries(): SitemapEntry[] {
  return sections().flatMap((section) => {
    const stories = storiesIn(section.slug);
    return Array.from({ length: pageCount(stories.length, site.pageSize) }, (_, i) => {
      const onPage = stories.slice(i * site.pageSize, (i + 1) * site.pageSize);
      return entry(routes.section(section.slug, i + 1), newestOf(onPage.map((story) => story.modified)));
    });
  });
}

const pages = (count: number, at: (page: number) => string) =>
  Array.from({ length: pageCount(count, site.pageSize) }, (_, i) => entry(at(i + 1)));

export function sitemapEntries(): SitemapEntry[] {
  const newest = latest(1)[0];
  return [
    entry(routes.home(), newest?.modified),
    ...sectionEntries(),
    ...articleLocations().map(({ url, modified }) => entry(url, modified)),
    entry(routes.tagIndex()),
    ...tags().flatMap((tag) => pages(tag.count, (page) => routes.tag(tag.slug, page))),
    ...authors().flatMap((author) => pages(author.count, (page) => routes.author(author.slug, page))),
    entry(routes.archive()),
    ...archiveMonths().map((month) => entry(month.url)),
    ...staticPages().map((page) => entry(page.url)),
  ];
}

/** The sitemap's files: one when the site fits, otherwise parts of at most 50,000 URLs behind an index. */
export function sitemapParts(max = MAX_URLS_PER_SITEMAP): SitemapEntry[][] {
  return splitSitemap(sitemapEntries(), max);
}
