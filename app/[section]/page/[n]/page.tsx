import type { Metadata } from 'next';
import { notFound } from 'next/navigation';

import { ListFront } from '@/components/fronts/ListFront';
import { getSection, sectionPage, sectionPageCount, sections } from '@/lib/content';
import { rendersOnRequest } from '@/lib/render-policy';
import { routes } from '@/lib/routes';
import { frontMetadata } from '@/lib/seo/metadata';

import { pageNumber, pageParams } from '../../../paged';

interface Params {
  params: Promise<{ section: string; n: string }>;
}

// Pages 2…last render on their first request on a server (proxy.ts refuses a page number past the
// end before any render); the static export, which has no server, prerenders them all.
// Re-rendered at most every 5 minutes (site.sharedBlocksMaxAgeSeconds), and at once by `npm run publish`.
export const revalidate = 300;

export function generateStaticParams() {
  if (rendersOnRequest()) return [];
  return sections().flatMap(({ slug }) => pageParams(sectionPageCount(slug)).map(({ n }) => ({ section: slug, n })));
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { section: slug, n } = await params;
  const section = getSection(slug);
  if (!section) return {};
  return frontMetadata({
    title: `${section.title}, page ${n}`,
    description: section.description,
    path: routes.section(slug, Number(n)),
    section,
  });
}

export default async function SectionFrontPage({ params }: Params) {
  const { section: slug, n } = await params;
  const section = getSection(slug);
  if (!section) notFound();
  const list = sectionPage(slug, pageNumber(n, section.url));
  if (!list) notFound();
  return (
    <ListFront
      trail={[
        { label: 'Home', href: routes.home() },
        { label: section.title, href: section.url },
        { label: `Page ${list.page}`, href: routes.section(slug, list.page) },
      ]}
      kind="Category: "
      title={section.title}
      description={<p>{section.description}</p>}
      list={list}
      href={(page) => routes.section(slug, page)}
    />
  );
}
