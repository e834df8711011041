import { StoryByline } from '@/components/fronts/StoryByline';
import { MdxBody } from '@/components/mdx/MdxBody';
import type { ArticleSummary, LivePostView } from '@/lib/content/types';
import { formatDateTime, formatPostTime } from '@/lib/format';
import { livePostAnchor } from '@/lib/routes';

interface Props {
  post: LivePostView;
  alsoRead: Record<string, ArticleSummary>;
  /** The pinned post, shown first: labelled, and without the post's own anchor if it is repeated. */
  label?: string;
}

/**
 * One post: its anchor (#post-<id>) is the file name, so it never changes; the time, its
 * optional title, who wrote it, and its MDX body with every story component.
 */
export function LivePostCard({ post, alsoRead, label }: Props) {
  const headingId = `post-${post.id}-title`;
  return (
    <article
      id={livePostAnchor(post.id)}
      tabIndex={-1}
      aria-labelledby={post.title ? headingId : undefined}
      className="live-post scroll-mt-20 border-t-2 border-rule py-6 outline-none first:border-t-0"
      data-post-id={post.id}
    >
      <header className="mb-3 space-y-1">
        <p className="flex flex-wrap items-center gap-x-3 font-sans text-sm">
          {label && <span className="font-bold text-accent uppercase">{label}</span>}
          {post.keyEvent && <span className="font-bold text-accent">Key event</span>}
          <a href={`#${livePostAnchor(post.id)}`} className="font-semibold text-ink">
            <time dateTime={post.time} title={formatDateTime(post.time)}>
              {formatPostTime(post.time)}
            </time>
          </a>
        </p>
        {post.title && (
          <h2 id={headingId} className="font-serif text-2xl leading-tight font-bold text-balance">
            {post.title}
          </h2>
        )}
        {post.authors.length > 0 && (
          <p className="font-sans text-sm text-muted">
            <StoryByline story={{ bylineAuthors: post.authors }} />
          </p>
        )}
      </header>
      <MdxBody code={post.bodyCode} alsoRead={alsoRead} />
    </article>
  );
}
