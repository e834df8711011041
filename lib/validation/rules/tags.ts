import { tagSlug } from '../../routes';
import type { Problem } from '../../source/problem';
import { lineOf, type StoryRule } from './context';

// Refuses a tag listed twice (case aside) and a tag with no Latin letters or digits: its page lives at /tag/<slug>, which needs both one name and an address.
export const distinctAddressableTags: StoryRule = (story) => {
  const tags: unknown = story.data.tags;
  if (!Array.isArray(tags)) return [];
  const problems: Problem[] = [];
  const line = lineOf(story, 'tags');
  const seen = new Set<string>();
  for (const tag of tags) {
    if (typeof tag !== 'string') continue;
    const key = tag.trim().toLocaleLowerCase('en');
    if (seen.has(key))
      problems.push({
        file: story.file,
        line,
        field: 'tags',
        message: `"${tag}" is listed twice`,
        fix: 'remove the repeat',
      });
    seen.add(key);
    if (tag.trim() !== '' && tagSlug(tag) === '') {
      problems.push({
        file: story.file,
        line,
        field: 'tags',
        message: `"${tag}" has no letters or digits that can form its web address (/tag/…)`,
        fix: 'add a Latin-script form of the tag, e.g. "Tokyo" or "Tokyo 東京"',
      });
    }
  }
  return problems;
};
