import type { MetadataRoute } from 'next';

import { absoluteUrl, routes } from '@/lib/routes';

// Static already under `next start`; the static export (decision 018) needs it said.
export const dynamic = 'force-static';

export default function robots(): MetadataRoute.Robots {
  return {
    // Search result URLs (/search?q=…) are for readers, not indexes; /search itself is a page
    // worth finding, so it is crawlable and carries no noindex (decision 017).
    rules: { userAgent: '*', allow: '/', disallow: '/search?' },
    sitemap: [absoluteUrl(routes.sitemapIndex()), absoluteUrl(routes.newsSitemap())],
  };
}
