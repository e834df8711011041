import type { Metadata } from 'next';
import { notFound } from 'next/navigation';

import { getLiveBlog, livePageParams } from '@/lib/content';
import { articleMetadata } from '@/lib/seo/metadata';

import { LiveBlogPage } from '../../live-blog-page';

interface Params {
  params: Promise<{ section: string; slug: string; post: string }>;
}

// An older page of a live blog: the posts from <post> back in time (docs/decisions/029). Its
// posts never change when new ones are added, so the link stays right. The pages that links
// reach now are prerendered; on `npm start` any other post's page renders on request.
export const revalidate = 300;

export function generateStaticParams() {
  return livePageParams();
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { section, slug, post } = await params;
  const blog = await getLiveBlog(section, slug, post);
  if (!blog) return {};
  // The newest page is the live blog's canonical address; older pages are part of it.
  return { ...articleMetadata(blog), robots: { index: false, follow: true } };
}

export default async function OlderLivePage({ params }: Params) {
  const { section, slug, post } = await params;
  if (!(await getLiveBlog(section, slug, post))) notFound();
  return <LiveBlogPage section={section} slug={slug} from={post} />;
}
