import type { Metadata } from 'next';

import { ArchiveMonths } from '@/components/archive/ArchiveMonths';
import { FrontHeader } from '@/components/fronts/FrontHeader';
import { Main } from '@/components/layout/Main';
import { archiveMonths } from '@/lib/content';
import { groupByYear } from '@/lib/content/grouping';
import { routes } from '@/lib/routes';
import { frontMetadata } from '@/lib/seo/metadata';

// Re-rendered at most every 5 minutes (site.sharedBlocksMaxAgeSeconds), and at once by `npm run publish`.
export const revalidate = 300;

export const metadata: Metadata = frontMetadata({
  title: 'Archive',
  description: 'Every story we have published, month by month.',
  path: routes.archive(),
});

export default async function ArchivePage() {
  return (
    <Main>
      <FrontHeader
        trail={[
          { label: 'Home', href: routes.home() },
          { label: 'Archive', href: routes.archive() },
        ]}
        title="Archive"
        description={<p>Every story we have published, month by month.</p>}
      />
      <ArchiveMonths years={groupByYear(await archiveMonths())} />
    </Main>
  );
}
