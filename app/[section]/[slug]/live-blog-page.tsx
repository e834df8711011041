import { notFound } from 'next/navigation';

import { StoryNav } from '@/components/article/StoryNav';
import { StoryPageLayout } from '@/components/article/StoryPageLayout';
import { StoryList } from '@/components/lists/StoryList';
import { LiveBlogView } from '@/components/live/LiveBlogView';
import { adjacent, editorsPicks, getLiveBlog, latestIn } from '@/lib/content';
import { buildNow } from '@/lib/now';
import { routes } from '@/lib/routes';
import { articleSocialImage } from '@/lib/seo/social-image';
import { site } from '@/lib/site';

/**
 * A live blog at /<section>/<slug> (its newest posts) or /<section>/<slug>/page/<post-id> (the
 * posts from that one back): the route's data in one place, for both routes.
 */
export async function LiveBlogPage({ section, slug, from }: { section: string; slug: string; from?: string }) {
  const blog = await getLiveBlog(section, slug, from);
  if (!blog) notFound();
  const [{ previous, next }, latest, picks] = await Promise.all([
    adjacent(section, slug),
    latestIn(section, { exclude: slug }),
    editorsPicks({ exclude: slug }),
  ]);
  // Only the newest posts update themselves; an older page's posts never change.
  const updates =
    blog.status === 'live' && !blog.isOlderPage
      ? { postsUrl: routes.livePosts(section, slug), pollSeconds: site.liveBlogPollSeconds }
      : undefined;
  return (
    <StoryPageLayout picks={picks}>
      <LiveBlogView
        blog={blog}
        renderedAt={buildNow().toISOString()}
        socialImagePath={articleSocialImage(blog).url}
        updates={updates}
      />
      <div className="mx-auto max-w-3xl">
        <StoryNav previous={previous} next={next} />
      </div>
      <StoryList title={`Latest from ${blog.sectionTitle}`} stories={latest} className="mx-auto mt-10 max-w-3xl" />
    </StoryPageLayout>
  );
}
