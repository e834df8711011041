import Link from '@/components/link/Link.client';
import type { ArticleSummary, SectionRef } from '@/lib/content/types';

import { StoryCard } from './StoryCard';

/** A section's newest stories on the home front, with a way into the section. */
export function SectionBlock({ section, stories }: { section: SectionRef; stories: ArticleSummary[] }) {
  const headingId = `front-${section.slug}`;
  return (
    <section aria-labelledby={headingId} className="mt-10">
      <h2
        id={headingId}
        className="flex items-baseline justify-between border-b-2 border-ink pb-1 font-sans text-sm font-bold tracking-wide uppercase"
      >
        <Link href={section.url} className="text-ink no-underline hover:underline">
          {section.title}
        </Link>
      </h2>
      <ul className="mt-4 grid gap-6 md:grid-cols-3">
        {stories.map((story) => (
          <li key={story.slug}>
            <StoryCard story={story} variant="compact" level="h3" />
          </li>
        ))}
      </ul>
      <p className="mt-3 font-sans text-sm">
        <Link href={section.url} className="inline-flex min-h-11 items-center font-semibold text-link">
          More from {section.title}
          <span aria-hidden="true">&nbsp;→</span>
        </Link>
      </p>
    </section>
  );
}
