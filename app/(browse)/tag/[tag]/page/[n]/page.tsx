import type { Metadata } from 'next';
import { notFound } from 'next/navigation';

import { ListFront } from '@/components/fronts/ListFront';
import { getTag, tagPage, tagPageCount, tags } from '@/lib/content';
import { routes } from '@/lib/routes';
import { frontMetadata } from '@/lib/seo/metadata';

import { pageNumber, pageParams } from '../../../../../paged';
import { tagTrail } from '../../trail';

interface Params {
  params: Promise<{ tag: string; n: string }>;
}

export const dynamicParams = false;

export function generateStaticParams() {
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
