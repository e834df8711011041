import { lineOf, type StoryRule } from './context';
import { authorSlugsOf } from './known-authors';

// Refuses an article with neither authors nor a byline, or with both: readers see exactly one printed byline.
// (Live blogs name staff authors in a required field; nothing more to say about them.)
export const oneByline: StoryRule = (story) => {
  if (story.kind === 'live') return [];
  const authors = authorSlugsOf(story.data);
  const hasByline = typeof story.data.byline === 'string' && story.data.byline.trim() !== '';
  if (authors.length === 0 && !hasByline) {
    return [
      {
        file: story.file,
        line: 1,
        field: 'authors',
        message: 'the story has no byline',
        fix: 'add authors: [author-slug] for staff, or byline: "Agency staff" for agency copy',
      },
    ];
  }
  if (authors.length > 0 && hasByline) {
    return [
      {
        file: story.file,
        line: lineOf(story, 'byline'),
        field: 'byline',
        message: 'both authors and byline are set, so the printed byline would be ambiguous',
        fix: 'keep authors for staff stories or byline for agency copy, not both',
      },
    ];
  }
  return [];
};
