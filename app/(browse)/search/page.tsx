import type { Metadata } from 'next';

import { Main } from '@/components/layout/Main';
import Link from '@/components/link/Link.client';
import { SearchPanel } from '@/components/search/SearchPanel.client';
import { sections } from '@/lib/content';
import { routes } from '@/lib/routes';
import { frontMetadata } from '@/lib/seo/metadata';
import { site } from '@/lib/site';

// Indexable; robots.txt keeps crawlers off the result URLs (/search?q=…) instead.
export const metadata: Metadata = frontMetadata({
  title: 'Search',
  description: `Search every story ${site.name} has published.`,
  path: routes.search(),
});

export default async function SearchPage() {
  return (
    <Main>
      <h1 className="font-serif text-4xl font-bold">Search</h1>
      <noscript>
        <p className="mt-4 rounded border border-rule bg-wash p-4 text-lg">
          Search needs JavaScript, which is turned off or unavailable in this browser. You can still find every story in
          the{' '}
          <Link href={routes.archive()} className="text-link underline">
            archive
          </Link>
          , by month.
        </p>
      </noscript>
      <SearchPanel
        sections={(await sections()).map(({ slug, title }) => ({ slug, title }))}
        archiveUrl={routes.archive()}
      />
    </Main>
  );
}
