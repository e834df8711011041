import Link from '@/components/link/Link.client';
import type { ArticleSummary } from '@/lib/content/types';

/** "ALSO READ: <headline>" inside a story body, linking to the other story. */
export function AlsoReadCallout({ story }: { story: ArticleSummary }) {
  return (
    <aside aria-label="Also read" className="not-prose my-6 border-y-2 border-ink py-3 font-sans">
      <p className="text-base leading-snug">
        <span className="mr-2 font-bold tracking-wide text-accent uppercase">Also read:</span>
        <Link href={story.url} className="font-serif text-lg font-semibold text-ink">
          {story.title}
        </Link>
      </p>
    </aside>
  );
}
