/** The desk's addresses for live blogs (the site's come from lib/routes.ts), joined from checked parts. */
import type { StoryKey } from '../workspace/story-key';

const join = (...parts: string[]) => ['', ...parts].join('/');

export const liveDesk = {
  /** The blog's page in the desk: its posts and the "Add a post" form. */
  blog: (key: StoryKey) => join('desk', 'live', key.year, key.slug),
  /** Where the form sends a post. */
  posts: (key: StoryKey) => join('desk', 'live', key.year, key.slug, 'posts'),
  /** The API's address for a post. */
  api: (key: StoryKey) => join('api', 'desk', 'live', key.year, key.slug, 'posts'),
  /** The blog's own fields in the desk's Keystatic (the key is one path segment: its slash sent encoded). */
  keystaticEdit: (key: StoryKey) =>
    join('keystatic', 'collection', 'liveBlogs', 'item', encodeURIComponent(`${key.year}/${key.slug}`)),
};
