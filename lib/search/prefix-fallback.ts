/**
 * Pagefind's fallback, undone across bundles. When an index has no word starting with a search
 * term, Pagefind matches the longest word it has that the term starts with instead: in a
 * bundle without "armistice", a search for it finds every page with the word "a". In one index
 * of the whole archive that happened only when no story had the word; with one bundle per
 * year, every year without the word answers with such near-misses beside the year that has it.
 *
 * Fallback is all or nothing for a term in a bundle (the bundle has no word starting with it),
 * so one result per bundle tells: a bundle whose best result matched only a shorter word that
 * the term starts with is dropped, but only when another bundle matched the term itself, which
 * is what the single index did. Pure; pagefind-client.ts feeds it.
 */

/** As Pagefind compares words: lower case, no diacritics, no punctuation at either end. */
export const normalizeWord = (word: string): string =>
  word
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');

export const queryTerms = (query: string): string[] => query.split(/\s+/).map(normalizeWord).filter(Boolean);

/** The words of a result's text at the positions Pagefind matched (its data's content and locations). */
export function matchedWords({ content, locations }: { content: string; locations: number[] }): string[] {
  // Pagefind counts word positions over whitespace-separated words, as its excerpts do.
  const words = content.split(/[^\S\uFEFF]+/);
  return [...new Set(locations.map((at) => normalizeWord(words[at] ?? '')).filter(Boolean))];
}

const commonPrefix = (a: string, b: string) => {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
};

/**
 * Whether a matched word is the term or a word starting with it. Pagefind compares stems
 * (English Snowball), which drop up to four letters in common words ("running" → "run"), so the
 * word only needs to share the term's first letters less that much.
 */
export function extendsTerm(word: string, term: string): boolean {
  return commonPrefix(word, term) >= Math.max(Math.min(term.length, 3), term.length - 4);
}

/** A shorter word the term starts with, and nothing that extends it: Pagefind's fallback. */
export const fellBack = (words: readonly string[], term: string): boolean =>
  !words.some((word) => extendsTerm(word, term)) &&
  words.some((word) => word.length < term.length && term.startsWith(word));

export interface BundleSample {
  key: string;
  /** Matched words of the bundle's best result; undefined when the bundle found nothing. */
  words?: readonly string[];
}

/** The bundles whose results to show. */
export function bundlesToShow(samples: readonly BundleSample[], terms: readonly string[]): Set<string> {
  const found = samples.filter((sample): sample is Required<BundleSample> => sample.words !== undefined);
  const dropped = new Set<string>();
  for (const term of terms) {
    if (!found.some(({ words }) => words.some((word) => extendsTerm(word, term)))) continue;
    for (const { key, words } of found) if (fellBack(words, term)) dropped.add(key);
  }
  return new Set(found.map(({ key }) => key).filter((key) => !dropped.has(key)));
}
