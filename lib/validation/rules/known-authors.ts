import { lineOf, type StoryRule } from './context';

/** The author slugs a story names, ignoring what is not a string (the field check reports those). */
export const authorSlugsOf = (data: Record<string, unknown>) =>
  Array.isArray(data.authors) ? data.authors.filter((slug): slug is string => typeof slug === 'string') : [];

// Refuses an author slug with no content/authors/<slug>.mdx: the byline would link to a page that does not exist.
export const knownAuthors: StoryRule = (story, { authors }) =>
  authorSlugsOf(story.data).flatMap((slug, index) =>
    authors.has(slug)
      ? []
      : [
          {
            file: story.file,
            line: lineOf(story, 'authors'),
            field: `authors[${index + 1}]`,
            message: `"${slug}" is not an author`,
            fix: `use one of: ${[...authors].sort().join(', ')} — or add content/authors/${slug}.mdx`,
          },
        ],
  );
