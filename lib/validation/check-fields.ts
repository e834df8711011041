/**
 * Checks frontmatter data against the field descriptors of lib/schema/fields.ts: required
 * fields, types, unknown fields (with a "did you mean" for near-misses) and dates with offsets.
 */
import type { Field, Fields } from '../schema/fields';
import type { Problem } from '../source/problem';

/** ISO 8601 date and time with an explicit offset (Z or ±hh:mm). */
export const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;
const ISO_WITHOUT_OFFSET = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$/;

interface Where {
  file: string;
  line?: number;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Levenshtein distance, for suggesting the field an editor probably meant. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0] as number;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j] as number;
      row[j] = Math.min(current + 1, (row[j - 1] as number) + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length] as number;
}

function closest(name: string, candidates: string[]): string | undefined {
  const ranked = candidates
    .map((candidate) => ({ candidate, d: distance(name.toLowerCase(), candidate.toLowerCase()) }))
    .sort((a, b) => a.d - b.d)[0];
  return ranked && ranked.d <= Math.max(2, Math.floor(name.length / 3)) ? ranked.candidate : undefined;
}

const example = (field: Field) => (field.example ? ` (e.g. ${field.example})` : '');

function checkValue(path: string, field: Field, value: unknown, where: Where, problems: Problem[]): void {
  const problem = (message: string, fix: string) => problems.push({ ...where, field: path, message, fix });
  switch (field.kind) {
    case 'string':
      if (typeof value !== 'string') {
        problem(`must be text, not ${describe(value)}`, `write it in double quotes${example(field)}`);
      } else if (field.required && value.trim() === '') {
        problem('is empty', `write ${field.description.charAt(0).toLowerCase()}${field.description.slice(1)}`);
      } else if (field.values && !field.values.includes(value)) {
        problem(`"${value}" is not one of the choices`, `write one of: ${field.values.join(', ')}`);
      }
      return;
    case 'date':
      if (typeof value !== 'string') {
        problem(
          `must be a date and time, not ${describe(value)}`,
          `write it as ISO 8601 with an offset${example(field)}`,
        );
      } else if (ISO_WITHOUT_OFFSET.test(value.trim())) {
        problem(
          `"${value}" has no UTC offset, so its moment is ambiguous`,
          `add the offset, e.g. ${withOffsetExample(value)}`,
        );
      } else if (!ISO_WITH_OFFSET.test(value.trim()) || Number.isNaN(Date.parse(value))) {
        problem(`"${value}" is not a date`, `write it as ISO 8601 with an offset${example(field)}`);
      }
      return;
    case 'boolean':
      if (typeof value !== 'boolean') {
        problem(`must be true or false, not ${describe(value)}`, 'write true or false without quotes');
      }
      return;
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) {
        problem(`must be a number, not ${describe(value)}`, `write a number without quotes${example(field)}`);
      }
      return;
    case 'stringList':
      if (!Array.isArray(value)) {
        problem(`must be a list, not ${describe(value)}`, `write a list in square brackets${example(field)}`);
      } else {
        value.forEach((item, index) => {
          if (typeof item !== 'string' || item.trim() === '') {
            problems.push({
              ...where,
              field: `${path}[${index + 1}]`,
              message: `must be non-empty text, not ${describe(item)}`,
              fix: 'write each entry as quoted text',
            });
          }
        });
      }
      return;
    case 'object':
      if (!isPlainObject(value)) {
        problem(
          `must be a group of fields, not ${describe(value)}`,
          `indent its fields (${Object.keys(field.fields).join(', ')}) under it`,
        );
      } else {
        checkFields(value, field.fields, where, problems, `${path}.`);
      }
      return;
    case 'objectList':
      if (!Array.isArray(value)) {
        problem(
          `must be a list, not ${describe(value)}`,
          `write each entry as "- ${Object.keys(field.fields)[0]}: …" on its own line`,
        );
      } else {
        value.forEach((item, index) => {
          const itemPath = `${path}[${index + 1}]`;
          if (!isPlainObject(item)) {
            problems.push({
              ...where,
              field: itemPath,
              message: `must be a group of fields, not ${describe(item)}`,
              fix: `give it ${Object.keys(field.fields).join(' and ')}`,
            });
          } else {
            checkFields(item, field.fields, where, problems, `${itemPath}.`);
          }
        });
      }
      return;
  }
}

function describe(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a group of fields';
  if (typeof value === 'string') return `the text "${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  if (typeof value === 'number' || typeof value === 'boolean') return `${typeof value} ${String(value)}`;
  return typeof value;
}

function withOffsetExample(value: string): string {
  const [day, time = '09:00:00'] = value.trim().split(/[T ]/);
  const full = time.length === 5 ? `${time}:00` : time;
  return `${day}T${full}+00:00 (UK winter time) or ${day}T${full}+01:00 (UK summer time)`;
}

/**
 * Checks `data` against `fields`. `keyLines` maps top-level keys to their line, so nested
 * problems point at the line of their top-level field.
 */
export function checkFields(
  data: Record<string, unknown>,
  fields: Fields,
  where: Where & { keyLines?: Map<string, number> },
  problems: Problem[],
  prefix = '',
): void {
  const known = Object.keys(fields);
  const lineOf = (key: string) => (prefix === '' ? where.keyLines?.get(key) : undefined) ?? where.line;
  for (const [key, value] of Object.entries(data)) {
    const field = fields[key];
    const at = { file: where.file, line: lineOf(key) };
    if (!field) {
      const guess = closest(key, known);
      problems.push({
        ...at,
        field: `${prefix}${key}`,
        message: 'is not a known field',
        fix: guess
          ? `did you mean "${guess}"? Known fields: ${known.join(', ')}`
          : `remove it, or use one of: ${known.join(', ')}`,
      });
      continue;
    }
    if (value === null || value === undefined) {
      problems.push({
        ...at,
        field: `${prefix}${key}`,
        message: 'has no value',
        fix: field.required
          ? `give it a value${example(field)}`
          : `give it a value${example(field)} or delete the line`,
      });
      continue;
    }
    checkValue(`${prefix}${key}`, field, value, at, problems);
  }
  for (const [key, field] of Object.entries(fields)) {
    if (field.required && !(key in data)) {
      problems.push({
        file: where.file,
        line: where.line,
        field: `${prefix}${key}`,
        message: 'is required but missing',
        fix: `add "${key}:" — ${field.description}${example(field)}`,
      });
    }
  }
}
