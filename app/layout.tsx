import './globals.css';

import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';

// Written by the content check; imported (not read) so the dev server refreshes the page when it changes.
import contentStatus from '@/.dateline/content-status.json';
import { browseLinks } from '@/components/layout/browse-links';
import { MAIN_ID } from '@/components/layout/Main';
import { SiteFooter } from '@/components/layout/SiteFooter';
import { themeScript } from '@/components/layout/theme-script';
import { ContentProblems } from '@/components/preview/ContentProblems';
import { navSections, staticPages } from '@/lib/content';
import { routes } from '@/lib/routes';
import { feedAlternates } from '@/lib/seo/metadata';
import { siteCard } from '@/lib/seo/social-image';
import { site } from '@/lib/site';

import { serifLatin, serifLatinExt } from './fonts';

export const metadata: Metadata = {
  metadataBase: new URL(site.url),
  title: { default: `${site.name} — ${site.tagline}`, template: `%s | ${site.name}` },
  description: site.description,
  // Feed autodiscovery for pages that set no alternates of their own (see lib/seo/metadata).
  alternates: { types: feedAlternates() },
  openGraph: { type: 'website', siteName: site.name, locale: site.language.replace('-', '_'), images: [siteCard()] },
  twitter: { card: 'summary_large_image', images: [siteCard()] },
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#16181d' };

const feeds = [
  { url: routes.feed('rss'), title: 'RSS feed' },
  { url: routes.feed('atom'), title: 'Atom feed' },
  { url: routes.feed('json'), title: 'JSON feed' },
];

// The site header is rendered by the route layouts (app/(browse)/layout.tsx,
// app/[section]/layout.tsx) and by not-found.tsx, because only they know the current section.
// <html> carries the reader's theme, set by the head script before React hydrates.
export default async function RootLayout({ children }: { children: ReactNode }) {
  const [sections, pages] = await Promise.all([navSections(), staticPages()]);
  return (
    <html lang={site.language} className={`${serifLatin.variable} ${serifLatinExt.variable}`} suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: themeScript }} />
      </head>
      <body id="top" className="min-h-screen bg-paper font-serif text-ink antialiased">
        <a
          href={`#${MAIN_ID}`}
          className="sr-only z-50 rounded bg-ink px-4 py-2 font-sans font-semibold text-paper focus:not-sr-only focus:absolute focus:top-2 focus:left-2"
        >
          Skip to content
        </a>
        {process.env.NODE_ENV === 'development' && <ContentProblems problems={contentStatus.problems} />}
        {children}
        <SiteFooter
          siteName={site.name}
          description={site.description}
          sections={sections}
          browse={browseLinks}
          pages={pages}
          feeds={feeds}
        />
      </body>
    </html>
  );
}
