/**
 * Opening a file in the editor and saving it without a change must give back the same bytes,
 * or a form the content check accepts that then stays the same on every later save.
 *
 * Keystatic reads and writes in the browser; its Node build refuses to run the body editor's
 * parser ("unexpected call … in React server component environment"), so this test loads its
 * browser build, which needs no DOM to parse and serialise. Reading and writing a file uses
 * Keystatic's own pieces: its js-yaml for the frontmatter, each field's own parse and
 * serialize (the MDX body through its ProseMirror document), and the frontmatter layout of its
 * writer; then lib/editor/house-style.ts, as app/api/keystatic does on every save.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';

import type { ComponentSchema } from '@keystatic/core';
import { afterAll, describe, expect, it, vi } from 'vitest';

import { validateContent } from '../validation/validate-content';
import { houseStyle } from './house-style';
import { editorConfig } from './keystatic-config';

// The browser build (see above); the factories run when the modules are first imported.
vi.mock('@keystatic/core', () => import('../../node_modules/@keystatic/core/dist/keystatic-core.js'));
vi.mock(
  '@keystatic/core/content-components',
  () => import('../../node_modules/@keystatic/core/dist/keystatic-core-content-components.js'),
);
const keystaticDir = path.dirname(createRequire(import.meta.url).resolve('@keystatic/core/package.json'));
const yaml = createRequire(path.join(keystaticDir, 'package.json'))('js-yaml') as {
  load: (text: string) => unknown;
  dump: (value: unknown) => string;
};

const projectRoot = path.resolve(import.meta.dirname, '../..');
const contentDir = path.join(projectRoot, 'content');

interface AnyField {
  kind: string;
  formKind?: string;
  fields?: Record<string, AnyField>;
  element?: AnyField;
  parse: (value: unknown, args?: unknown) => unknown;
  serialize: (value: unknown, args?: unknown) => { value?: unknown; content?: Uint8Array };
  serializeWithSlug: (value: unknown) => { value: unknown };
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

// A picture (./picture-field.tsx) is an asset field: Keystatic passes it the story's slug and the
// file it found in the story's upload folder (none here: every sample's picture is a plain path).
function parseValue(field: AnyField, value: unknown, slug: string): unknown {
  if (field.kind === 'object')
    return Object.fromEntries(
      Object.entries(field.fields ?? {}).map(([key, inner]) => [
        key,
        parseValue(inner, (value as Record<string, unknown> | undefined)?.[key], slug),
      ]),
    );
  if (field.kind === 'array') return ((value ?? []) as unknown[]).map((item) => parseValue(field.element!, item, slug));
  return field.parse(value, field.formKind === 'asset' ? { asset: undefined, slug } : {});
}

function serializeValue(field: AnyField, value: unknown, slug: string): unknown {
  if (field.kind === 'object')
    return Object.fromEntries(
      Object.entries(field.fields ?? {})
        .map(([key, inner]) => [key, serializeValue(inner, (value as Record<string, unknown>)[key], slug)])
        .filter(([, inner]) => inner !== undefined),
    );
  if (field.kind === 'array')
    return (value as unknown[]).map((item) => serializeValue(field.element!, item, slug) ?? null);
  return field.serialize(value, field.formKind === 'asset' ? { slug, suggestedFilenamePrefix: undefined } : undefined)
    .value;
}

/** Keystatic's read, then its write of the same state, then the house format. */
function saveUnchanged(
  file: string,
  text: string,
  collection: { schema: Record<string, ComponentSchema>; slugField: string; contentField?: string },
): string {
  const slug = path.basename(file, path.extname(file));
  const match = collection.contentField ? /^---(?:\r?\n([^]*?))?\r?\n---\r?\n?/.exec(text) : null;
  const data = (yaml.load(collection.contentField ? (match?.[1] ?? '') : text) ?? {}) as Record<string, unknown>;
  const body = match ? text.slice(match[0].length) : '';
  const out: Record<string, unknown> = {};
  let content: Uint8Array | undefined;
  for (const [key, schema] of Object.entries(collection.schema)) {
    const field = schema as unknown as AnyField;
    if (key === collection.contentField) {
      const state = field.parse(undefined, {
        content: encoder.encode(body),
        other: new Map(),
        external: new Map(),
        slug,
      });
      content = field.serialize(state, { slug }).content;
    } else if (key === collection.slugField) {
      out[key] = field.serializeWithSlug(field.parse(data[key], { slug })).value;
    } else {
      const value = serializeValue(field, parseValue(field, data[key], slug), slug);
      if (value !== undefined) out[key] = value;
    }
  }
  const frontmatter = yaml.dump(out);
  const written = collection.contentField ? `---\n${frontmatter}---\n${decoder.decode(content)}` : frontmatter;
  return houseStyle(`content/${file}`, written);
}

function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(path.join(dir, prefix), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listFiles(dir, `${prefix}${entry.name}/`) : [`${prefix}${entry.name}`],
  );
}

// Every file of the collections the editor opens. Of a live blog (content/live/, docs/decisions/029)
// that is its index.mdx: its posts are written by the desk's live-post form and API.
const EDITOR_FOLDERS = ['articles/', 'authors/', 'sections/', 'pages/'];
const files = listFiles(contentDir).filter(
  (file) => EDITOR_FOLDERS.some((folder) => file.startsWith(folder)) || /^live\/\d{4}\/[^/]+\/index\.mdx$/.test(file),
);
const config = editorConfig({
  stories: files
    .filter((file) => file.startsWith('articles/'))
    .map((file) => ({ slug: path.basename(file, '.mdx'), title: file })),
  year: 2026,
});
const collectionOf = (file: string) => {
  const folder = file.split('/')[0];
  const name = (folder === 'live' ? 'liveBlogs' : folder) as
    'articles' | 'liveBlogs' | 'authors' | 'sections' | 'pages';
  const collection = config.collections[name];
  const format = collection.format as { contentField?: string } | undefined;
  return {
    schema: collection.schema as Record<string, ComponentSchema>,
    slugField: collection.slugField,
    contentField: format?.contentField,
  };
};

const saved = new Map<string, string>();
let scratch: string | undefined;
afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

describe('a file saved from the editor without changes', () => {
  it.each(files)('%s: stays the same, or is normalised once and then stable', (file) => {
    const original = readFileSync(path.join(contentDir, file), 'utf8');
    const once = saveUnchanged(file, original, collectionOf(file));
    saved.set(file, once);
    expect(saveUnchanged(file, once, collectionOf(file))).toBe(once);
  });

  it('passes the content check after the save', async () => {
    scratch = mkdtempSync(path.join(tmpdir(), 'dateline-roundtrip-'));
    cpSync(contentDir, path.join(scratch, 'content'), { recursive: true });
    for (const [file, text] of saved) writeFileSync(path.join(scratch, 'content', file), text);
    const { problems } = await validateContent({
      contentDir: path.join(scratch, 'content'),
      publicDir: path.join(projectRoot, 'public'),
      rootDir: scratch,
    });
    expect(problems).toEqual([]);
    // What the first save changes (field order, a blank line after the frontmatter, list markers,
    // e-mail addresses as links, dates in Europe/London time): printed, for the record.
    const changed = files.filter((file) => saved.get(file) !== readFileSync(path.join(contentDir, file), 'utf8'));
    console.log(
      `editor round trip: ${files.length - changed.length} of ${files.length} files byte for byte, ${changed.length} normalised once`,
    );
  }, 60_000);
});
