import { feedResponse } from '@/lib/seo/feed-response';

// Prerendered by the build, then revalidated like every page.
export const dynamic = 'force-static';
// Re-rendered at most every 5 minutes (site.sharedBlocksMaxAgeSeconds), and at once by `npm run publish`.
export const revalidate = 300;

export function GET() {
  return feedResponse('json');
}
