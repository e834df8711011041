import { socialCard } from '@/lib/seo/og-card';
import { site } from '@/lib/site';

export const dynamic = 'force-static';

/** The home page's card, and the default for pages without their own. */
export function GET() {
  return socialCard({ title: site.tagline, label: 'Latest news' });
}
