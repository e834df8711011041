import { publishedBetween } from '@/lib/content';
import { buildNow } from '@/lib/now';
import { absoluteUrl } from '@/lib/routes';
import { feedItemTitle } from '@/lib/seo/feeds';
import { newsSitemapXml } from '@/lib/seo/sitemap-xml';
import { site } from '@/lib/site';

export const dynamic = 'force-static';
// Re-rendered at most every 5 minutes (site.sharedBlocksMaxAgeSeconds), and at once by `npm run publish`.
export const revalidate = 300;

const TWO_DAYS = 2 * 24 * 60 * 60 * 1000;

/** Google News: the stories published in the two days before the build. */
export async function GET() {
  const now = buildNow();
  const stories = await publishedBetween(new Date(now.getTime() - TWO_DAYS), now);
  const xml = newsSitemapXml(
    stories.map((story) => ({ loc: absoluteUrl(story.url), title: feedItemTitle(story), published: story.date })),
    // The news schema takes a bare ISO 639 code ("en"); only Chinese keeps a region (zh-cn, zh-tw).
    { name: site.name, language: site.language.split('-')[0] as string },
  );
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
}
