import type { Problem } from '../../source/problem';
import type { Entry } from '../model';
import type { RuleContext } from './context';
import { imagePathProblem } from './image-paths';

// Refuses a <Figure> or <Photo> in a body whose picture is remote, relative or missing (the image-path rule, inside the text).
export const bodyPictureProblems = (entry: Entry, { publicDir }: RuleContext): Problem[] =>
  entry.uses.flatMap((use) =>
    use.name === 'Figure' || use.name === 'Photo'
      ? (imagePathProblem(entry, { field: 'body', line: use.line }, use.props.src, publicDir) ?? [])
      : [],
  );
