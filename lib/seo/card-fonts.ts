/**
 * Fonts for the images drawn with next/og (social cards, the publisher logo), read from the
 * @fontsource packages, and the characters they can draw.
 *
 * Why the character check: when a headline has a character none of the given fonts can draw,
 * next/og asks Google Fonts (or a CDN, for emoji) for one over the network. A build must not
 * reach the network, so characters outside these fonts are left out of the picture (the page
 * itself still shows them) and the caller is told which ones.
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

// satori reads TTF/OTF/WOFF (not WOFF2), and static weights only, hence the @fontsource packages.
const FAMILIES = [
  { name: 'Source Serif 4', pkg: 'source-serif-4', weight: 700 },
  { name: 'Inter', pkg: 'inter', weight: 600 },
] as const;

/** The scripts loaded: European languages written in Latin, Cyrillic and Greek, and Vietnamese. */
const SUBSETS = ['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext', 'greek', 'vietnamese'] as const;

const packageDir = (pkg: string) =>
  path.join(/* turbopackIgnore: true */ process.cwd(), 'node_modules', '@fontsource', pkg);

interface CardFont {
  name: string;
  data: Buffer;
  weight: 600 | 700;
  style: 'normal';
}
let fonts: Promise<CardFont[]> | undefined;

/**
 * Every subset of both brand fonts. satori keeps one font per name and weight, so each subset
 * after the first gets its own name ("Inter latin-ext"); for a character the named font lacks,
 * satori tries the other fonts in the order given here.
 */
export function brandFonts(): Promise<CardFont[]> {
  fonts ??= Promise.all(
    FAMILIES.flatMap((family) =>
      SUBSETS.map(async (subset, i) => ({
        name: i === 0 ? family.name : `${family.name} ${subset}`,
        data: await readFile(
          path.join(packageDir(family.pkg), 'files', `${family.pkg}-${subset}-${family.weight}-normal.woff`),
        ),
        weight: family.weight,
        style: 'normal' as const,
      })),
    ),
  );
  return fonts;
}

/** "U+0100-02BA,U+0304" → [[0x100, 0x2ba], [0x304, 0x304]] */
export function parseUnicodeRange(range: string): [number, number][] {
  return range.split(',').map((part) => {
    const [from, to] = part.trim().replace(/^U\+/i, '').split('-');
    const start = Number.parseInt(from as string, 16);
    return [start, to === undefined ? start : Number.parseInt(to, 16)];
  });
}

let ranges: [number, number][] | undefined;
/** Code points at least one loaded font can draw (satori falls back from one font to the next). */
function drawable(): [number, number][] {
  ranges ??= FAMILIES.flatMap((family) => {
    const table = JSON.parse(readFileSync(path.join(packageDir(family.pkg), 'unicode.json'), 'utf8')) as Record<
      string,
      string
    >;
    return SUBSETS.flatMap((subset) => (table[subset] ? parseUnicodeRange(table[subset]) : []));
  });
  return ranges;
}

const canDraw = (char: string) => {
  const point = char.codePointAt(0) as number;
  return drawable().some(([from, to]) => point >= from && point <= to);
};

/** The text without the characters no card font has, and those characters. */
export function drawableText(text: string): { text: string; missing: string[] } {
  const missing = new Set<string>();
  let kept = '';
  for (const char of text) {
    if (canDraw(char)) kept += char;
    else missing.add(char);
  }
  return { text: missing.size > 0 ? kept.replace(/\s{2,}/g, ' ').trim() : text, missing: [...missing] };
}
