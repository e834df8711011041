/**
 * The newsroom's promises to readers, checked on the production build: drafts and embargoed
 * stories appear nowhere, and corrections are printed where the editor chose and listed on
 * /corrections, newest first.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';

import { expect, test } from '@playwright/test';

import { articles, heldBack } from './sample';
import { testEnv } from './support/test-env';

const root = path.resolve(import.meta.dirname, '..');

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((relative) => path.join(dir, relative))
    .filter((file) => statSync(file).isFile());
}

test.describe('drafts and embargoed stories', () => {
  test('the sample has a draft and an embargoed story to prove it with', () => {
    expect(heldBack.some((story) => story.draft)).toBe(true);
    expect(heldBack.some((story) => !story.draft && Date.parse(story.date) > Date.parse('2026-11-28T12:00:00Z'))).toBe(
      true,
    );
  });

  for (const story of heldBack) {
    test(`${story.url} (${story.draft ? 'draft' : 'embargoed'}) is a 404 and in no list`, async ({ page, request }) => {
      expect((await request.get(story.url)).status()).toBe(404);
      for (const url of [
        '/',
        `/${story.section}`,
        articles.find((other) => other.section === story.section)!.url,
        '/corrections',
      ]) {
        await page.goto(url);
        await expect(page.getByText(story.title)).toHaveCount(0);
        await expect(page.locator(`a[href="${story.url}"]`)).toHaveCount(0);
      }
    });
  }

  test('no file of the build contains a word of them', () => {
    // Headline, standfirst and slug of each held-back story, in every file the build made.
    const needles = heldBack.flatMap((story) => [story.title, story.dek, story.slug]);
    const hits: string[] = [];
    const built = [testEnv('E2E_STATIC_HOST') ? 'out' : '.next', '.contentlayer/generated', 'search-index'].flatMap(
      (folder) => filesUnder(path.join(root, folder)),
    );
    // The search index is looked in: search-index/ (out/pagefind in the static export).
    expect(built.some((file) => /[/\\](search-index|pagefind)[/\\]\d{4}[/\\]fragment[/\\]/.test(file))).toBe(true);
    for (const file of built) {
      // The search index stores its fragments gzipped; read them as the search client does.
      const bytes = readFileSync(file);
      const text = (bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes).toString('latin1');
      for (const needle of needles) if (text.includes(needle)) hits.push(`${path.relative(root, file)}: ${needle}`);
    }
    expect(hits).toEqual([]);
  });
});

test.describe('corrections', () => {
  const corrected = articles.filter((story) => story.corrections?.length);
  const positionOf = (story: (typeof articles)[number]) => (story.correctionsPosition === 'top' ? 'top' : 'bottom');

  for (const position of ['top', 'bottom'] as const) {
    test(`are printed at the ${position} of a story when the editor says so`, async ({ page }) => {
      const story = corrected.find((candidate) => positionOf(candidate) === position)!;
      await page.goto(story.url);
      const block = page.getByRole('region', { name: /^Corrections?$/ });
      for (const correction of story.corrections!) await expect(block).toContainText(correction.text);
      // Compare with the story's first paragraph in document order.
      const blockFirst = await page.evaluate(() => {
        const region = document.getElementById('corrections')!;
        const paragraph = document.querySelector('article .prose p, article p:not(header p)')!;
        return Boolean(region.compareDocumentPosition(paragraph) & Node.DOCUMENT_POSITION_FOLLOWING);
      });
      expect(blockFirst).toBe(position === 'top');
    });
  }

  test('/corrections lists every correction, newest first, linking to its story', async ({ page }) => {
    const expected = corrected
      .flatMap((story) => story.corrections!.map((correction) => ({ ...correction, story })))
      .sort((a, b) => Date.parse(b.date) - Date.parse(a.date));
    await page.goto('/corrections');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Corrections');
    const entries = page.getByTestId('correction');
    await expect(entries).toHaveCount(expected.length);
    for (const [index, entry] of expected.entries()) {
      await expect(entries.nth(index)).toContainText(entry.text);
      await expect(entries.nth(index).getByRole('link', { name: entry.story.title })).toHaveAttribute(
        'href',
        `${entry.story.url}#corrections`,
      );
    }
    await entries.first().getByRole('link').click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(expected[0]!.story.title);
  });
});
