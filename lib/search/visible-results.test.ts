import { describe, expect, it } from 'vitest';

import { NO_TOMBSTONES, resultsToCheck, type Tombstones, visibleResults } from './visible-results';

const hit = (id: string, url: string) => ({ id, url });
const urlsOf = (hits: readonly { id: string; url: string }[]) => new Map(hits.map((h) => [h, h.url]));

describe('resultsToCheck', () => {
  it('names only results whose id is hidden or appears twice', () => {
    const results = [hit('a', '/uk/a'), hit('b', '/uk/b'), hit('c', '/uk/c'), hit('c', '/uk/c')];
    const rule: Tombstones = { hiddenIds: new Set(['b']), tombstones: new Set(['/uk/b']) };
    expect(resultsToCheck(results, rule)).toEqual([results[1], results[2], results[3]]);
  });

  it('names nothing without a delta', () => {
    expect(resultsToCheck([hit('a', '/uk/a')], NO_TOMBSTONES)).toEqual([]);
  });
});

describe('visibleResults', () => {
  it('drops the base copy of a changed story and keeps the delta copy, in score order', () => {
    const results = [hit('base-x', '/uk/x'), hit('other', '/uk/o'), hit('delta-x', '/uk/x')];
    const rule: Tombstones = { hiddenIds: new Set(['base-x']), tombstones: new Set(['/uk/x']) };
    const checked = resultsToCheck(results, rule);
    expect(visibleResults(results, rule, urlsOf(checked))).toEqual([results[1], results[2]]);
  });

  it('drops a removed story', () => {
    const results = [hit('gone', '/uk/gone'), hit('kept', '/uk/kept')];
    const rule: Tombstones = { hiddenIds: new Set(['gone']), tombstones: new Set(['/uk/gone']) };
    expect(visibleResults(results, rule, urlsOf(resultsToCheck(results, rule)))).toEqual([results[1]]);
  });

  it('keeps another story that shares a hidden id in another year (ids are unique per bundle only)', () => {
    const results = [hit('en_1234567', '/uk/removed'), hit('en_1234567', '/world/unrelated-2019')];
    const rule: Tombstones = { hiddenIds: new Set(['en_1234567']), tombstones: new Set(['/uk/removed']) };
    expect(visibleResults(results, rule, urlsOf(resultsToCheck(results, rule)))).toEqual([results[1]]);
  });

  it('shows a story republished unchanged once: both bundles hold it under the same id', () => {
    const results = [hit('same', '/uk/same'), hit('same', '/uk/same'), hit('z', '/uk/z')];
    const rule: Tombstones = { hiddenIds: new Set(), tombstones: new Set(['/uk/same']) };
    const checked = resultsToCheck(results, rule);
    expect(checked).toHaveLength(2);
    expect(visibleResults(results, rule, urlsOf(checked))).toEqual([results[0], results[2]]);
  });

  it('shows everything without a delta', () => {
    const results = [hit('a', '/uk/a'), hit('b', '/uk/b')];
    expect(visibleResults(results, NO_TOMBSTONES, new Map())).toEqual(results);
  });
});
