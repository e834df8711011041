/**
 * The editors' guide and the mistake catalogue are generated from the schema, the component
 * list and the tested mistakes; this fails as soon as either document no longer matches.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { BODY_COMPONENTS } from '../../lib/mdx/body-components';
import { articleFields } from '../../lib/schema/fields';
import { MISTAKES } from '../../test/oracles/mistakes';
import { fillBlock, generatedDocs } from './editor-docs';

describe('editor documentation', () => {
  it('is up to date with the schema, the components and the mistake catalogue (run `npm run docs` to fix)', async () => {
    for (const { file, text } of await generatedDocs()) {
      expect(readFileSync(file, 'utf8'), `${path.basename(file)} is stale — run npm run docs`).toBe(text);
    }
  }, 60_000); // runs all the catalogue's checks

  it('documents every article field, every component and at least 20 mistakes', () => {
    const editing = readFileSync(path.resolve(import.meta.dirname, '../../docs/EDITING.md'), 'utf8');
    for (const field of Object.keys(articleFields)) expect(editing).toContain(`| \`${field}\` |`);
    for (const name of Object.keys(BODY_COMPONENTS)) expect(editing).toContain(`### \`<${name}>\``);
    const catalogue = readFileSync(path.resolve(import.meta.dirname, '../../docs/mistakes.md'), 'utf8');
    expect(MISTAKES.length).toBeGreaterThanOrEqual(20);
    for (const entry of MISTAKES) expect(catalogue).toContain(`| ${entry.mistake.replace(/\|/g, '\\|')} |`);
  });

  it('only replaces the generated block, keeping the prose around it', () => {
    const document = 'Intro.\n<!-- generated:fields (npm run docs) -->\nold\n<!-- /generated:fields -->\nOutro.\n';
    expect(fillBlock(document, 'fields', 'new')).toBe(
      'Intro.\n<!-- generated:fields (npm run docs) -->\n\nnew\n\n<!-- /generated:fields -->\nOutro.\n',
    );
  });
});
