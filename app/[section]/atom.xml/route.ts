import { sections } from '@/lib/content';
import { feedResponse } from '@/lib/seo/feed-response';

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return sections().map(({ slug }) => ({ section: slug }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ section: string }> }) {
  return feedResponse('atom', (await params).section);
}
