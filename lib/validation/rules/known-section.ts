import { lineOf, type StoryRule, text } from './context';

// Refuses a story filed under a section with no content/sections/<slug>.yaml: it would have no front and no address.
export const knownSection: StoryRule = (story, { sections }) => {
  const section = text(story.data.section);
  if (!section || sections.has(section)) return [];
  return [
    {
      file: story.file,
      line: lineOf(story, 'section'),
      field: 'section',
      message: `"${section}" is not a section`,
      fix: `use one of: ${[...sections].sort().join(', ')} — or add content/sections/${section}.yaml`,
    },
  ];
};
