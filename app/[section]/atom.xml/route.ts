import { sections } from '@/lib/content';
import { feedResponse } from '@/lib/seo/feed-response';

export const dynamic = 'force-static';
// Prerendered; one that appears after the build (a publish) renders on its first request, and
// proxy.ts refuses an address the content store does not know before any render.
// Re-rendered at most every 5 minutes (site.sharedBlocksMaxAgeSeconds), and at once by `npm run publish`.
export const revalidate = 300;

export async function generateStaticParams() {
  return (await sections()).map(({ slug }) => ({ section: slug }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ section: string }> }) {
  return feedResponse('atom', (await params).section);
}
