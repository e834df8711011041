import { lineOf, publicationDate, type StoryRule, text } from './context';

// Refuses an `updated` time before the story was published: readers would be told it changed before it existed.
export const updatedAfterPublication: StoryRule = (story) => {
  const date = publicationDate(story);
  const updated = text(story.data.updated);
  if (!date || !updated || !(Date.parse(updated) < Date.parse(date))) return [];
  return [
    {
      file: story.file,
      line: lineOf(story, 'updated'),
      field: 'updated',
      message: 'is earlier than the publication date',
      fix: 'set it to the time of the update, after date',
    },
  ];
};
