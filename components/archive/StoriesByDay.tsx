import { StoryByline } from '@/components/fronts/StoryByline';
import Link from '@/components/link/Link.client';
import type { DayGroup } from '@/lib/content/grouping';
import type { ArticleSummary } from '@/lib/content/types';
import { formatDay } from '@/lib/format-month';

/** A month's stories under a heading per day ("Friday, November 27"), newest first. */
export function StoriesByDay({ days }: { days: DayGroup<ArticleSummary>[] }) {
  return (
    <div className="mt-8 space-y-8">
      {days.map(({ day, stories }) => (
        <section key={day} aria-labelledby={`day-${day}`}>
          <h2 id={`day-${day}`} className="border-b-2 border-ink pb-1 font-sans text-sm font-bold">
            <time dateTime={day}>{formatDay(day)}</time>
          </h2>
          <ul className="divide-y divide-rule">
            {stories.map((story) => (
              <li key={story.slug} className="py-3">
                <p className="font-sans text-xs font-semibold tracking-wide text-accent uppercase">
                  {story.sectionTitle}
                </p>
                <h3 className="font-serif text-lg leading-snug font-semibold">
                  <Link href={story.url} className="headline-link text-ink">
                    {story.title}
                  </Link>
                </h3>
                <p className="mt-1 text-sm leading-relaxed text-muted">{story.excerpt}</p>
                <p className="mt-1 font-sans text-xs text-muted">
                  <StoryByline story={story} />
                </p>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
