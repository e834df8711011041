import type { Metadata } from 'next';
import { notFound } from 'next/navigation';

import { StoryArticle } from '@/components/article/StoryArticle';
import { StoryNav } from '@/components/article/StoryNav';
import { StoryPageLayout } from '@/components/article/StoryPageLayout';
import { Breadcrumbs } from '@/components/layout/Breadcrumbs';
import { StoryList } from '@/components/lists/StoryList';
import { UnpublishedBanner } from '@/components/preview/UnpublishedMark';
import { JsonLd } from '@/components/seo/JsonLd';
import { adjacent, articleParams, editorsPicks, getArticle, getLiveBlog, latestIn, relatedTo } from '@/lib/content';
import { rendersOnRequest } from '@/lib/render-policy';
import { routes } from '@/lib/routes';
import { articleMetadata } from '@/lib/seo/metadata';
import { articleSocialImage } from '@/lib/seo/social-image';
import { newsArticle } from '@/lib/seo/structured-data';
import { site } from '@/lib/site';

import { LiveBlogPage } from './live-blog-page';

interface Params {
  params: Promise<{ section: string; slug: string }>;
}

// The newest stories are prerendered; older ones render on their first request and are then
// cached: `dynamicParams` is left at its default (true), which the static export also accepts
// as long as it is not written out. proxy.ts answers a slug the content store does not know
// with a 404 before any render, so a made-up address is never rendered or cached.
// Latest from <Section>, Related and Don't Miss are at most this many seconds old (site.sharedBlocksMaxAgeSeconds).
export const revalidate = 300;

export function generateStaticParams() {
  return articleParams(rendersOnRequest() ? site.prerenderStories : undefined);
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { section, slug } = await params;
  const story = (await getArticle(section, slug)) ?? (await getLiveBlog(section, slug));
  if (!story) return {};
  return articleMetadata(story);
}

export default async function ArticlePage({ params }: Params) {
  const { section, slug } = await params;
  // Live blogs share the stories' address space (docs/decisions/029).
  if (await getLiveBlog(section, slug)) return <LiveBlogPage section={section} slug={slug} />;
  const article = await getArticle(section, slug);
  if (!article) notFound();
  const [{ previous, next }, latest, picks] = await Promise.all([
    adjacent(section, slug),
    latestIn(section, { exclude: slug }),
    editorsPicks({ exclude: slug }),
  ]);
  // Onward lists never repeat a story: related leaves out what "Latest from" and Previous/Next show.
  const shown = [...latest, previous, next].flatMap((story) => (story ? [story.slug] : []));
  const related = await relatedTo(section, slug, { exclude: shown });
  const trail = [
    { label: 'Home', href: routes.home() },
    { label: article.sectionTitle, href: routes.section(article.section) },
    { label: article.title, href: article.url },
  ];

  return (
    <StoryPageLayout picks={picks}>
      <article className="mx-auto max-w-3xl">
        <Breadcrumbs trail={trail} />
        {article.unpublished && <UnpublishedBanner mark={article.unpublished} />}
        <JsonLd data={newsArticle(article, articleSocialImage(article).url)} />
        <StoryArticle article={article} />
        <StoryNav previous={previous} next={next} />
      </article>
      <StoryList title="Related stories" stories={related} showSection className="mx-auto mt-10 max-w-3xl" />
      <StoryList title={`Latest from ${article.sectionTitle}`} stories={latest} className="mx-auto mt-10 max-w-3xl" />
    </StoryPageLayout>
  );
}
