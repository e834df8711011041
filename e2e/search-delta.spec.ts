/**
 * A publish reaches search without a build: updateSearchDelta (what `npm run publish` calls)
 * writes a delta into the database the running `npm start` reads (the project's default SQLite
 * file, as the server's), and the search page finds it on its next load. The server suite only: a static export has no server, so no delta (its
 * 404 is checked in search.spec.ts), and one browser profile, since the delta is shared state.
 *
 * Other specs run at the same time, so the delta holds only a story made up here and removes
 * one story that no other search test looks for; the delta is removed again at the end.
 */
import { expect, test } from '@playwright/test';

import type { SearchDocument } from '../lib/content/types';
import { withDatabase } from '../lib/db/process-database';
import { everyBasePageId } from '../lib/search/delta-store';
import { resetSearchDelta, type SearchDeltaChanges, updateSearchDelta } from '../lib/search/search-delta';
import { article, articles, sectionTitle } from './sample';

// Words the search tests use; the removed story must have none of them.
const WORDS_OTHER_TESTS_SEARCH = ['armistice', 'council', 'ferry'];
const textOf = (story: (typeof articles)[number]) => `${story.title} ${story.dek} ${story.body}`.toLowerCase();

/** A published story with a word in its headline that no other story has, and that word. */
function storyWithOwnWord() {
  const seoul = article('moon-seeks-us-backing-korean-war-end');
  for (const story of articles) {
    if (story === seoul || WORDS_OTHER_TESTS_SEARCH.some((word) => textOf(story).includes(word))) continue;
    const own = story.title
      .toLowerCase()
      .split(/[^a-z]+/)
      // Pagefind matches stems ("replanted" finds "replanting"), so no other story may share the word's start.
      .find(
        (word) =>
          word.length >= 6 &&
          articles.every((other) => other === story || !textOf(other).includes(word.slice(0, word.length - 3))),
      );
    if (own) return { story, word: own };
  }
  throw new Error('No sample story has a headline word of its own: pick another way to find one');
}

const madeUp = (word: string): SearchDocument =>
  ({
    slug: 'tidal-meadow-replanted',
    url: '/uk/tidal-meadow-replanted',
    title: 'Tidal meadow replanted after sea wall breach',
    dek: `Volunteers replanted ${word} along the estuary.`,
    excerpt: '',
    date: '2026-11-28T11:00:00+00:00',
    section: 'uk',
    sectionTitle: sectionTitle('uk'),
    modified: '2026-11-28T11:00:00+00:00',
    authors: [],
    tags: [],
    text: `Volunteers replanted ${word} along the estuary on Saturday.`,
  }) as SearchDocument;

test.describe.configure({ mode: 'serial' });

/** What `npm run publish` does to the search delta, in the server's database. */
const publishToSearch = (changes: SearchDeltaChanges) =>
  withDatabase((database) => updateSearchDelta(database, changes));

test('a publish is found at once without a build, and a removed story is not', async ({ page, request }) => {
  const baseIds = await withDatabase(everyBasePageId);
  const removed = storyWithOwnWord();
  const status = page.getByRole('status');
  try {
    await page.goto(`/search?q=${removed.word}`);
    await expect(status).toHaveText(`1 story found for “${removed.word}”.`);

    const started = Date.now();
    await publishToSearch({ upsert: [madeUp('quillwort')], remove: [removed.story.url] });
    expect(Date.now() - started).toBeLessThan(10_000);

    await page.goto('/search?q=quillwort');
    await expect(status).toHaveText('1 story found for “quillwort”.');
    await expect(page.getByRole('list', { name: 'Search results' }).getByRole('link')).toHaveText(
      'Tidal meadow replanted after sea wall breach',
    );
    await page.goto(`/search?q=${removed.word}`);
    await expect(status).toHaveText(`No stories found for “${removed.word}”.`);

    // A second publish changes the story: the server sends the new delta, not a cached one.
    await publishToSearch({ upsert: [madeUp('bladderwrack')], remove: [removed.story.url] });
    const pointer = await request.get('/pagefind-delta/current.json');
    expect(pointer.headers()['cache-control']).toBe('no-cache');
    expect(((await pointer.json()) as { stories: number }).stories).toBe(1);
    await page.goto('/search?q=bladderwrack');
    await expect(status).toHaveText('1 story found for “bladderwrack”.');
    await page.goto('/search?q=quillwort');
    await expect(status).toHaveText('No stories found for “quillwort”.');
  } finally {
    await withDatabase((database) => resetSearchDelta(database, baseIds)); // as the next full build would
  }
  await page.goto(`/search?q=${removed.word}`);
  await expect(status).toHaveText(`1 story found for “${removed.word}”.`);
});

test('the delta route answers only Pagefind’s files', async ({ request }) => {
  for (const url of [
    '/pagefind-delta/base-ids.json',
    '/pagefind-delta/%2e%2e/package.json',
    '/pagefind-delta/..%2F..%2Fpackage.json',
    '/pagefind-delta/mikx2b1c-0a1b2c/pagefind.js',
  ]) {
    expect((await request.get(url)).status(), url).toBe(404);
  }
  expect((await request.post('/pagefind-delta/current.json')).status()).toBe(405);
});
