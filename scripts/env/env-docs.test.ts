/** docs/ENVIRONMENT.md is generated from lib/env.js; this fails as soon as it no longer matches. */
import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { VARIABLES } from '../../lib/env';
import { ENVIRONMENT, environmentDoc } from './env-docs';

describe('docs/ENVIRONMENT.md', () => {
  it('is what npm run docs:env writes from lib/env.js (run it to fix)', () => {
    expect(readFileSync(ENVIRONMENT, 'utf8'), 'docs/ENVIRONMENT.md is stale — run npm run docs:env').toBe(
      environmentDoc(),
    );
  });

  it('lists every variable once, with its meaning', () => {
    const doc = environmentDoc();
    for (const [name, variable] of Object.entries(VARIABLES)) {
      expect(doc.split(`| \`${name}\` |`)).toHaveLength(2);
      expect(doc).toContain(variable.meaning.replace(/\|/g, '\\|'));
    }
  });
});
