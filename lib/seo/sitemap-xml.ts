/**
 * Sitemap protocol 0.9 and Google News sitemap XML, written by hand: the formats are small,
 * and Next's sitemap.ts can neither emit a sitemap index nor the news namespace.
 */

/** The protocol's limit per file (https://www.sitemaps.org/protocol.html). */
export const MAX_URLS_PER_SITEMAP = 50_000;
/** Google News reads at most this many URLs per news sitemap. */
export const MAX_NEWS_URLS = 1_000;

export interface SitemapEntry {
  /** Absolute URL. */
  loc: string;
  /** ISO 8601 instant. */
  lastmod?: string;
}

export interface NewsEntry {
  loc: string;
  title: string;
  /** ISO 8601 instant. */
  published: string;
}

const escapeXml = (text: string) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');

const DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';
const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';
const NEWS_NS = 'http://www.google.com/schemas/sitemap-news/0.9';

const lastmod = (value?: string) => (value ? `<lastmod>${value}</lastmod>` : '');

export function urlsetXml(entries: readonly SitemapEntry[]): string {
  const urls = entries.map((entry) => `<url><loc>${escapeXml(entry.loc)}</loc>${lastmod(entry.lastmod)}</url>`);
  return [DECLARATION, `<urlset xmlns="${SITEMAP_NS}">`, ...urls, '</urlset>', ''].join('\n');
}

export function sitemapIndexXml(parts: readonly SitemapEntry[]): string {
  const items = parts.map((part) => `<sitemap><loc>${escapeXml(part.loc)}</loc>${lastmod(part.lastmod)}</sitemap>`);
  return [DECLARATION, `<sitemapindex xmlns="${SITEMAP_NS}">`, ...items, '</sitemapindex>', ''].join('\n');
}

export function newsSitemapXml(entries: readonly NewsEntry[], publication: { name: string; language: string }): string {
  const name = escapeXml(publication.name);
  const urls = entries
    .slice(0, MAX_NEWS_URLS)
    .map(
      (entry) =>
        `<url><loc>${escapeXml(entry.loc)}</loc><news:news><news:publication><news:name>${name}</news:name>` +
        `<news:language>${publication.language}</news:language></news:publication>` +
        `<news:publication_date>${entry.published}</news:publication_date>` +
        `<news:title>${escapeXml(entry.title)}</news:title></news:news></url>`,
    );
  return [DECLARATION, `<urlset xmlns="${SITEMAP_NS}" xmlns:news="${NEWS_NS}">`, ...urls, '</urlset>', ''].join('\n');
}

/** Splits entries into files of at most `size` URLs; there is always at least one (possibly empty) part. */
export function splitSitemap<T>(entries: readonly T[], size = MAX_URLS_PER_SITEMAP): T[][] {
  const parts: T[][] = [];
  for (let start = 0; start < entries.length; start += size) parts.push(entries.slice(start, start + size));
  return parts.length ? parts : [[]];
}

/** The latest of some ISO instants (a part's lastmod values, a page's stories), if any. */
export function newestOf(times: readonly (string | undefined)[]): string | undefined {
  let newest: string | undefined;
  for (const time of times) if (time && (!newest || Date.parse(time) > Date.parse(newest))) newest = time;
  return newest;
}
