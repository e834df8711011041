import type { Metadata } from 'next';
import { notFound } from 'next/navigation';

import { ListFront } from '@/components/fronts/ListFront';
import { getTag, tagPage, tagPageCount, tags } from '@/lib/content';
import { rendersOnRequest } from '@/lib/render-policy';
import { routes } from '@/lib/routes';
import { frontMetadata } from '@/lib/seo/metadata';

import { pageNumber, pageParams } from '../../../../../paged';
import { tagTrail } from '../../trail';

interface Params {
  params: Promise<{ tag: string; n: string }>;
}

// Pages 2…last render on their first request on a server (proxy.ts refuses a page number past the
// end before any render); the static export, which has no server, prerenders them all.
// Re-rendered at most every 5 minutes (site.sharedBlocksMaxAgeSeconds), and at once by `npm run publish`.
export const revalidate = 300;

export function generateStaticParams() {
  if (rendersOnRequest()) return [];
  return tags().flatMap(({ slug }) => pageParams(tagPageCount(slug)).map(({ n }) => ({ tag: slug, n })));
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { tag: slug, n } = await params;
  const tag = getTag(slug);
  if (!tag) return {};
  return frontMetadata({
    title: `${tag.name}, page ${n}`,
    description: `Stories about ${tag.name}, newest first.`,
    path: routes.tag(slug, Number(n)),
  });
}

export default async function TagPageN({ params }: Params) {
  const { tag: slug, n } = await params;
  const tag = getTag(slug);
  if (!tag) notFound();
  const list = tagPage(slug, pageNumber(n, tag.url));
  if (!list) notFound();
  return (
    <ListFront
      trail={tagTrail(tag, list.page)}
      kind="Topic: "
      title={tag.name}
      list={list}
      href={(page) => routes.tag(slug, page)}
      showSection
    />
  );
}
