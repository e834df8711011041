import { describe, expect, it } from 'vitest';

import { bundlesToShow, extendsTerm, fellBack, matchedWords, queryTerms } from './prefix-fallback';

describe('queryTerms and matchedWords', () => {
  it('compare words as Pagefind does: lower case, no accents, no surrounding punctuation', () => {
    expect(queryTerms('  Café  "Armistice," ')).toEqual(['cafe', 'armistice']);
    expect(
      matchedWords({ content: 'The war ended in an Armistice, not a treaty. An armistice.', locations: [5, 10, 6] }),
    ).toEqual(['armistice', 'not']);
  });
});

describe('extendsTerm and fellBack', () => {
  it('accept the term, longer words and words that share its stem', () => {
    expect(extendsTerm('armistice', 'armistice')).toBe(true);
    expect(extendsTerm('armistice', 'armis')).toBe(true); // typing
    expect(extendsTerm('councils', 'council')).toBe(true);
    expect(extendsTerm('run', 'running')).toBe(true); // stem "run"
    expect(extendsTerm('cities', 'city')).toBe(true);
  });

  it('see a much shorter word that the term starts with as a fallback', () => {
    expect(extendsTerm('a', 'armistice')).toBe(false);
    expect(fellBack(['a'], 'armistice')).toBe(true);
    expect(fellBack(['arm', 'a'], 'armistice')).toBe(true);
    expect(fellBack(['armistice', 'a'], 'armistice')).toBe(false);
    // A match on another term (or in a field such as the section) is not a fallback.
    expect(fellBack(['council'], 'armistice')).toBe(false);
  });
});

describe('bundlesToShow', () => {
  it('drops the years that fell back when another year has the word', () => {
    const samples = [
      { key: '2026', words: ['a'] },
      { key: '2021', words: ['armistice'] },
      { key: '2020' }, // nothing found
      { key: 'delta', words: ['a'] },
    ];
    expect([...bundlesToShow(samples, ['armistice'])]).toEqual(['2021']);
  });

  it('keeps every fallback when no bundle has the word, as one index would', () => {
    const samples = [
      { key: '2026', words: ['council'] },
      { key: '2021', words: ['council'] },
    ];
    expect([...bundlesToShow(samples, ['councilx'])]).toEqual(['2026', '2021']);
  });

  it('judges each term of the query on its own', () => {
    const samples = [
      { key: '2026', words: ['harbour', 'a'] }, // has "harbour", fell back on "armistice"
      { key: '2021', words: ['harbour', 'armistice'] },
    ];
    expect([...bundlesToShow(samples, ['harbour', 'armistice'])]).toEqual(['2021']);
    expect([...bundlesToShow(samples, ['harbour'])]).toEqual(['2026', '2021']);
  });
});
