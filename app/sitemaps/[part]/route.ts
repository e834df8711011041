import { sitemapParts } from '@/lib/seo/sitemap-entries';
import { urlsetXml } from '@/lib/seo/sitemap-xml';
import { isStaticExport } from '@/lib/static-export/mode';

export const dynamic = 'force-static';
// Re-rendered at most every 5 minutes (site.sharedBlocksMaxAgeSeconds), and at once by `npm run publish`.
export const revalidate = 300;

/** Parts exist only when the site outgrows one sitemap (see /sitemap.xml): "1.xml", "2.xml", … */
export async function generateStaticParams() {
  const parts = await sitemapParts();
  // The static export refuses a route with no params; its "Not found" placeholder is deleted
  // again by scripts/pipeline/static-export/finish.ts, so the export 404s here just as `next start` does.
  if (parts.length === 1) return isStaticExport() ? [{ part: '1.xml' }] : [];
  return parts.map((_, i) => ({ part: `${i + 1}.xml` }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ part: string }> }) {
  const match = /^(\d+)\.xml$/.exec((await params).part);
  const parts = await sitemapParts();
  const part = match && parts.length > 1 ? parts[Number(match[1]) - 1] : undefined;
  if (!part) return new Response('Not found', { status: 404 });
  return new Response(urlsetXml(part), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
}
