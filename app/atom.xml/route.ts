import { feedResponse } from '@/lib/seo/feed-response';

// Written once at build time, like every page.
export const dynamic = 'force-static';

export function GET() {
  return feedResponse('atom');
}
