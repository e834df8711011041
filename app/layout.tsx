import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { SiteFooter } from '@/components/layout/SiteFooter';
import { SiteHeader } from '@/components/layout/SiteHeader';
import { navSections, staticPages } from '@/lib/content';
import { feedAlternates } from '@/lib/seo/metadata';
import { siteCard } from '@/lib/seo/social-image';
import { site } from '@/lib/site';
import { sans, serif } from './fonts';
import './globals.css';

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

export default function RootLayout({ children }: { children: ReactNode }) {
  const sections = navSections();
  return (
    <html lang={site.language} className={`${serif.variable} ${sans.variable}`}>
      <body id="top" className="min-h-screen bg-paper font-serif text-ink antialiased">
        <a
          href="#main"
          className="sr-only z-50 rounded bg-ink px-4 py-2 font-sans font-semibold text-white focus:not-sr-only focus:absolute focus:top-2 focus:left-2"
        >
          Skip to content
        </a>
        <SiteHeader siteName={site.name} tagline={site.tagline} sections={sections} />
        {children}
        <SiteFooter siteName={site.name} description={site.description} sections={sections} pages={staticPages()} />
      </body>
    </html>
  );
}
