import { describe, expect, it } from 'vitest';

import { laterPages, type PageLinkItem, pageLinks, pageSlice, parsePageParam } from './pagination';

/** The row as a reader sees it: "1 2 [3] 4 … 9". */
const row = (items: PageLinkItem[]) =>
  items.map((item) => (item.kind === 'gap' ? '…' : item.current ? `[${item.page}]` : String(item.page))).join(' ');

describe('pageSlice', () => {
  it('slices full pages and a short last page', () => {
    expect(pageSlice(45, 1, 20)).toEqual({ page: 1, pageCount: 3, start: 0, end: 20 });
    expect(pageSlice(45, 2, 20)).toEqual({ page: 2, pageCount: 3, start: 20, end: 40 });
    expect(pageSlice(45, 3, 20)).toEqual({ page: 3, pageCount: 3, start: 40, end: 45 });
  });

  it('has no page past the end, before the first, or between pages', () => {
    expect(pageSlice(45, 4, 20)).toBeUndefined();
    expect(pageSlice(40, 3, 20)).toBeUndefined();
    expect(pageSlice(45, 0, 20)).toBeUndefined();
    expect(pageSlice(45, 1.5, 20)).toBeUndefined();
  });

  it('gives an empty list one empty page', () => {
    expect(pageSlice(0, 1, 20)).toEqual({ page: 1, pageCount: 1, start: 0, end: 0 });
    expect(pageSlice(0, 2, 20)).toBeUndefined();
  });

  it('covers 5,000 stories in 250 pages without overlap or holes', () => {
    const seen: number[] = [];
    for (let page = 1; page <= 250; page++) {
      const slice = pageSlice(5000, page, 20)!;
      for (let index = slice.start; index < slice.end; index++) seen.push(index);
    }
    expect(seen).toEqual(Array.from({ length: 5000 }, (_, index) => index));
    expect(pageSlice(5000, 251, 20)).toBeUndefined();
  });
});

describe('parsePageParam', () => {
  it('accepts canonical page numbers only', () => {
    expect(parsePageParam('2')).toBe(2);
    expect(parsePageParam('250')).toBe(250);
    for (const bad of ['0', '02', '-1', '+2', '2.0', '1e3', '', 'two', ' 2'])
      expect(parsePageParam(bad), bad).toBeUndefined();
  });
});

describe('pageLinks', () => {
  it('lists every page of a short list', () => {
    expect(row(pageLinks(1, 1))).toBe('[1]');
    expect(row(pageLinks(2, 5))).toBe('1 [2] 3 4 5');
  });

  it('keeps first and last, the nearby pages, and gaps between', () => {
    expect(row(pageLinks(1, 250))).toBe('[1] 2 3 … 250');
    expect(row(pageLinks(30, 250))).toBe('1 … 28 29 [30] 31 32 … 250');
    expect(row(pageLinks(250, 250))).toBe('1 … 248 249 [250]');
  });

  it('never hides a single page behind a gap', () => {
    expect(row(pageLinks(5, 250))).toBe('1 2 3 4 [5] 6 7 … 250');
    expect(row(pageLinks(246, 250))).toBe('1 … 244 245 [246] 247 248 249 250');
  });

  it('marks exactly one current page', () => {
    for (const current of [1, 7, 13]) {
      expect(pageLinks(current, 13).filter((item) => item.kind === 'page' && item.current)).toEqual([
        { kind: 'page', page: current, current: true },
      ]);
    }
  });
});

describe('laterPages', () => {
  it('gives params for pages 2…last only', () => {
    expect(laterPages(1)).toEqual([]);
    expect(laterPages(3)).toEqual([{ n: '2' }, { n: '3' }]);
  });
});
