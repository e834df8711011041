import Link from '@/components/link/Link.client';
import type { ArticleSummary } from '@/lib/content/types';

/** "Previous Story" (older) and "Next Story" (newer) in the same section. */
export function StoryNav({ previous, next }: { previous?: ArticleSummary; next?: ArticleSummary }) {
  if (!previous && !next) return null;
  return (
    <nav
      aria-label="More stories in this section"
      className="mt-10 grid gap-4 border-y border-rule py-6 sm:grid-cols-2"
    >
      {previous ? (
        <Link href={previous.url} rel="prev" className="group block no-underline">
          <span className="font-sans text-xs font-bold tracking-wide text-accent uppercase">← Previous Story</span>
          <span className="mt-1 block font-serif text-lg leading-snug font-semibold text-ink group-hover:underline">
            {previous.title}
          </span>
        </Link>
      ) : (
        <span />
      )}
      {next && (
        <Link href={next.url} rel="next" className="group block no-underline sm:text-right">
          <span className="font-sans text-xs font-bold tracking-wide text-accent uppercase">Next Story →</span>
          <span className="mt-1 block font-serif text-lg leading-snug font-semibold text-ink group-hover:underline">
            {next.title}
          </span>
        </Link>
      )}
    </nav>
  );
}
