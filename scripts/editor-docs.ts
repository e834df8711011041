/**
 * Generated parts of the editors' documentation, so they cannot drift from the code:
 *   - docs/EDITING.md: the frontmatter reference (lib/schema/fields.ts) and the MDX components
 *     (lib/validation/check-body.ts), between <!-- generated:… --> markers; the prose around
 *     them is written by hand;
 *   - docs/mistakes.md: the mistake catalogue (lib/validation/mistakes.ts) with the message the
 *     check really prints for each, found by running it.
 * `npm run docs` rewrites both; scripts/editor-docs.test.ts fails when either is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import {
  articleFields,
  authorFields,
  type Field,
  type Fields,
  liveBlogFields,
  livePostFields,
  pageFields,
  sectionFields,
} from '../lib/schema/fields';
import { BODY_COMPONENTS } from '../lib/validation/check-body';
import { MISTAKES, validate } from '../lib/validation/mistakes';

const root = path.resolve(import.meta.dirname, '..');
export const EDITING = path.join(root, 'docs/EDITING.md');
export const MISTAKES_DOC = path.join(root, 'docs/mistakes.md');

const KIND: Record<Field['kind'], string> = {
  string: 'text',
  date: 'date and time with offset',
  boolean: 'true or false',
  number: 'number',
  stringList: 'list of text',
  object: 'group of fields',
  objectList: 'list of groups',
};

/** A table cell: no line breaks, no unescaped pipes. */
const cell = (text: string) => text.replace(/\n/g, ' ').replace(/\|/g, '\\|');

function rows(fields: Fields, prefix = ''): string[] {
  return Object.entries(fields).flatMap(([name, field]) => {
    const type = field.values ? `one of: ${field.values.map((value) => `\`${value}\``).join(', ')}` : KIND[field.kind];
    const example = field.example ? `\`${cell(field.example)}\`` : '';
    const row = `| \`${prefix}${name}\` | ${type} | ${field.required ? 'yes' : ''} | ${cell(field.description)} | ${example} |`;
    if (field.kind === 'object') return [row, ...rows(field.fields, `${prefix}${name}.`)];
    if (field.kind === 'objectList') return [row, ...rows(field.fields, `${prefix}${name}[].`)];
    return [row];
  });
}

function table(title: string, where: string, fields: Fields): string {
  return [
    `### ${title}`,
    '',
    where,
    '',
    '| Field | Type | Required | What it is | Example |',
    '| --- | --- | --- | --- | --- |',
    ...rows(fields),
    '',
  ].join('\n');
}

export function fieldReference(): string {
  return [
    table('Articles', '`content/articles/<yyyy>/<slug>.mdx` — frontmatter, then the story.', articleFields),
    table(
      'Live blogs',
      '`content/live/<yyyy>/<slug>/index.mdx` — frontmatter, then an optional summary printed above the posts. Published at `/<section>/<slug>` like a story.',
      liveBlogFields,
    ),
    table(
      'Live blog posts',
      "`content/live/<yyyy>/<slug>/<post-id>.mdx`, one file per post beside the live blog's index.mdx — frontmatter, then the post (every component below may be used). The file name is the post's id and its anchor (`#post-<post-id>`): name it by its time, e.g. `1142-bridge-reopens.mdx`.",
      livePostFields,
    ),
    table('Authors', '`content/authors/<slug>.mdx` — frontmatter, then the biography.', authorFields),
    table('Sections', '`content/sections/<slug>.yaml` — the whole file is these fields.', sectionFields),
    table('Pages', '`content/pages/<slug>.mdx` — frontmatter, then the page text.', pageFields),
  ].join('\n');
}

/** What each component is for; a component without an entry stops the docs from generating. */
const COMPONENT_USES: Record<string, string> = {
  AlsoRead:
    'An "ALSO READ: <headline>" callout linking to another published story, named by its slug (its file name without .mdx).',
  Figure:
    'A picture inside the story, with alt text, and optionally a caption and a credit. The file lives under public/.',
  PullQuote: 'A quotation set large, with who said it in `cite`.',
  FactBox: 'A boxed list of key facts with a title; leave blank lines around the list inside it.',
  Gallery:
    'A set of pictures shown as a grid; each opens large in a viewer readers can page through (arrows, swipe). Holds only `<Photo>` lines, at least two.',
  Photo:
    'One picture of a `<Gallery>`, with alt text, and optionally a caption and a credit. The file lives under public/.',
  YouTube:
    'A YouTube video, named by its id (the 11 characters after `v=`). Readers see a placeholder and a link; the video loads from youtube-nocookie.com only when they click.',
  Vimeo: 'A Vimeo video, named by its id (the digits in its address); loads only when the reader clicks.',
  XPost: 'A post on X (Twitter), by its address; loads only when the reader clicks.',
  BlueskyPost: 'A Bluesky post, by its address on bsky.app; loads only when the reader clicks.',
  MastodonPost: 'A Mastodon post, by its address on its server; loads only when the reader clicks.',
  InstagramPost: 'An Instagram post or reel, by its address; loads only when the reader clicks.',
};

export function componentReference(): string {
  return Object.entries(BODY_COMPONENTS)
    .map(([name, spec]) => {
      const use = COMPONENT_USES[name];
      if (!use) throw new Error(`scripts/editor-docs.ts: describe <${name}> in COMPONENT_USES`);
      const needs = spec.required.length
        ? `Needs ${spec.required.map((prop) => `\`${prop}\``).join(' and ')}.`
        : 'Needs nothing else.';
      return [`### \`<${name}>\``, '', `${use} ${needs}`, '', '```mdx', spec.example, '```', ''].join('\n');
    })
    .join('\n');
}

export async function mistakesDocument(): Promise<string> {
  const lines = [
    '# Editor mistakes and what the check says',
    '',
    '<!-- Generated by `npm run docs` from lib/validation/mistakes.ts; do not edit by hand. -->',
    '',
    'Every mistake below is tested (lib/validation/validate-content.test.ts): the check prints',
    'exactly this line, naming the file, the line, the field, what is wrong and how to fix it.',
    '`npm run check:content` and `npm run build` print every problem at once; `npm run dev`',
    'prints them in the terminal and shows them at the top of the page. The examples come from a',
    'small test publication, so file names and line numbers are those of the example.',
    '',
    '| # | Mistake | What the check prints |',
    '| --- | --- | --- |',
  ];
  for (const [index, entry] of MISTAKES.entries()) {
    const printed = (await validate(entry.changes)).find((line) => line.startsWith(entry.expected));
    if (!printed)
      throw new Error(`mistake "${entry.mistake}": the check no longer prints a line starting with ${entry.expected}`);
    lines.push(`| ${index + 1} | ${cell(entry.mistake)} | \`${cell(printed).replace(/`/g, "'")}\` |`);
  }
  return `${lines.join('\n')}\n`;
}

/** Replaces the text between <!-- generated:name --> and <!-- /generated:name -->. */
export function fillBlock(document: string, name: string, content: string): string {
  const start = `<!-- generated:${name} (npm run docs) -->`;
  const end = `<!-- /generated:${name} -->`;
  const from = document.indexOf(start);
  const to = document.indexOf(end);
  if (from === -1 || to === -1) throw new Error(`docs/EDITING.md lacks the markers ${start} … ${end}`);
  return `${document.slice(0, from + start.length)}\n\n${content.trim()}\n\n${document.slice(to)}`;
}

export async function generatedDocs(): Promise<{ file: string; text: string }[]> {
  let editing = readFileSync(EDITING, 'utf8');
  editing = fillBlock(editing, 'fields', fieldReference());
  editing = fillBlock(editing, 'components', componentReference());
  return [
    { file: EDITING, text: editing },
    { file: MISTAKES_DOC, text: await mistakesDocument() },
  ];
}

if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) {
  for (const { file, text } of await generatedDocs()) {
    writeFileSync(file, text);
    console.log(`Wrote ${path.relative(root, file)}`);
  }
}
