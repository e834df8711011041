import { SiteHeader } from '@/components/layout/SiteHeader';
import { navSections } from '@/lib/content';
import { site } from '@/lib/site';

/**
 * The site header as rendered by a route layout: route layouts know which section a page belongs to
 * (the root layout does not), so each renders this with its `currentSection`.
 */
export async function Masthead({ currentSection }: { currentSection?: string }) {
  return (
    <SiteHeader
      siteName={site.name}
      tagline={site.tagline}
      sections={await navSections()}
      currentSection={currentSection}
    />
  );
}
