import type { Metadata } from 'next';
import { notFound } from 'next/navigation';

import { ListFront } from '@/components/fronts/ListFront';
import { getTag, tagPage, tags } from '@/lib/content';
import { routes } from '@/lib/routes';
import { frontMetadata } from '@/lib/seo/metadata';

import { tagTrail } from './trail';

interface Params {
  params: Promise<{ tag: string }>;
}

// Prerendered; one that appears after the build (a publish) renders on its first request, and
// proxy.ts refuses an address the content store does not know before any render.
// Re-rendered at most every 5 minutes (site.sharedBlocksMaxAgeSeconds), and at once by `npm run publish`.
export const revalidate = 300;

export function generateStaticParams() {
  return tags().map(({ slug }) => ({ tag: slug }));
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const tag = getTag((await params).tag);
  if (!tag) return {};
  return frontMetadata({ title: tag.name, description: `Stories about ${tag.name}, newest first.`, path: tag.url });
}

export default async function TagPage({ params }: Params) {
  const tag = getTag((await params).tag);
  const list = tag && tagPage(tag.slug, 1);
  if (!tag || !list) notFound();
  return (
    <ListFront
      trail={tagTrail(tag, 1)}
      kind="Topic: "
      title={tag.name}
      description={<p>{tag.count === 1 ? '1 story' : `${tag.count} stories`}, newest first.</p>}
      list={list}
      href={(page) => routes.tag(tag.slug, page)}
      showSection
    />
  );
}
