import type { Metadata } from 'next';
import { notFound } from 'next/navigation';

import { authorPageCount, authors, getAuthor } from '@/lib/content';
import { rendersOnRequest } from '@/lib/render-policy';
import { routes } from '@/lib/routes';
import { frontMetadata } from '@/lib/seo/metadata';

import { pageNumber, pageParams } from '../../../../../paged';
import { AuthorFront } from '../../author-front';

interface Params {
  params: Promise<{ slug: string; n: string }>;
}

// Pages 2…last render on their first request on a server (proxy.ts refuses a page number past the
// end before any render); the static export, which has no server, prerenders them all.
// Re-rendered at most every 5 minutes (site.sharedBlocksMaxAgeSeconds), and at once by `npm run publish`.
export const revalidate = 300;

export function generateStaticParams() {
  if (rendersOnRequest()) return [];
  return authors().flatMap(({ slug }) => pageParams(authorPageCount(slug)).map(({ n }) => ({ slug, n })));
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { slug, n } = await params;
  const author = getAuthor(slug);
  if (!author) return {};
  return frontMetadata({
    title: `${author.name}, page ${n}`,
    description: `Stories by ${author.name}, ${author.role}.`,
    path: routes.author(slug, Number(n)),
  });
}

export default async function AuthorPageN({ params }: Params) {
  const { slug, n } = await params;
  const author = getAuthor(slug);
  if (!author) notFound();
  return <AuthorFront slug={slug} page={pageNumber(n, author.url)} />;
}
