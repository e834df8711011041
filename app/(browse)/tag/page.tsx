import type { Metadata } from 'next';

import { FrontHeader } from '@/components/fronts/FrontHeader';
import { TagIndex } from '@/components/fronts/TagIndex';
import { Main } from '@/components/layout/Main';
import { tags } from '@/lib/content';
import { routes } from '@/lib/routes';
import { frontMetadata } from '@/lib/seo/metadata';

// Re-rendered at most every 5 minutes (site.sharedBlocksMaxAgeSeconds), and at once by `npm run publish`.
export const revalidate = 300;

export const metadata: Metadata = frontMetadata({
  title: 'Topics',
  description: 'Every topic we cover, from A to Z, with the number of stories on each.',
  path: routes.tagIndex(),
});

export default async function TagIndexPage() {
  return (
    <Main>
      <FrontHeader
        trail={[
          { label: 'Home', href: routes.home() },
          { label: 'Topics', href: routes.tagIndex() },
        ]}
        title="Topics"
        description={<p>Every topic we cover, from A to Z.</p>}
      />
      <TagIndex tags={await tags()} />
    </Main>
  );
}
