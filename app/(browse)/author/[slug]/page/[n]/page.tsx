import type { Metadata } from 'next';

import { authorFront, laterPageOf, laterPageParams, pagedFrontMetadata, PagedFrontPage } from '@/app/paged-fronts';
import { authors } from '@/lib/content';
import { rendersOnRequest } from '@/lib/render-policy';

interface Params {
  params: Promise<{ slug: string; n: string }>;
}

// Pages 2…last render on their first request on a server (proxy.ts refuses a page number past the
// end before any render); the static export, which has no server, prerenders them all.
// Re-rendered at most every 5 minutes (site.sharedBlocksMaxAgeSeconds), and at once by `npm run publish`.
export const revalidate = 300;

export async function generateStaticParams() {
  if (rendersOnRequest()) return [];
  const later = await laterPageParams(
    (await authors()).map(({ slug }) => slug),
    authorFront,
  );
  return later.map(({ slug, n }) => ({ slug: slug, n }));
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { slug: slug, n } = await params;
  return pagedFrontMetadata(await authorFront(slug), Number(n));
}

export default async function AuthorPageN({ params }: Params) {
  const { slug: slug, n } = await params;
  const front = await authorFront(slug);
  return <PagedFrontPage front={front} page={laterPageOf(front, n)} />;
}
