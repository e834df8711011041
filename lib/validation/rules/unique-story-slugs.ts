import type { Problem } from '../../source/problem';
import type { RuleContext } from './context';

// Refuses two stories (articles or live blogs) with one slug: a story's address is /<section>/<slug>, and ALSO READ names it by slug.
export function duplicateStorySlugProblems(context: RuleContext): Problem[] {
  const problems: Problem[] = [];
  for (const [slug, same] of context.storiesBySlug) {
    if (same.length < 2) continue;
    for (const entry of same) {
      const others = same
        .filter((other) => other !== entry)
        .map((other) => other.file)
        .join(', ');
      problems.push({
        file: entry.file,
        field: 'file',
        message: `the slug "${slug}" is also used by ${others}`,
        fix: 'rename one of the files; every story needs its own slug',
      });
    }
  }
  return problems;
}
