import type { Metadata } from 'next';

import { BreakingBanner } from '@/components/fronts/BreakingBanner';
import { SectionBlock } from '@/components/fronts/SectionBlock';
import { StoryCard } from '@/components/fronts/StoryCard';
import { Main } from '@/components/layout/Main';
import { StoryList } from '@/components/lists/StoryList';
import { JsonLd } from '@/components/seo/JsonLd';
import { breakingNews, getSection, homeFront } from '@/lib/content';
import { routes } from '@/lib/routes';
import { frontMetadata } from '@/lib/seo/metadata';
import { webSite } from '@/lib/seo/structured-data';
import { site } from '@/lib/site';

// Re-rendered at most every 5 minutes (site.sharedBlocksMaxAgeSeconds), and at once by `npm run publish`.
export const revalidate = 300;

export const metadata: Metadata = frontMetadata({ description: site.description, path: routes.home() });

/** The home front: breaking banner, lead story, top stories, a block per section, Latest and Don't Miss. */
export default async function HomePage() {
  const [front, breaking] = await Promise.all([homeFront(), breakingNews()]);
  const blocks = await Promise.all(
    front.sections.map(async ({ section, stories }) => ({ section, stories, ref: await getSection(section) })),
  );
  return (
    <>
      {breaking && <BreakingBanner story={breaking} />}
      <div className="mx-auto grid max-w-6xl gap-12 px-4 pt-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <Main layout="cell">
          <h1 className="sr-only">{site.name}: today&apos;s news</h1>
          <JsonLd data={webSite()} />
          {front.lead && (
            <section aria-label="Lead story">
              <StoryCard story={front.lead} variant="lead" showSection priority />
            </section>
          )}
          {front.top.length > 0 && (
            <section aria-labelledby="top-stories" className="mt-10">
              <h2
                id="top-stories"
                className="border-b-2 border-ink pb-1 font-sans text-sm font-bold tracking-wide uppercase"
              >
                Top stories
              </h2>
              <ul className="mt-4 grid gap-6 sm:grid-cols-2">
                {front.top.map((story) => (
                  <li key={story.slug}>
                    <StoryCard story={story} variant="compact" level="h3" showSection />
                  </li>
                ))}
              </ul>
            </section>
          )}
          {blocks.map(
            ({ section, stories, ref }) => ref && <SectionBlock key={section} section={ref} stories={stories} />,
          )}
        </Main>
        <aside aria-label="Latest and Don't Miss" className="space-y-10">
          <StoryList title="Latest" stories={front.latest} showSection />
          <StoryList title="Don't Miss" stories={front.picks} showSection />
        </aside>
      </div>
    </>
  );
}
