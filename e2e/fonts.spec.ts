/**
 * The serif (docs/decisions/028-fonts-subset-and-matched-fallback.md): its fallback takes the
 * same room, so the swap to the web font moves nothing; and a letter the subsets cannot draw
 * is still drawn, by the system's serif.
 */
import { expect, type Page, test } from '@playwright/test';

import { article } from './sample';

const SEOUL = article('moon-seeks-us-backing-korean-war-end');

/** Heights of every block set in the serif, once the fonts the page asked for have settled. */
async function serifHeights(page: Page, path: string): Promise<number[]> {
  await page.goto(path);
  await page.evaluate(() => document.fonts.ready);
  return page.evaluate(() =>
    [...document.querySelectorAll('h1, h2, h3, p, li')]
      .filter((element) => getComputedStyle(element).fontFamily.startsWith('serifLatin'))
      .map((element) => element.getBoundingClientRect().height),
  );
}

for (const path of ['/', SEOUL.url]) {
  test(`${path}: text set in the fallback takes the room the web font will take`, async ({ browser, page }) => {
    const withFont = await serifHeights(page, path);
    const context = await browser.newContext({ viewport: page.viewportSize()! });
    const fallbackPage = await context.newPage();
    // As while the web font is still on its way: the page is drawn in the fallback.
    await fallbackPage.route('**/*.woff2', (route) => route.abort());
    const withFallback = await serifHeights(fallbackPage, path);
    await context.close();

    expect(withFallback.length, 'the page has serif text').toBeGreaterThan(10);
    expect(withFallback.length).toBe(withFont.length);
    const total = (heights: number[]) => heights.reduce((sum, height) => sum + height, 0);
    // Line breaks may still fall a word apart in a few blocks; the page as a whole must not grow or shrink.
    const change = Math.abs(total(withFallback) - total(withFont)) / total(withFont);
    const moved = withFont.filter((height, index) => Math.abs(height - withFallback[index]!) > 1).length;
    expect(change, `${moved} of ${withFont.length} blocks change height`).toBeLessThan(0.02);
  });
}

test('the fallback faces are rules the browser keeps, and letters no subset draws fall to the system serif', async ({
  page,
}) => {
  await page.goto(SEOUL.url);
  const faces = await page.evaluate(() =>
    [...document.styleSheets].flatMap((sheet) =>
      [...sheet.cssRules]
        .filter((rule): rule is CSSFontFaceRule => rule instanceof CSSFontFaceRule)
        .map((rule) => ({
          family: rule.style.getPropertyValue('font-family'),
          src: rule.style.getPropertyValue('src'),
          unicodeRange: rule.style.getPropertyValue('unicode-range'),
        })),
    ),
  );
  // A family name the browser rejects drops the whole rule, silently (it happened: "Serif Fallback").
  expect(faces.filter((face) => face.src.includes('local(')).map((face) => face.family.replaceAll('"', ''))).toEqual(
    expect.arrayContaining(['Dateline Fallback Times', 'Dateline Fallback Noto']),
  );
  // Each web font file draws only its subset...
  const webFonts = faces.filter((face) => face.src.includes('url('));
  expect(webFonts).toHaveLength(2);
  for (const face of webFonts) expect(face.unicodeRange, face.family).not.toBe('');
  // ...and the stack ends in the system's serif, which draws the rest (Cyrillic, Greek, Devanagari…).
  const stack = await page.locator('h1').evaluate((element) => getComputedStyle(element).fontFamily);
  expect(stack).toMatch(/, serif$/);
  const [cyrillic, notdef] = await page.evaluate(() => {
    const context = document.createElement('canvas').getContext('2d')!;
    context.font = `16px ${getComputedStyle(document.querySelector('h1')!).fontFamily}`;
    return [
      context.measureText('Москва').width,
      context.measureText('\u{E000}\u{E001}\u{E002}\u{E003}\u{E004}\u{E005}').width,
    ];
  });
  expect(cyrillic).toBeGreaterThan(0);
  expect(cyrillic, 'Cyrillic is drawn as letters, not as missing-glyph boxes').not.toBe(notdef);
});
