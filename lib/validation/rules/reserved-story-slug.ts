import { RESERVED_ARTICLE_SLUGS } from '../../schema/reserved';
import type { StoryRule } from './context';

// Refuses a story slug that a section's own routes take (/<section>/<slug> would answer with the route, not the story).
export const reservedStorySlug: StoryRule = (story) =>
  (RESERVED_ARTICLE_SLUGS as readonly string[]).includes(story.slug)
    ? [
        {
          file: story.file,
          field: 'file',
          message: `the slug "${story.slug}" is taken by a section route`,
          fix: 'rename the file to another slug',
        },
      ]
    : [];
