import { articleParams, getArticle } from '@/lib/content';
import { socialCard } from '@/lib/seo/og-card';

// A route handler rather than opengraph-image.tsx: the file convention either prerenders
// nothing under this dynamic segment or loses each story's own alt text (decision 006).
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return articleParams();
}

export async function GET(_request: Request, { params }: { params: Promise<{ section: string; slug: string }> }) {
  const { section, slug } = await params;
  const article = getArticle(section, slug);
  if (!article) return new Response('Not found', { status: 404 });
  return socialCard({ title: article.title, label: article.sectionTitle, image: article.image });
}
