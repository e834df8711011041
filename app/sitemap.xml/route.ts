import { absoluteUrl } from '@/lib/routes';
import { routes } from '@/lib/routes';
import { sitemapParts } from '@/lib/seo/sitemap-entries';
import { newestOf, sitemapIndexXml, urlsetXml } from '@/lib/seo/sitemap-xml';

export const dynamic = 'force-static';
// Re-rendered at most every 5 minutes (site.sharedBlocksMaxAgeSeconds), and at once by `npm run publish`.
export const revalidate = 300;

/** The whole site in one file while it fits the protocol's 50,000 URLs; beyond that, an index of /sitemaps/<n>.xml. */
export async function GET() {
  const parts = await sitemapParts();
  const xml =
    parts.length === 1
      ? urlsetXml(parts[0] ?? [])
      : sitemapIndexXml(
          parts.map((part, i) => ({
            loc: absoluteUrl(routes.sitemapPart(i + 1)),
            lastmod: newestOf(part.map((entry) => entry.lastmod)),
          })),
        );
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
}
