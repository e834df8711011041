import Link from '@/components/link/Link.client';
import type { ArticleSummary } from '@/lib/content/types';

/** "By Grace Whitfield and Priya Raman" with links to their pages, or the agency byline. */
export function StoryByline({ story }: { story: Pick<ArticleSummary, 'bylineAuthors' | 'byline'> }) {
  const authors = story.bylineAuthors ?? [];
  if (authors.length === 0) return story.byline ? <span>By {story.byline}</span> : null;
  return (
    <span>
      By{' '}
      {authors.map((author, position) => (
        <span key={author.url}>
          {position > 0 && (position === authors.length - 1 ? ' and ' : ', ')}
          <Link href={author.url} className="font-semibold text-ink">
            {author.name}
          </Link>
        </span>
      ))}
    </span>
  );
}
