import Link from '@/components/link/Link.client';
import type { ArticleSummary } from '@/lib/content/types';

/** "Breaking" strip at the top of the home front, linking to the story. */
export function BreakingBanner({ story }: { story: ArticleSummary }) {
  return (
    <section aria-label="Breaking news" className="bg-accent text-paper">
      <p className="mx-auto flex max-w-6xl flex-wrap items-baseline gap-x-3 px-4 py-3 font-sans">
        <span className="text-sm font-bold tracking-wide uppercase">Breaking</span>
        <Link
          href={story.url}
          className="font-serif text-lg font-semibold text-paper underline-offset-4 hover:underline"
        >
          {story.title}
        </Link>
      </p>
    </section>
  );
}
