import type { Problem } from '../../source/problem';
import { lineOf, ofKind, type RuleContext, text } from './context';
import { imagePathProblem } from './image-paths';

// Refuses an author's avatar that is remote, relative or missing (the image-path rule, for author pages and bylines).
export function authorAvatarProblems(context: RuleContext): Problem[] {
  return ofKind(context.entries, 'author').flatMap((author) => {
    if (!author.data) return [];
    const where = { field: 'avatar', line: lineOf(author, 'avatar') };
    return imagePathProblem(author, where, text(author.data.avatar), context.publicDir) ?? [];
  });
}
