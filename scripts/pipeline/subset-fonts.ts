/**
 * `npm run fonts`: writes the serif the site ships (app/_fonts/, loaded by app/fonts.ts) from
 * Source Serif 4's variable font in @fontsource-variable/source-serif-4, smaller in three ways
 * (issue 16, docs/decisions/028-fonts-subset-and-matched-fallback.md):
 * - the weight axis is cut to 400–700, the weights the pages use (regular text, semibold and
 *   bold headlines); one variable file then beats the three static weights it replaces;
 * - Latin and Latin Extended become two files, each drawing only its characters, so a page in
 *   English never downloads the second (the browser fetches a face only for characters in its
 *   unicode-range);
 * - only the OpenType features a browser applies by default are kept (kerning, ligatures,
 *   accents); the site asks for no others (small capitals, old-style figures…).
 * The committed files are what this script writes; fonts.test.ts fails when they differ.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import subsetFont from 'subset-font';

import { SERIF_SUBSETS, type SerifSubset } from '../../app/_fonts/subsets';

const projectRoot = path.resolve(import.meta.dirname, '../..');
const FEATURES = ['kern', 'liga', 'calt', 'ccmp', 'locl', 'mark', 'mkmk'];
export const WEIGHTS = { min: 400, max: 700 };

/** Every character a unicode-range names, e.g. "U+0000-00FF,U+0131" (a face draws only these). */
export function charactersOf(unicodeRange: string): string {
  let text = '';
  for (const part of unicodeRange.split(',')) {
    const [, from, to] = /^U\+([0-9A-F]+)(?:-([0-9A-F]+))?$/i.exec(part.trim()) ?? [];
    if (!from) throw new Error(`unicode-range part "${part}" is not U+XXXX or U+XXXX-YYYY`);
    const first = parseInt(from, 16);
    const last = parseInt(to ?? from, 16);
    for (let code = first; code <= last; code++) text += String.fromCodePoint(code);
  }
  return text;
}

export const sourceFile = (subset: SerifSubset) =>
  path.join(
    projectRoot,
    `node_modules/@fontsource-variable/source-serif-4/files/source-serif-4-${subset.name}-wght-normal.woff2`,
  );
export const outputFile = (subset: SerifSubset) => path.join(projectRoot, 'app/_fonts', subset.file);

export function subsetSerif(subset: SerifSubset): Promise<Buffer> {
  return subsetFont(readFileSync(sourceFile(subset)), charactersOf(subset.unicodeRange), {
    targetFormat: 'woff2',
    keepFeatures: FEATURES,
    variationAxes: { wght: { min: WEIGHTS.min, max: WEIGHTS.max, default: WEIGHTS.min } },
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const subset of SERIF_SUBSETS) {
    const font = await subsetSerif(subset);
    writeFileSync(outputFile(subset), font);
    const before = readFileSync(sourceFile(subset)).length;
    console.log(`${subset.file}: ${(font.length / 1024).toFixed(1)} KB (from ${(before / 1024).toFixed(1)} KB)`);
  }
}
