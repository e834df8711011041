import Image from 'next/image';

import Link from '@/components/link/Link.client';
import { LiveBadge } from '@/components/live/LiveBadge';
import { UnpublishedBadge } from '@/components/preview/UnpublishedMark';
import type { ArticleSummary } from '@/lib/content/types';
import { formatDate } from '@/lib/format';

import { StoryByline } from './StoryByline';

interface Props {
  story: ArticleSummary;
  /** `lead`: the home front's top story, large; `standard`: picture beside the text; `compact`: text only. */
  variant?: 'lead' | 'standard' | 'compact';
  /** Heading level that fits the page outline. */
  level?: 'h2' | 'h3';
  /** Label the story with its section (on lists that mix sections) rather than its kicker. */
  showSection?: boolean;
  /** Pictures above the fold load first. */
  priority?: boolean;
}

/** A story on a front: picture, label, headline, standfirst, byline and date. */
export function StoryCard({
  story,
  variant = 'standard',
  level: Heading = 'h2',
  showSection = false,
  priority = false,
}: Props) {
  const label = showSection ? story.sectionTitle : story.kicker;
  const lead = variant === 'lead';
  const image = variant !== 'compact' ? story.image : undefined;
  return (
    <article className={lead ? 'grid gap-4' : image ? 'grid gap-4 sm:grid-cols-[minmax(0,1fr)_12rem]' : ''}>
      {image && (
        <Image
          src={image.src}
          alt={image.alt}
          width={image.width}
          height={image.height}
          // The first picture on a front is its largest paint: preloaded and fetched at high priority.
          preload={priority}
          fetchPriority={priority ? 'high' : undefined}
          sizes={lead ? '(min-width: 1024px) 760px, 100vw' : '(min-width: 640px) 192px, 100vw'}
          className={`h-auto w-full bg-wash ${lead ? '' : 'sm:order-last sm:aspect-[4/3] sm:object-cover'}`}
        />
      )}
      <div className="min-w-0">
        {story.unpublished && <UnpublishedBadge mark={story.unpublished} />}
        {(label || story.live === 'live') && (
          <p className="font-sans text-xs font-bold tracking-wide text-accent uppercase">
            {story.live === 'live' && <LiveBadge />}
            {label}
          </p>
        )}
        <Heading
          className={`font-serif leading-tight font-bold text-balance ${lead ? 'text-3xl sm:text-4xl' : 'text-xl'}`}
        >
          <Link href={story.url} className="headline-link text-ink">
            {story.title}
          </Link>
        </Heading>
        <p className={`mt-2 leading-relaxed text-muted ${lead ? 'text-lg' : 'text-base'}`}>
          {variant === 'compact' ? story.excerpt : story.dek}
        </p>
        <p className="mt-2 flex flex-wrap gap-x-2 font-sans text-xs text-muted">
          <StoryByline story={story} />
          <time dateTime={story.date}>{formatDate(story.date)}</time>
        </p>
      </div>
    </article>
  );
}
