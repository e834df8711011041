import type { Metadata } from 'next';

import { authors, getAuthor } from '@/lib/content';
import { frontMetadata } from '@/lib/seo/metadata';

import { AuthorFront } from './author-front';

interface Params {
  params: Promise<{ slug: string }>;
}

export const dynamicParams = false;

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
