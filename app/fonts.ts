import localFont from 'next/font/local';

// Fonts come from npm packages and are self-hosted by next/font: no request leaves the site.
export const serif = localFont({
  src: '../node_modules/@fontsource-variable/source-serif-4/files/source-serif-4-latin-wght-normal.woff2',
  variable: '--font-source-serif',
  weight: '200 900',
  display: 'swap',
});

// No web font for the sans-serif UI text (menus, bylines, labels): the system's own (Roboto, San
// Francisco, Segoe UI) reads as well at those sizes, and Inter's 48 KB was fetched before the
// first paint of every page, costing mobile readers about a quarter of a second
// (docs/decisions/017-page-weight-budgets.md).
