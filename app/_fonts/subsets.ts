/**
 * The two files the serif ships as (scripts/pipeline/subset-fonts.ts writes them, app/fonts.ts loads
 * them). Their unicode-ranges are Fontsource's for Source Serif 4: a browser downloads a file
 * only when a page has a character in its range, and draws every other character with the
 * next font in the stack (globals.css), down to the system's serif.
 */
export interface SerifSubset {
  /** Fontsource's name for the subset, as in its file names. */
  name: 'latin' | 'latin-ext';
  file: string;
  unicodeRange: string;
}

export const SERIF_SUBSETS: SerifSubset[] = [
  {
    name: 'latin',
    file: 'source-serif-4-latin-400-700.woff2',
    unicodeRange:
      'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD',
  },
  {
    name: 'latin-ext',
    file: 'source-serif-4-latin-ext-400-700.woff2',
    unicodeRange:
      'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C4,U+2113,U+2C60-2C7F,U+A720-A7FF',
  },
];
