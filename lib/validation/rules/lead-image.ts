import { lineOf, type StoryRule, text } from './context';
import { imagePathProblem } from './image-paths';

// Refuses a lead image that is remote, relative or missing (the image-path rule, for the story's top picture and its cards).
export const leadImage: StoryRule = (story, { publicDir }) => {
  const image = story.data.image as Record<string, unknown> | undefined;
  if (!image || typeof image !== 'object') return [];
  const where = { field: 'image.src', line: lineOf(story, 'image') };
  const problem = imagePathProblem(story, where, text(image.src), publicDir);
  return problem ? [problem] : [];
};
