/**
 * A readable difference between two versions of a story file, for the revisions page: the
 * frontmatter as fields (field, before, after) and the body as lines added and removed, with a
 * little unchanged text around each change and the rest folded away.
 */
import { diffLines } from 'diff';

import { parseSourceFile } from '../../source/frontmatter';

export interface FieldChange {
  field: string;
  /** The value before, as text; undefined when the field was not there. */
  before: string | undefined;
  after: string | undefined;
}

export type BodyLine =
  | { kind: 'added' | 'removed' | 'same'; text: string }
  /** Unchanged lines left out between two changes. */
  | { kind: 'folded'; count: number };

export interface TextDiff {
  fields: FieldChange[];
  body: BodyLine[];
}

/** Unchanged lines shown before and after each change. */
const CONTEXT = 2;

const show = (value: unknown): string | undefined =>
  value === undefined ? undefined : typeof value === 'string' ? value : JSON.stringify(value);

function split(text: string | undefined): { data: Record<string, unknown>; body: string } {
  if (text === undefined) return { data: {}, body: '' };
  const parsed = parseSourceFile('story.mdx', text, 'mdx');
  // A file whose frontmatter cannot be read is compared as text, all of it.
  return parsed.data ? { data: parsed.data, body: parsed.body } : { data: {}, body: text };
}

export function fieldChanges(before: Record<string, unknown>, after: Record<string, unknown>): FieldChange[] {
  const names = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return names
    .map((field) => ({ field, before: show(before[field]), after: show(after[field]) }))
    .filter((change) => change.before !== change.after);
}

export function bodyChanges(before: string, after: string): BodyLine[] {
  const lines: { kind: 'added' | 'removed' | 'same'; text: string }[] = [];
  for (const part of diffLines(before, after)) {
    const kind = part.added ? 'added' : part.removed ? 'removed' : 'same';
    const texts = part.value.replace(/\n$/, '').split('\n');
    for (const text of texts) lines.push({ kind, text });
  }
  if (lines.every((line) => line.kind === 'same')) return [];
  // Keep changed lines and CONTEXT lines either side; fold the rest.
  const keep = lines.map((_, index) =>
    lines.slice(Math.max(0, index - CONTEXT), index + CONTEXT + 1).some((line) => line.kind !== 'same'),
  );
  const out: BodyLine[] = [];
  let folded = 0;
  lines.forEach((line, index) => {
    if (keep[index]) {
      if (folded > 0) out.push({ kind: 'folded', count: folded });
      folded = 0;
      out.push(line);
    } else folded++;
  });
  if (folded > 0) out.push({ kind: 'folded', count: folded });
  return out;
}

/** What changed from one version of a story file to the next (undefined = the file was not there). */
export function textDiff(before: string | undefined, after: string | undefined): TextDiff {
  const a = split(before);
  const b = split(after);
  return { fields: fieldChanges(a.data, b.data), body: bodyChanges(a.body, b.body) };
}
