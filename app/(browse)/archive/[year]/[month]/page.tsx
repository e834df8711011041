import type { Metadata } from 'next';
import { notFound } from 'next/navigation';

import { MonthNav } from '@/components/archive/MonthNav';
import { StoriesByDay } from '@/components/archive/StoriesByDay';
import { FrontHeader } from '@/components/fronts/FrontHeader';
import { Main } from '@/components/layout/Main';
import { archiveMonths, monthStories } from '@/lib/content';
import { groupByDay } from '@/lib/content/grouping';
import { formatMonth } from '@/lib/format-month';
import { routes } from '@/lib/routes';
import { frontMetadata } from '@/lib/seo/metadata';
import { site } from '@/lib/site';

interface Params {
  params: Promise<{ year: string; month: string }>;
}

// Prerendered; one that appears after the build (a publish) renders on its first request, and
// proxy.ts refuses an address the content store does not know before any render.
// Re-rendered at most every 5 minutes (site.sharedBlocksMaxAgeSeconds), and at once by `npm run publish`.
export const revalidate = 300;

export async function generateStaticParams() {
  return (await archiveMonths()).map(({ year, month }) => ({
    year: String(year),
    month: String(month).padStart(2, '0'),
  }));
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { year, month } = await params;
  const label = formatMonth(Number(year), Number(month));
  return frontMetadata({
    title: `Archive: ${label}`,
    description: `Stories published in ${label}, day by day.`,
    path: routes.archiveMonth(Number(year), Number(month)),
  });
}

export default async function ArchiveMonthPage({ params }: Params) {
  const { year, month } = await params;
  const stories = await monthStories(Number(year), Number(month));
  if (stories.length === 0) notFound();
  const label = formatMonth(Number(year), Number(month));
  // Months are newest first: the one before this in the list is newer, the one after older.
  const months = await archiveMonths();
  const position = months.findIndex(
    (candidate) => candidate.year === Number(year) && candidate.month === Number(month),
  );
  return (
    <Main>
      <FrontHeader
        trail={[
          { label: 'Home', href: routes.home() },
          { label: 'Archive', href: routes.archive() },
          { label, href: routes.archiveMonth(Number(year), Number(month)) },
        ]}
        kind="Archive: "
        title={label}
        description={<p>{stories.length === 1 ? '1 story' : `${stories.length} stories`}, newest first.</p>}
      />
      <StoriesByDay days={groupByDay(stories, site.timeZone)} />
      <MonthNav newer={months[position - 1]} older={months[position + 1]} />
    </Main>
  );
}
