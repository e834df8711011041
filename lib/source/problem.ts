/** One thing wrong in one content file, said so that an editor can fix it without help. */
export interface Problem {
  /** Path relative to the project, e.g. content/articles/2026/foo.mdx */
  file: string;
  /** 1-based line in the file, when the problem has one. */
  line?: number;
  /** The frontmatter field (dotted for nested: image.alt, corrections[2].date) or "body", "file". */
  field: string;
  /** What is wrong. */
  message: string;
  /** How to fix it. */
  fix: string;
}

/** `path[:line]: field: what is wrong — how to fix` */
export function formatProblem(problem: Problem): string {
  const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
  return `${where}: ${problem.field}: ${problem.message} — ${problem.fix}`;
}

export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || a.field.localeCompare(b.field),
  );
}
