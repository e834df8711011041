import type { Problem } from '../../source/problem';
import type { Entry } from '../model';
import { type RuleContext, text } from './context';

/** When the story that holds the callout is published, and whether it is still a draft. */
export interface Publication {
  date?: string;
  draft: boolean;
}

// Refuses an <AlsoRead> whose target readers cannot open when they see the link: missing, this story itself, a draft, or embargoed past this story.
export function alsoReadProblems(entry: Entry, source: Publication, context: RuleContext): Problem[] {
  const problems: Problem[] = [];
  for (const use of entry.uses) {
    if (use.name !== 'AlsoRead' || !use.props.slug) continue;
    const where = { file: entry.file, line: use.line, field: 'body' };
    const target = context.storiesBySlug.get(use.props.slug)?.[0];
    if (!target) {
      problems.push({
        ...where,
        message: `<AlsoRead slug="${use.props.slug}" /> points to a story that does not exist`,
        fix: 'use the file name (without .mdx) of an existing article',
      });
    } else if (target === entry || (entry.kind === 'post' && target.blog === entry.blog)) {
      problems.push({ ...where, message: '<AlsoRead> points to this story itself', fix: 'point it to another story' });
    } else if (target.data?.draft === true && !source.draft) {
      problems.push({
        ...where,
        message: `<AlsoRead slug="${use.props.slug}" /> points to a draft, which readers cannot open`,
        fix: 'publish that story first or remove the callout',
      });
    } else if (!source.draft && opensLater(storyDate(target), source, context.now)) {
      problems.push({
        ...where,
        message: `<AlsoRead slug="${use.props.slug}" /> points to a story embargoed until ${text(storyDate(target)?.date)}, after this story is published`,
        fix: 'schedule this story for the same time or later, or remove the callout until that story is out',
      });
    }
  }
  return problems;
}

/**
 * Whether an ALSO READ target becomes readable after the story that links to it: it is
 * embargoed (dated after the build) and dated after the linking story, so for a while readers
 * would follow a link to a page that does not exist yet. (Drafts are reported separately.)
 */
function opensLater(target: Record<string, unknown> | undefined, source: Publication, now: Date): boolean {
  const targetTime = Date.parse(text(target?.date) ?? '');
  const sourceTime = Date.parse(source.date ?? '');
  if (target?.draft === true || Number.isNaN(targetTime) || Number.isNaN(sourceTime)) return false;
  return targetTime > now.getTime() && targetTime > sourceTime;
}

/** A story's publication date and draft flag: an article's date, a live blog's coverage start. */
function storyDate(entry: Entry): Record<string, unknown> | undefined {
  if (!entry.data) return undefined;
  return entry.kind === 'live' ? { date: entry.data.coverageStart, draft: entry.data.draft } : entry.data;
}
