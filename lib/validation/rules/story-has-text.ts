import type { StoryRule } from './context';

// Refuses an article with nothing below its frontmatter: readers would open an empty page (a live blog's text is its posts).
export const storyHasText: StoryRule = (story) =>
  story.kind !== 'live' && story.problems.length === 0 && story.body.trim() === ''
    ? [
        {
          file: story.file,
          line: story.bodyLine,
          field: 'body',
          message: 'the story has no text',
          fix: 'write the story below the closing --- line',
        },
      ]
    : [];
