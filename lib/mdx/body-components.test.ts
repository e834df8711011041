import { describe, expect, it } from 'vitest';

import { checkBody } from '../validation/check-body';
import { BODY_COMPONENT_NAMES, BODY_COMPONENTS, HOUSE_COMPONENTS } from './body-components';
import { EMBED_PROVIDERS } from './embed-providers';

describe('the body components registry', () => {
  it('lists the house components and one component per embed provider', () => {
    expect(BODY_COMPONENT_NAMES).toEqual([...Object.keys(HOUSE_COMPONENTS), ...Object.keys(EMBED_PROVIDERS)]);
  });

  it('gives every component an example the content check accepts as written', async () => {
    for (const [name, spec] of Object.entries(BODY_COMPONENTS)) {
      // A <Photo> is only written inside its <Gallery>; the gallery's example carries one.
      if (name === 'Photo') continue;
      const body = `A paragraph.\n\n${spec.example}\n`;
      const report = await checkBody('example.mdx', body, 1);
      expect(report.problems, `<${name}>'s example`).toEqual([]);
      expect(report.uses.map((use) => use.name)).toContain(name);
    }
  });

  it('is what the content check refuses a body against', async () => {
    const report = await checkBody('story.mdx', 'Text.\n\n<Tweet id="1" />\n', 1);
    expect(report.problems.map((problem) => problem.fix)).toEqual([
      `use one of ${BODY_COMPONENT_NAMES.map((name) => `<${name}>`).join(', ')} (check the spelling and capitals)`,
    ]);
    for (const [name, spec] of Object.entries(BODY_COMPONENTS)) {
      for (const prop of spec.required) {
        const bare = await checkBody('story.mdx', `Text.\n\n<${name} />\n`, 1);
        expect(
          bare.problems.some((problem) => problem.message.includes(prop)),
          `<${name}> without ${prop}`,
        ).toBe(true);
      }
    }
  });
});
