import type { Metadata } from 'next';

import { laterPageOf, laterPageParams, pagedFrontMetadata, PagedFrontPage, tagFront } from '@/app/paged-fronts';
import { tags } from '@/lib/content';
import { rendersOnRequest } from '@/lib/render-policy';

interface Params {
  params: Promise<{ tag: string; n: string }>;
}

// Pages 2…last render on their first request on a server (proxy.ts refuses a page number past the
// end before any render); the static export, which has no server, prerenders them all.
// Re-rendered at most every 5 minutes (site.sharedBlocksMaxAgeSeconds), and at once by `npm run publish`.
export const revalidate = 300;

export async function generateStaticParams() {
  if (rendersOnRequest()) return [];
  const later = await laterPageParams(
    (await tags()).map(({ slug }) => slug),
    tagFront,
  );
  return later.map(({ slug, n }) => ({ tag: slug, n }));
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { tag: slug, n } = await params;
  return pagedFrontMetadata(await tagFront(slug), Number(n));
}

export default async function TagPageN({ params }: Params) {
  const { tag: slug, n } = await params;
  const front = await tagFront(slug);
  return <PagedFrontPage front={front} page={laterPageOf(front, n)} />;
}
