import type { Metadata } from 'next';

import { authorFront, pagedFrontMetadata, PagedFrontPage } from '@/app/paged-fronts';
import { authors } from '@/lib/content';

interface Params {
  params: Promise<{ slug: string }>;
}

// Prerendered; one that appears after the build (a publish) renders on its first request, and
// proxy.ts refuses an address the content store does not know before any render.
// Re-rendered at most every 5 minutes (site.sharedBlocksMaxAgeSeconds), and at once by `npm run publish`.
export const revalidate = 300;

export async function generateStaticParams() {
  return (await authors()).map(({ slug }) => ({ slug: slug }));
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  return pagedFrontMetadata(await authorFront((await params).slug), 1);
}

export default async function AuthorPage({ params }: Params) {
  return <PagedFrontPage front={await authorFront((await params).slug)} page={1} />;
}
