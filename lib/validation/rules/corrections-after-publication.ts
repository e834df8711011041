import { lineOf, publicationDate, type StoryRule, text } from './context';

// Refuses a correction dated before the story was published: a correction can only follow what it corrects.
export const correctionsAfterPublication: StoryRule = (story) => {
  const date = publicationDate(story);
  const corrections: unknown = story.data.corrections;
  if (!Array.isArray(corrections) || !date) return [];
  return corrections.flatMap((correction: unknown, index) => {
    const when = text((correction as Record<string, unknown> | null)?.date);
    if (!when || !(Date.parse(when) < Date.parse(date))) return [];
    return [
      {
        file: story.file,
        line: lineOf(story, 'corrections'),
        field: `corrections[${index + 1}].date`,
        message: 'is earlier than the publication date',
        fix: 'set it to when the correction was made',
      },
    ];
  });
};
