import Link from '@/components/link/Link.client';
import { LiveBadge } from '@/components/live/LiveBadge';
import { UnpublishedBadge } from '@/components/preview/UnpublishedMark';
import type { ArticleSummary } from '@/lib/content/types';
import { formatDate } from '@/lib/format';

interface Props {
  /** Heading of the list, e.g. "Latest from World"; it labels the list for assistive technology. */
  title: string;
  stories: ArticleSummary[];
  /** Heading level that fits the page outline. */
  level?: 'h2' | 'h3';
  /** Show the section name above each headline (for lists that mix sections). */
  showSection?: boolean;
  className?: string;
  id?: string;
}

/** A titled list of stories: headline and excerpt, as in the model page's onward lists. */
export function StoryList({ title, stories, level: Heading = 'h2', showSection = false, className = '', id }: Props) {
  if (stories.length === 0) return null;
  const headingId = id ?? `list-${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
  return (
    <section aria-labelledby={headingId} className={className}>
      <Heading
        id={headingId}
        className="border-b-2 border-ink pb-1 font-sans text-sm font-bold tracking-wide uppercase"
      >
        {title}
      </Heading>
      <ul className="divide-y divide-rule">
        {stories.map((story) => (
          <li key={story.slug} className="py-3">
            {showSection && (
              <p className="font-sans text-xs font-semibold tracking-wide text-accent uppercase">
                {story.sectionTitle}
              </p>
            )}
            {story.unpublished && <UnpublishedBadge mark={story.unpublished} />}
            {story.live === 'live' && <LiveBadge />}
            <Link href={story.url} className="headline-link font-serif text-lg leading-snug font-semibold text-ink">
              {story.title}
            </Link>
            <p className="mt-1 text-sm leading-relaxed text-muted">{story.excerpt}</p>
            <p className="mt-1 font-sans text-xs text-muted">
              <time dateTime={story.date}>{formatDate(story.date)}</time>
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
