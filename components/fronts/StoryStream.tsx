import type { ArticleSummary } from '@/lib/content/types';

import { StoryCard } from './StoryCard';

interface Props {
  /** Accessible name of the list, e.g. "Stories in World, page 2". */
  label: string;
  stories: ArticleSummary[];
  showSection?: boolean;
  level?: 'h2' | 'h3';
}

/** The body of a section, tag or author front: stories newest first, one under another. */
export function StoryStream({ label, stories, showSection = false, level = 'h2' }: Props) {
  return (
    <ol aria-label={label} className="divide-y divide-rule">
      {stories.map((story, position) => (
        <li key={story.slug} className="py-5">
          <StoryCard story={story} showSection={showSection} level={level} priority={position === 0} />
        </li>
      ))}
    </ol>
  );
}
