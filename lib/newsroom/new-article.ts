/**
 * `npm run new`: a new article file with every frontmatter field of the schema, so an editor
 * fills in blanks instead of remembering names. The frontmatter is generated from
 * lib/schema/fields.ts, so a field added there appears here without touching this file.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import slugify from '@sindresorhus/slugify';

import { articleFields, type Field } from '../schema/fields';
import { RESERVED_ARTICLE_SLUGS } from '../schema/reserved';
import { site } from '../site';

export interface NewArticle {
  title: string;
  section: string;
  dek?: string;
  authors?: string[];
  byline?: string;
  source?: string;
  tags?: string[];
  /** Start as a draft (the default): nothing half-written reaches readers by accident. */
  draft?: boolean;
  /** A slug to use instead of one made from the title. */
  slug?: string;
}

/** An instant as local wall-clock time in `timeZone` with its offset: 2026-07-01T13:00:00+01:00. */
export function zonedTimestamp(instant: Date, timeZone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
      timeZoneName: 'longOffset',
    })
      .formatToParts(instant)
      .map((part) => [part.type, part.value]),
  );
  // ICU writes "GMT" for a zero offset and "GMT+01:00" otherwise.
  const offset = (parts.timeZoneName as string).replace(/^GMT/, '') || '+00:00';
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}${offset}`;
}

/** Slugs of every article, in any year folder. */
export function existingSlugs(contentDir: string): Set<string> {
  const articles = path.join(contentDir, 'articles');
  if (!existsSync(articles)) return new Set();
  return new Set(
    readdirSync(articles, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.mdx'))
      .map((file) => path.basename(file, '.mdx')),
  );
}

const MAX_SLUG = 80;

/** A URL slug from the headline that no other article has: "-2", "-3"… are added on a clash. */
export function uniqueSlug(title: string, taken: ReadonlySet<string>): string {
  let base = slugify(title);
  if (base.length > MAX_SLUG) base = base.slice(0, MAX_SLUG).replace(/-[^-]*$/, '');
  if (!base)
    throw new Error(
      `the title "${title}" has no letters or digits to make a web address from — give one with --slug, e.g. --slug harbour-crane-collapses`,
    );
  const free = (slug: string) => !taken.has(slug) && !(RESERVED_ARTICLE_SLUGS as readonly string[]).includes(slug);
  if (free(base)) return base;
  for (let n = 2; ; n++) if (free(`${base}-${n}`)) return `${base}-${n}`;
}

const quote = (text: string) => JSON.stringify(text); // a JSON string is a valid YAML double-quoted string
const list = (items: string[]) => `[${items.map(quote).join(', ')}]`;

/** A commented-out line (or block) showing a field the editor may fill in, with what it means. */
function hint(name: string, field: Field): string {
  if (field.kind === 'object') {
    const inner = Object.entries(field.fields).map(
      ([key, sub]) => `#   ${key}: ${sub.example ? quote(sub.example) : '""'}`,
    );
    return [`# ${name}:  ${field.description}`, ...inner].join('\n');
  }
  if (field.kind === 'objectList') {
    const [first, ...rest] = Object.entries(field.fields).map(([key, sub]) => `${key}: ${sub.example ?? '""'}`);
    return [`# ${name}:  ${field.description}`, `#   - ${first}`, ...rest.map((line) => `#     ${line}`)].join('\n');
  }
  return `# ${name}: ${field.example ?? '""'}  # ${field.description}`;
}

/** The file's text: frontmatter with every field of the schema, then a short body to replace. */
export function articleTemplate(article: NewArticle, date: string): string {
  const values: Record<string, string | undefined> = {
    title: quote(article.title),
    dek: quote(article.dek ?? 'One sentence that tells the reader what happened.'),
    date,
    section: article.section,
    authors: article.authors?.length ? `[${article.authors.join(', ')}]` : undefined,
    byline: article.authors?.length ? undefined : quote(article.byline ?? `${site.name} staff`),
    source: article.source ? quote(article.source) : undefined,
    tags: list(article.tags ?? []),
    featured: 'false',
    pick: 'false',
    breaking: 'false',
    draft: String(article.draft ?? true),
  };
  const lines = Object.entries(articleFields).map(([name, field]) =>
    values[name] === undefined ? hint(name, field as Field) : `${name}: ${values[name]}`,
  );
  return `---\n${lines.join('\n')}\n---\n\nWrite the first paragraph of the story here.\n\n{/* Notes like this one are never printed. For ALSO READ callouts, pictures, pull quotes and fact boxes see docs/EDITING.md. */}\n`;
}

/** Writes content/articles/<yyyy>/<slug>.mdx; the year is the story's year in the site's zone. */
export function createArticle(
  contentDir: string,
  article: NewArticle,
  now: Date,
  timeZone: string,
): { file: string; slug: string } {
  const date = zonedTimestamp(now, timeZone);
  const slug = article.slug ?? uniqueSlug(article.title, existingSlugs(contentDir));
  if (article.slug && existingSlugs(contentDir).has(article.slug))
    throw new Error(`the slug "${article.slug}" is already used by another article — choose another`);
  const file = path.join(contentDir, 'articles', date.slice(0, 4), `${slug}.mdx`);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, articleTemplate(article, date), { flag: 'wx' }); // never overwrite a story
  return { file, slug };
}
