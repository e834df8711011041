import type { Metadata } from 'next';
import { notFound } from 'next/navigation';

import { ListFront } from '@/components/fronts/ListFront';
import { getSection, sectionPage, sectionPageCount, sections } from '@/lib/content';
import { routes } from '@/lib/routes';
import { frontMetadata } from '@/lib/seo/metadata';

import { pageNumber, pageParams } from '../../../paged';

interface Params {
  params: Promise<{ section: string; n: string }>;
}

// Pages 2…last of each section front are prerendered; any other page number is a 404.
export const dynamicParams = false;

export function generateStaticParams() {
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
        { label: 'Home', href: '/' },
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
