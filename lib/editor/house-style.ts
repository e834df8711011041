/**
 * Puts a file the editor wrote into the house format the sample files and `npm run new` use,
 * so a story opened and saved without changes keeps its bytes (keystatic-roundtrip.test.ts),
 * and so what Keystatic writes for a field left empty passes the content check.
 *
 * Keystatic writes frontmatter with js-yaml: dates in UTC with milliseconds, strings in
 * whatever quotes js-yaml picks, lists in block style, an empty `image: {}` for a story
 * without a picture, `featured: false` for every unticked box, the first choice of a select.
 * Here each field is written in the order and style of lib/schema/fields.ts: text in double
 * quotes, slugs and paths bare, dates as Europe/London wall time with their offset, and empty
 * optional values (no picture, no tags, an unticked box, a select left at its default) left
 * out, which is what their absence means. Keys the schema does not know are kept, unchanged in
 * value, for the content check to report.
 */
import { parse } from 'yaml';

import { zonedTimestamp } from '../newsroom/new-article';
import {
  articleFields,
  authorFields,
  type Field,
  type Fields,
  liveBlogFields,
  pageFields,
  sectionFields,
} from '../schema/fields';
import { site } from '../site';

/** The descriptors for a file, from its path in the project (content/<kind>/...). */
export function fieldsForPath(file: string): Fields | undefined {
  // A live blog's own file (its posts are written by the desk, not the editor).
  if (/(?:^|\/)content\/live\/\d{4}\/[^/]+\/index\.mdx$/.test(file)) return liveBlogFields;
  const folder = /(?:^|\/)content\/(articles|authors|sections|pages)\//.exec(file)?.[1];
  return folder
    ? { articles: articleFields, authors: authorFields, sections: sectionFields, pages: pageFields }[folder]
    : undefined;
}

/** Text written bare when it is a plain slug or path, as the sample files do. */
const BARE_TEXT = new Set(['section', 'src', 'avatar', 'authors', 'href', 'status']);
const isBare = (value: string) =>
  /^[A-Za-z0-9/._-]+$/.test(value) && !/^(true|false|null|yes|no|on|off|~)$/i.test(value);

const KEYSTATIC_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z$/;

function isEmpty(field: Field, value: unknown): boolean {
  if (value == null) return true;
  if (field.required) return false;
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object') return Object.values(value).every((inner) => inner == null);
  if (field.kind === 'boolean') return value === false;
  if (value === field.values?.[0]) return true;
  return typeof value === 'string' && value === '';
}

function scalar(name: string, field: Field | undefined, value: unknown): string {
  if (typeof value === 'string') {
    if (field?.kind === 'date')
      return KEYSTATIC_UTC.test(value) ? zonedTimestamp(new Date(value), site.timeZone) : value;
    return BARE_TEXT.has(name) && isBare(value) ? value : JSON.stringify(value);
  }
  return JSON.stringify(value);
}

function lines(descriptors: Fields, data: Record<string, unknown>, indent: string): string[] {
  const out: string[] = [];
  const known = Object.keys(descriptors);
  const names = [...known, ...Object.keys(data).filter((name) => !known.includes(name))];
  for (const name of names) {
    const field = descriptors[name];
    const value = data[name];
    if (field ? isEmpty(field, value) : value === undefined) continue;
    if (field?.kind === 'object' && typeof value === 'object' && value !== null && !Array.isArray(value)) {
      out.push(`${indent}${name}:`, ...lines(field.fields, value as Record<string, unknown>, `${indent}  `));
    } else if (field?.kind === 'objectList' && Array.isArray(value)) {
      out.push(`${indent}${name}:`);
      for (const item of value as Record<string, unknown>[]) {
        const [first = '', ...rest] = lines(field.fields, item, `${indent}    `);
        out.push(`${indent}  - ${first.trimStart()}`, ...rest);
      }
    } else if (Array.isArray(value)) {
      out.push(`${indent}${name}: [${value.map((item) => scalar(name, field, item)).join(', ')}]`);
    } else {
      out.push(`${indent}${name}: ${scalar(name, field, value)}`);
    }
  }
  return out;
}

/** The file in house format; a file outside the four content folders is returned as it is. */
export function houseStyle(file: string, text: string): string {
  const descriptors = fieldsForPath(file);
  if (!descriptors) return text;
  if (file.endsWith('.yaml')) {
    const data = (parse(text) ?? {}) as Record<string, unknown>;
    return `${lines(descriptors, data, '').join('\n')}\n`;
  }
  const match = /^---\r?\n([\s\S]*?)\r?\n?---\r?\n?/.exec(text);
  if (!match) return text;
  const data = (parse(match[1] ?? '') ?? {}) as Record<string, unknown>;
  return `---\n${lines(descriptors, data, '').join('\n')}\n---\n${text.slice(match[0].length)}`;
}
