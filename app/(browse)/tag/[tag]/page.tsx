import type { Metadata } from 'next';

import { pagedFrontMetadata, PagedFrontPage, tagFront } from '@/app/paged-fronts';
import { tags } from '@/lib/content';

interface Params {
  params: Promise<{ tag: string }>;
}

// Prerendered; one that appears after the build (a publish) renders on its first request, and
// proxy.ts refuses an address the content store does not know before any render.
// Re-rendered at most every 5 minutes (site.sharedBlocksMaxAgeSeconds), and at once by `npm run publish`.
export const revalidate = 300;

export async function generateStaticParams() {
  return (await tags()).map(({ slug }) => ({ tag: slug }));
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  return pagedFrontMetadata(await tagFront((await params).tag), 1);
}

export default async function TagPage({ params }: Params) {
  return <PagedFrontPage front={await tagFront((await params).tag)} page={1} />;
}
