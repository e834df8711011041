import { lineOf, publicationDate, type StoryRule } from './context';

// Refuses a story whose date's year is not its year folder: the folder is where editors look for it by date.
export const dateMatchesFolder: StoryRule = (story) => {
  const isLive = story.kind === 'live';
  const field = isLive ? 'coverageStart' : 'date';
  const date = publicationDate(story);
  if (!date || !story.year || Number.isNaN(Date.parse(date)) || date.slice(0, 4) === story.year) return [];
  return [
    {
      file: story.file,
      line: lineOf(story, field),
      field,
      message: `the date is in ${date.slice(0, 4)} but the file is in the ${story.year} folder`,
      fix: isLive
        ? `move the live blog's folder to live/${date.slice(0, 4)}/ or correct the date`
        : `move the file to articles/${date.slice(0, 4)}/ or correct the date`,
    },
  ];
};
