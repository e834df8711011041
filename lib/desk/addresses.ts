/**
 * The desk's own addresses (not the site's: those come from lib/routes.ts). Joined from parts
 * that have already been checked (lib/desk/workspace/story-key.ts, pictures.ts).
 */
import type { StoryKey } from './workspace/story-key';

const join = (...parts: (string | number)[]) => ['', ...parts].join('/');

export const desk = {
  stories: () => join('desk'),
  story: (key: StoryKey) => join('desk', 'stories', key.year, key.slug),
  storyAction: (key: StoryKey, action: 'publish' | 'unpublish' | 'submit' | 'send-back') =>
    join('desk', 'stories', key.year, key.slug, action),
  /** "Copy preview link" posts here; a link's Revoke to its own address below (lib/desk/pages/preview-links.ts). */
  previewLinks: (key: StoryKey) => join('desk', 'stories', key.year, key.slug, 'preview-links'),
  previewRevoke: (key: StoryKey, id: string) =>
    join('desk', 'stories', key.year, key.slug, 'preview-links', id, 'revoke'),
  schedule: () => join('desk', 'schedule'),
  revisions: (key: StoryKey) => join('desk', 'stories', key.year, key.slug, 'revisions'),
  restore: (key: StoryKey, commit: string) =>
    join('desk', 'stories', key.year, key.slug, 'revisions', commit, 'restore'),
  /** Each push of the followed branch and what became of it (lib/desk/follow/). */
  pushes: () => join('desk', 'pushes'),
  review: () => join('desk', 'review'),
  job: (id: number) => join('api', 'desk', 'jobs', id),
  /** Where an uploaded picture is served once published: /images/<path>. */
  picture: (segments: string[]) => join('images', ...segments),
  /**
   * The story in the desk's Keystatic. Articles are keyed "<year>/<slug>" there, and Keystatic
   * takes the key as ONE path segment: the slash must be sent encoded (…/item/2026%2Fslug), or
   * it answers "Not found".
   */
  keystaticEdit: (key: StoryKey) =>
    join('keystatic', 'collection', 'articles', 'item', encodeURIComponent(`${key.year}/${key.slug}`)),
};
