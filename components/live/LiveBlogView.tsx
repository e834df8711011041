import { HeroImage } from '@/components/article/HeroImage';
import { TagList } from '@/components/article/TagList';
import { StoryByline } from '@/components/fronts/StoryByline';
import { Breadcrumbs } from '@/components/layout/Breadcrumbs';
import Link from '@/components/link/Link.client';
import { MdxBody } from '@/components/mdx/MdxBody';
import { JsonLd } from '@/components/seo/JsonLd';
import type { LiveBlogDetail } from '@/lib/content/types';
import { formatDateTime, formatPostTime } from '@/lib/format';
import { routes } from '@/lib/routes';
import { liveBlogPosting } from '@/lib/seo/structured-data';

import { LiveBadge } from './LiveBadge';
import { LivePostCard } from './LivePostCard';
import { LiveUpdates } from './LiveUpdates.client';

interface Props {
  blog: LiveBlogDetail;
  /** When this page was rendered: what a reader without JavaScript is told the posts date from. */
  renderedAt: string;
  socialImagePath: string;
  /** The auto-update: where its JSON is and how often to ask, or undefined where nothing can be asked (ended, static export). */
  updates?: { postsUrl: string; pollSeconds: number };
}

/**
 * A live blog page (docs/decisions/029): LIVE label while live, the pinned post first, the key
 * events, then the posts newest first with stable anchors, and a link to the older posts.
 * Everything is server-rendered; the one client component, LiveUpdates, only adds new posts.
 */
export function LiveBlogView({ blog, renderedAt, socialImagePath, updates }: Props) {
  const live = blog.status === 'live';
  const trail = [
    { label: 'Home', href: routes.home() },
    { label: blog.sectionTitle, href: routes.section(blog.section) },
    { label: blog.title, href: blog.url },
  ];
  return (
    <article className="mx-auto max-w-3xl">
      <Breadcrumbs trail={trail} />
      <JsonLd data={liveBlogPosting(blog, socialImagePath)} />
      <header className="mt-4 space-y-4">
        <p className="font-sans text-sm font-bold tracking-wide text-accent uppercase">
          {live && <LiveBadge />}
          {blog.kicker && blog.kicker.toLowerCase() !== 'live' ? blog.kicker : blog.sectionTitle}
        </p>
        <h1 className="font-serif text-3xl leading-tight font-bold text-balance sm:text-4xl lg:text-5xl">
          {blog.title}
        </h1>
        <p className="font-serif text-xl leading-snug text-muted" data-testid="standfirst">
          {blog.dek}
        </p>
        <p className="font-sans text-sm">
          <StoryByline story={{ bylineAuthors: blog.authors }} />
        </p>
        <p className="font-sans text-sm text-muted" data-testid="live-status">
          {live ? 'Live coverage since ' : 'Live coverage from '}
          <time dateTime={blog.coverageStart}>{formatDateTime(blog.coverageStart)}</time>
          {blog.coverageEnd && (
            <>
              {' '}
              to <time dateTime={blog.coverageEnd}>{formatDateTime(blog.coverageEnd)}</time>
              {'. This live blog has ended.'}
            </>
          )}
        </p>
      </header>
      {blog.image && <HeroImage image={blog.image} />}
      <div className="mt-6">
        <MdxBody code={blog.bodyCode} alsoRead={blog.alsoRead} />
      </div>
      {live && (
        <p className="mt-4 rounded border border-rule bg-wash px-3 py-2 font-sans text-sm" data-testid="rendered-at">
          Posts as of <time dateTime={renderedAt}>{formatDateTime(renderedAt)}</time>.{' '}
          {updates ? 'New posts appear here as they are published; ' : ''}
          reload the page to see newer posts.
        </p>
      )}
      {blog.keyEvents.length > 0 && (
        <nav aria-labelledby="key-events" className="mt-8 rounded border border-rule p-4">
          <h2 id="key-events" className="font-sans text-lg font-bold">
            Key events
          </h2>
          <ol className="mt-2 space-y-2 font-sans text-sm">
            {blog.keyEvents.map((event) => (
              <li key={event.id}>
                <a href={event.href} className="text-link">
                  <time dateTime={event.time} className="mr-2 text-muted">
                    {formatPostTime(event.time)}
                  </time>
                  {event.title}
                </a>
              </li>
            ))}
          </ol>
        </nav>
      )}
      {blog.pinned && (
        <section aria-label="Pinned post" className="mt-8 rounded border-2 border-accent px-4">
          <LivePostCard post={blog.pinned} alsoRead={blog.alsoRead} label="Pinned" />
        </section>
      )}
      <section aria-labelledby="posts-heading" className="mt-8">
        <h2 id="posts-heading" className="sr-only">
          {blog.isOlderPage ? 'Older posts' : 'Latest posts'}
        </h2>
        {blog.isOlderPage && (
          <p className="mb-4 font-sans text-sm">
            <Link href={blog.url} className="font-semibold text-link">
              ← Newest posts
            </Link>
          </p>
        )}
        {updates && <LiveUpdates postsUrl={updates.postsUrl} pollSeconds={updates.pollSeconds} />}
        <div id="live-posts">
          {blog.posts.map((post) => (
            <LivePostCard key={post.id} post={post} alsoRead={blog.alsoRead} />
          ))}
        </div>
        {blog.olderHref && (
          <p className="mt-6 font-sans text-sm">
            <Link href={blog.olderHref} className="font-semibold text-link" prefetch={false}>
              Older posts →
            </Link>
          </p>
        )}
      </section>
      <TagList tags={blog.tags} />
    </article>
  );
}
