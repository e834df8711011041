import localFont from 'next/font/local';

// Source Serif 4, cut to the weights and characters the site uses by scripts/pipeline/subset-fonts.ts
// (`npm run fonts`; the ranges are in app/_fonts/subsets.ts, which fonts.test.ts holds these
// copies to: next/font only takes literals). Self-hosted by next/font: no request leaves the site.
//
// Two families, not one with two faces: next/font gives every face of one call the same
// unicode-range. globals.css stacks them (Latin, then Latin Extended), then the metric-matched
// fallbacks it declares itself; next/font's own fallback face (local Times New Roman, no
// unicode-range) would sit between the two and draw Latin Extended letters before the second
// family was ever asked.

// Every page shows it above the fold (masthead, headlines, text): preloaded.
export const serifLatin = localFont({
  src: './_fonts/source-serif-4-latin-400-700.woff2',
  variable: '--font-serif-latin',
  weight: '400 700',
  display: 'swap',
  preload: true,
  adjustFontFallback: false,
  declarations: [
    {
      prop: 'unicode-range',
      value:
        'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD',
    },
  ],
});

// Fetched only by a page with a letter in its range (a name such as "Łódź"): not preloaded.
export const serifLatinExt = localFont({
  src: './_fonts/source-serif-4-latin-ext-400-700.woff2',
  variable: '--font-serif-latin-ext',
  weight: '400 700',
  display: 'swap',
  preload: false,
  adjustFontFallback: false,
  declarations: [
    {
      prop: 'unicode-range',
      value:
        'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C4,U+2113,U+2C60-2C7F,U+A720-A7FF',
    },
  ],
});

// No web font for the sans-serif UI text (menus, bylines, labels): the system's own (Roboto, San
// Francisco, Segoe UI) reads as well at those sizes, and Inter's 48 KB was fetched before the
// first paint of every page, costing mobile readers about a quarter of a second
// (docs/decisions/017-page-weight-budgets.md).
