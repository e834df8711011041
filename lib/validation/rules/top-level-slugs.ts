import { RESERVED_TOP_LEVEL_SLUGS } from '../../schema/reserved';
import type { Problem } from '../../source/problem';
import type { Entry } from '../model';
import { ofKind, type RuleContext } from './context';

// Refuses a section or page slug that a route of the site or another section or page already has: both would live at /<slug>.
export function topLevelSlugProblems(context: RuleContext): Problem[] {
  const problems: Problem[] = [];
  const topLevel = new Map<string, Entry>();
  for (const entry of [...ofKind(context.entries, 'section'), ...ofKind(context.entries, 'page')]) {
    if (RESERVED_TOP_LEVEL_SLUGS.includes(entry.slug)) {
      problems.push({
        file: entry.file,
        field: 'file',
        message: `the slug "${entry.slug}" is taken by a route of the site (/${entry.slug})`,
        fix: 'rename the file to another slug',
      });
    }
    const other = topLevel.get(entry.slug);
    if (other) {
      problems.push({
        file: entry.file,
        field: 'file',
        message: `the slug "${entry.slug}" is also used by ${other.file}; both would live at /${entry.slug}`,
        fix: 'rename one of the two files',
      });
    }
    topLevel.set(entry.slug, entry);
  }
  return problems;
}
