import type { MetadataRoute } from 'next';
import { absoluteUrl } from '@/lib/routes';

// Static already under `next start`; the static export (decision 018) needs it said.
export const dynamic = 'force-static';

export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: '*', allow: '/' },
    sitemap: [absoluteUrl('/sitemap.xml'), absoluteUrl('/news-sitemap.xml')],
  };
}
