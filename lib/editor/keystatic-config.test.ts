/**
 * The editor and the content check describe the same contract (lib/schema/fields.ts): every
 * field the check knows is in the editor's form and nothing else is; a field the check requires
 * cannot be left empty in the editor and an optional one can; fixed choices match; and every
 * story component the body may use has a form. (Help texts are passed from the same descriptors
 * by lib/editor/keystatic-config.ts; Keystatic keeps them inside its input components, where a
 * test cannot read them.)
 *
 * Keystatic's Node build stubs the functions a browser form needs, so this loads its browser
 * build, as keystatic-roundtrip.test.ts does.
 */
import { describe, expect, it, vi } from 'vitest';

import { BODY_COMPONENTS } from '../mdx/body-components';
import {
  articleFields,
  authorFields,
  type Field,
  type Fields,
  liveBlogFields,
  pageFields,
  sectionFields,
} from '../schema/fields';
import { editorConfig } from './keystatic-config';
import { storyComponents } from './story-components';

vi.mock('@keystatic/core', () => import('../../node_modules/@keystatic/core/dist/keystatic-core.js'));
vi.mock(
  '@keystatic/core/content-components',
  () => import('../../node_modules/@keystatic/core/dist/keystatic-core-content-components.js'),
);

interface FormField {
  kind: string;
  label?: string;
  description?: string;
  fields?: Record<string, FormField>;
  element?: FormField;
  options?: readonly { value: string }[];
  defaultValue?: () => unknown;
  validate?: (value: unknown, args?: unknown) => unknown;
}

const config = editorConfig({
  stories: [{ slug: 'harbour-crane-collapses', title: 'Harbour crane collapses' }],
  year: 2026,
});

/** Whether the editor refuses this form field when left empty. */
function refusesEmpty(field: FormField): boolean {
  if (field.kind !== 'form' || !field.validate || !field.defaultValue) return false;
  const empty = field.defaultValue();
  // The headline and file-name field is a pair; leaving the headline empty is the question.
  const isSlug = typeof empty === 'object' && empty !== null && 'name' in empty;
  try {
    if (isSlug) field.validate({ name: '', slug: 'a-file-name' }, { slugField: { slugs: new Set(), glob: '*' } });
    else field.validate(empty);
    return false;
  } catch {
    return true;
  }
}

function compare(
  where: string,
  descriptors: Fields,
  form: Record<string, FormField>,
  skip: string[] = [],
  optionalParent = false,
) {
  expect(
    Object.keys(form)
      .filter((name) => !skip.includes(name))
      .sort(),
    `${where}: fields`,
  ).toEqual(Object.keys(descriptors).sort());
  for (const [name, descriptor] of Object.entries<Field>(descriptors)) {
    const field = form[name] as FormField;
    const at = `${where}.${name}`;
    if (descriptor.kind === 'object') {
      expect(field.kind, at).toBe('object');
      // Inside an optional object (a story's picture) nothing can be required in the form: see formField.
      compare(at, descriptor.fields, field.fields ?? {}, [], !descriptor.required);
      continue;
    }
    if (descriptor.kind === 'objectList') {
      expect(field.kind, at).toBe('array');
      compare(at, descriptor.fields, field.element?.fields ?? {});
      continue;
    }
    if (descriptor.kind === 'stringList') {
      expect(['array', 'form'], at).toContain(field.kind);
      continue;
    }
    if (descriptor.values)
      expect(
        field.options?.map((option) => option.value),
        `${at}: choices`,
      ).toEqual(descriptor.values);
    else if (descriptor.kind !== 'boolean')
      // A tick box always has a value, so "required" asks nothing of it.
      expect(refusesEmpty(field), `${at}: required`).toBe((descriptor.required ?? false) && !optionalParent);
  }
}

describe('the editor and the content check', () => {
  it.each([
    ['articles', articleFields],
    ['liveBlogs', liveBlogFields],
    ['authors', authorFields],
    ['sections', sectionFields],
    ['pages', pageFields],
  ] as const)('agree on the fields of %s', (name, descriptors) => {
    const schema = config.collections[name].schema as unknown as Record<string, FormField>;
    compare(name, descriptors, schema, ['body']);
  });

  it('have a form for every story component, with its required properties required', () => {
    const components = storyComponents([{ slug: 'harbour-crane-collapses', title: 'Harbour crane collapses' }]);
    expect(Object.keys(components).sort()).toEqual(Object.keys(BODY_COMPONENTS).sort());
    for (const [name, spec] of Object.entries(BODY_COMPONENTS)) {
      const schema = components[name as keyof typeof components].schema as Record<string, FormField>;
      for (const prop of spec.required) {
        expect(schema[prop], `${name}.${prop}`).toBeDefined();
        // ALSO READ is a list of the existing stories: it always has one chosen.
        if (schema[prop]?.options) continue;
        expect(refusesEmpty(schema[prop] as FormField), `${name}.${prop}: required`).toBe(true);
      }
    }
  });

  it('offers the existing stories for ALSO READ', () => {
    const slug = storyComponents([
      { slug: 'harbour-crane-collapses', title: 'Harbour crane collapses' },
      { slug: 'pier-reopens', title: 'Pier reopens' },
    ]).AlsoRead.schema.slug as unknown as FormField;
    expect(slug.options?.map((option) => option.value)).toEqual(['harbour-crane-collapses', 'pier-reopens']);
  });
});
