/**
 * How the desk names a story: `<year>/<slug>`, as in its address and in Keystatic's entry key.
 * Every part of a request path that becomes a file name passes through here first, so nothing a
 * caller sends can name a file outside the story's own (no `..`, no slash, no odd characters).
 */
export interface StoryKey {
  year: string;
  slug: string;
}

export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const YEAR = /^\d{4}$/;
const MAX_SLUG = 120;

/** Why a year or slug is refused, in words for the caller; undefined when both are fine. */
export function storyKeyProblem(year: string, slug: string): string | undefined {
  if (!YEAR.test(year)) return `year "${clip(year)}" must be four digits, e.g. 2026`;
  if (slug.length > MAX_SLUG) return `slug is ${slug.length} characters long; the most is ${MAX_SLUG}`;
  if (!SLUG.test(slug)) {
    return `slug "${clip(slug)}" may hold only lower-case letters a-z, digits and single hyphens between words, e.g. harbour-crane-collapses`;
  }
  return undefined;
}

export const keyText = (key: StoryKey) => `${key.year}/${key.slug}`;

export function parseKeyText(text: string): StoryKey | undefined {
  const [year = '', slug = '', ...rest] = text.split('/');
  return rest.length === 0 && !storyKeyProblem(year, slug) ? { year, slug } : undefined;
}

/** An article's file inside the content folder. */
export const articleFile = (key: StoryKey) => `articles/${key.year}/${key.slug}.mdx`;

/** A live blog's folder inside the content folder (docs/decisions/029). */
export const liveFolder = (key: StoryKey) => `live/${key.year}/${key.slug}`;

/** The key of the story a content file belongs to, if it is a story's file. */
export function storyOfFile(file: string): StoryKey | undefined {
  const match = /^articles\/(\d{4})\/([^/]+)\.mdx$/.exec(file) ?? /^live\/(\d{4})\/([^/]+)\/[^/]+\.mdx$/.exec(file);
  if (!match) return undefined;
  const [, year = '', slug = ''] = match;
  return storyKeyProblem(year, slug) ? undefined : { year, slug };
}

const clip = (text: string) => (text.length > 40 ? `${text.slice(0, 40)}…` : text);
