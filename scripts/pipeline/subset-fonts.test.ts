import { readFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { SERIF_SUBSETS } from '../../app/_fonts/subsets';
import { charactersOf, outputFile, subsetSerif } from './subset-fonts';

const projectRoot = path.resolve(import.meta.dirname, '../..');
const fontsource = readFileSync(
  path.join(projectRoot, 'node_modules/@fontsource-variable/source-serif-4/wght.css'),
  'utf8',
);

describe('the serif the site ships (npm run fonts)', () => {
  it.each(SERIF_SUBSETS)(
    '$file is what the script writes today',
    async (subset) => {
      const fresh = await subsetSerif(subset);
      expect(
        Buffer.compare(fresh, readFileSync(outputFile(subset))),
        `${subset.file} is stale: run npm run fonts`,
      ).toBe(0);
      // HarfBuzz in WebAssembly: about 3 s on a quiet machine, far more on a shared one.
    },
    60_000,
  );

  it.each(SERIF_SUBSETS)("$name keeps Fontsource's unicode-range for the subset", (subset) => {
    const face = new RegExp(`source-serif-4-${subset.name}-wght-normal\\.woff2[^}]*unicode-range: ([^;]+);`).exec(
      fontsource,
    );
    expect(face?.[1]).toBe(subset.unicodeRange);
  });

  it.each(SERIF_SUBSETS)(
    'app/fonts.ts loads $file with its unicode-range (next/font takes only literals)',
    (subset) => {
      const fonts = readFileSync(path.join(projectRoot, 'app/fonts.ts'), 'utf8');
      expect(fonts).toContain(`'./_fonts/${subset.file}'`);
      expect(fonts).toContain(`'${subset.unicodeRange}'`);
    },
  );

  it('reads a unicode-range into its characters, and names a part it cannot read', () => {
    expect(charactersOf('U+0041-0043,U+00E9')).toBe('ABCé');
    expect(() => charactersOf('U+0041,0042')).toThrow('unicode-range part "0042" is not U+XXXX or U+XXXX-YYYY');
  });
});
