import { articleParams, storyCard } from '@/lib/content';
import { socialCard } from '@/lib/seo/og-card';
import { site } from '@/lib/site';

// A route handler rather than opengraph-image.tsx: the file convention either prerenders
// nothing under this dynamic segment or loses each story's own alt text (decision 011).
export const dynamic = 'force-static';

// The newest stories only: older ones are shared with their picture (lib/seo/social-image.ts,
// decision 021). Drawn on request instead, every made-up slug would be cached on disk.
export function generateStaticParams() {
  return articleParams(site.socialCardsAtBuild);
}

export async function GET(_request: Request, { params }: { params: Promise<{ section: string; slug: string }> }) {
  const { section, slug } = await params;
  // A live blog's card too: its JSON-LD and og:image name it like an article's.
  const story = await storyCard(section, slug);
  if (!story) return new Response('Not found', { status: 404 });
  return socialCard({ title: story.title, label: story.sectionTitle, image: story.image });
}
