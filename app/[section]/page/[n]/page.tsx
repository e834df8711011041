import type { Metadata } from 'next';

import { laterPageOf, laterPageParams, pagedFrontMetadata, PagedFrontPage, sectionFront } from '@/app/paged-fronts';
import { sections } from '@/lib/content';
import { rendersOnRequest } from '@/lib/render-policy';

interface Params {
  params: Promise<{ section: string; n: string }>;
}

// Pages 2…last render on their first request on a server (proxy.ts refuses a page number past the
// end before any render); the static export, which has no server, prerenders them all.
// Re-rendered at most every 5 minutes (site.sharedBlocksMaxAgeSeconds), and at once by `npm run publish`.
export const revalidate = 300;

export async function generateStaticParams() {
  if (rendersOnRequest()) return [];
  const later = await laterPageParams(
    (await sections()).map(({ slug }) => slug),
    sectionFront,
  );
  return later.map(({ slug, n }) => ({ section: slug, n }));
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { section: slug, n } = await params;
  return pagedFrontMetadata(await sectionFront(slug), Number(n));
}

export default async function SectionFrontPage({ params }: Params) {
  const { section: slug, n } = await params;
  const front = await sectionFront(slug);
  return <PagedFrontPage front={front} page={laterPageOf(front, n)} />;
}
