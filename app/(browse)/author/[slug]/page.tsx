import type { Metadata } from 'next';

import { authors, getAuthor } from '@/lib/content';
import { frontMetadata } from '@/lib/seo/metadata';

import { AuthorFront } from './author-front';

interface Params {
  params: Promise<{ slug: string }>;
}

// Prerendered; one that appears after the build (a publish) renders on its first request, and
// proxy.ts refuses an address the content store does not know before any render.
// Re-rendered at most every 5 minutes (site.sharedBlocksMaxAgeSeconds), and at once by `npm run publish`.
export const revalidate = 300;

export function generateStaticParams() {
  return authors().map(({ slug }) => ({ slug }));
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const author = getAuthor((await params).slug);
  if (!author) return {};
  return frontMetadata({
    title: author.name,
    description: `${author.name}, ${author.role}: biography and stories.`,
    path: author.url,
  });
}

export default async function AuthorPage({ params }: Params) {
  return <AuthorFront slug={(await params).slug} page={1} />;
}
