/**
 * The Keystatic editor's configuration (docs/decisions/031-keystatic-editor.md), generated from
 * lib/schema/fields.ts like the Contentlayer types and the validator: each collection's fields,
 * which are required, their choices and their help texts come from there. What a descriptor
 * cannot say (that `section` names a section file, that a picture may be uploaded) is a widget
 * chosen here by field name; keystatic-config.test.ts fails when the two disagree.
 *
 * Local mode reads and writes the files under content/ and public/images/ directly; what it
 * writes is put in the house format by lib/editor/house-style.ts (app/api/keystatic).
 */
import { collection, type ComponentSchema, config, fields } from '@keystatic/core';

import {
  articleFields,
  authorFields,
  type Field,
  type Fields,
  imageFields,
  liveBlogFields,
  pageFields,
  sectionFields,
} from '../schema/fields';
import { pictureField } from './picture-field';
import { type StoryChoice, storyComponents } from './story-components';

/** Labels for the names that do not say it plainly; the rest are the field name spelled out. */
const LABELS: Record<string, string> = {
  dek: 'Standfirst',
  src: 'Picture',
  alt: 'Alt text',
  pick: "Editors' pick",
  nav: 'In the navigation',
  href: 'Address',
};

/** Long texts get a text area. */
const MULTILINE = new Set(['dek', 'description', 'text', 'caption']);

export const labelOf = (name: string) =>
  LABELS[name] ?? `${name.charAt(0).toUpperCase()}${name.slice(1).replace(/[A-Z]/g, (c) => ` ${c.toLowerCase()}`)}`;

const help = (field: Field) => (field.example ? `${field.description} e.g. ${field.example}` : field.description);

/**
 * A widget for one descriptor; `special` replaces it for fields that name another file.
 * `optionalParent`: the field is inside an optional object (a story's picture). Keystatic has no
 * optional object: it always shows the object's fields, so a field required only once the object
 * is there (the picture's alt text) cannot be required in the form, or every story without a
 * picture could not be saved. The content check still requires it when a picture is given.
 */
function formField(
  name: string,
  field: Field,
  special: Record<string, ComponentSchema>,
  optionalParent = false,
): ComponentSchema {
  const chosen = special[name];
  if (chosen) return chosen;
  const label = labelOf(name);
  const description = help(field);
  const isRequired = (field.required ?? false) && !optionalParent;
  switch (field.kind) {
    case 'string':
      if (field.values)
        return fields.select({
          label,
          description,
          options: field.values.map((value) => ({ label: value, value })),
          defaultValue: field.values[0] as string,
        });
      return fields.text({ label, description, multiline: MULTILINE.has(name), validation: { isRequired } });
    case 'date':
      return fields.datetime({ label: `${label} (UTC)`, description, validation: { isRequired } });
    case 'boolean':
      return fields.checkbox({ label, description });
    case 'number':
      return fields.integer({ label, description, validation: { isRequired } });
    case 'stringList':
      return fields.array(fields.text({ label, validation: { isRequired: true } }), {
        label,
        description,
        itemLabel: (props) => props.value,
      });
    case 'object':
      return fields.object(formFields(field.fields, special, !field.required), { label, description });
    case 'objectList': {
      const [first] = Object.keys(field.fields);
      return fields.array(fields.object(formFields(field.fields, special)), {
        label,
        description,
        itemLabel: (props) => {
          const value: unknown = first ? (props.fields as Record<string, { value: unknown }>)[first]?.value : '';
          return typeof value === 'string' ? value : '';
        },
      });
    }
  }
}

export function formFields(descriptors: Fields, special: Record<string, ComponentSchema> = {}, optionalParent = false) {
  return Object.fromEntries(
    Object.entries(descriptors).map(([name, field]) => [name, formField(name, field, special, optionalParent)]),
  ) as Record<string, ComponentSchema>;
}

/** The slug field that also names the file: the headline, and the file's path from it. */
function titleAndPath(field: Field, pathHelp: string, generate?: (title: string) => string) {
  return fields.slug({
    name: { label: labelOf('title'), description: field.description, validation: { isRequired: true } },
    slug: { label: 'File name', description: pathHelp, ...(generate ? { generate } : {}) },
  });
}

const slugify = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

export interface EditorOptions {
  /** Stories an ALSO READ may point at. */
  stories: readonly StoryChoice[];
  /** The year new stories are filed under (their folder: content/articles/<year>/). */
  year: number;
}

export function editorConfig({ stories, year }: EditorOptions) {
  const articleSpecial: Record<string, ComponentSchema> = {
    section: fields.relationship({
      label: 'Section',
      description: articleFields.section.description,
      collection: 'sections',
      validation: { isRequired: true },
    }),
    authors: fields.multiRelationship({
      label: 'Authors',
      description: articleFields.authors.description,
      collection: 'authors',
    }),
    // The hero picture: an upload, or the path of a picture already under public/. Not required
    // in the form (the picture is optional; see formField), like its alt text.
    src: pictureField({
      label: labelOf('src'),
      description: `Upload it, or type the ${help(imageFields.src).replace(/^Path/, 'path')}`,
      required: false,
    }),
  };
  return config({
    storage: { kind: 'local' },
    ui: { brand: { name: 'Dateline newsroom' } },
    collections: {
      articles: collection({
        label: 'Stories',
        path: 'content/articles/**',
        slugField: 'title',
        entryLayout: 'content',
        format: { contentField: 'body' },
        schema: {
          ...formFields(articleFields, articleSpecial),
          title: titleAndPath(
            articleFields.title,
            "The story's folder and address: <year>/<words-of-the-headline>, e.g. 2026/harbour-crane-collapses. It cannot change once readers have the link.",
            (title) => `${year}/${slugify(title)}`,
          ),
          body: fields.mdx({
            label: 'Story',
            extension: 'mdx',
            options: { image: false, codeBlock: false, table: false },
            components: storyComponents(stories),
          }),
        },
      }),
      // A live blog's own fields (content/live/<year>/<slug>/index.mdx). Its posts, the other
      // files of the folder, are not a collection here: Keystatic names an entry by a slug field
      // and cannot set a post's time or a unique id when it is sent, and a collection of
      // content/live/** would list every blog's index.mdx as a post too. Posts are added on the
      // blog's desk page (/desk/live/<year>/<slug>) or by the desk API (docs/decisions/045-live-posts-from-the-desk.md).
      liveBlogs: collection({
        label: 'Live blogs',
        path: 'content/live/**/',
        slugField: 'title',
        entryLayout: 'content',
        format: { contentField: 'body' },
        schema: {
          ...formFields(liveBlogFields, articleSpecial),
          title: titleAndPath(
            liveBlogFields.title,
            "The live blog's folder and address: <year>/<words-of-the-headline>, e.g. 2026/storm-orla-live. It cannot change once readers have the link.",
            (title) => `${year}/${slugify(title)}`,
          ),
          body: fields.mdx({
            label: 'Summary',
            description: 'Optional: a short summary printed above the posts.',
            extension: 'mdx',
            options: { image: false, codeBlock: false, table: false },
            components: storyComponents(stories),
          }),
        },
      }),
      authors: collection({
        label: 'Authors',
        path: 'content/authors/*',
        slugField: 'name',
        format: { contentField: 'body' },
        schema: {
          ...formFields(authorFields),
          name: fields.slug({
            name: { label: 'Name', description: authorFields.name.description, validation: { isRequired: true } },
            slug: { label: 'File name', description: 'Used in the author page address, e.g. jane-doe.' },
          }),
          body: fields.mdx({ label: 'Biography', extension: 'mdx', options: { image: false, codeBlock: false } }),
        },
      }),
      sections: collection({
        label: 'Sections',
        path: 'content/sections/*',
        slugField: 'title',
        format: { data: 'yaml' },
        schema: {
          ...formFields(sectionFields),
          title: titleAndPath(sectionFields.title, 'The section address, e.g. top-news.'),
        },
      }),
      pages: collection({
        label: 'Pages',
        path: 'content/pages/*',
        slugField: 'title',
        format: { contentField: 'body' },
        schema: {
          ...formFields(pageFields),
          title: titleAndPath(pageFields.title, 'The page address, e.g. about.'),
          body: fields.mdx({ label: 'Page', extension: 'mdx', options: { image: false, codeBlock: false } }),
        },
      }),
    },
  });
}
