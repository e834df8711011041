/**
 * Numbered pagination for section, tag and author fronts. Pure: a page of a list is a slice
 * of a prebuilt, newest-first list, so a 5,000-story section costs one slice per page.
 */

export interface PageSlice {
  /** 1-based page number. */
  page: number;
  pageCount: number;
  /** Index of the first item on the page, and one past the last, in the full list. */
  start: number;
  end: number;
}

/** The slice for `page` of a list of `total` items, or undefined when the page does not exist. */
export function pageSlice(total: number, page: number, pageSize: number): PageSlice | undefined {
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  if (!Number.isInteger(page) || page < 1 || page > pageCount) return undefined;
  const start = (page - 1) * pageSize;
  return { page, pageCount, start, end: Math.min(total, start + pageSize) };
}

/** A route's page parameter as a page number: only canonical digits ("2", never "02", "2.0" or "+2"). */
export function parsePageParam(value: string): number | undefined {
  return /^[1-9][0-9]*$/.test(value) ? Number(value) : undefined;
}

/** One entry of the numbered row: a page number, or a gap standing for the pages left out. */
export type PageLinkItem = { kind: 'page'; page: number; current: boolean } | { kind: 'gap'; key: string };

/**
 * The numbered row: the first and last pages, and `nearby` pages either side of the current
 * one, with a gap wherever pages are left out. A gap never hides a single page (it would take
 * as much room as the number itself), so the row is 1 2 3 4 5 … 250, never 1 … 3 4 5.
 */
export function pageLinks(current: number, pageCount: number, nearby = 2): PageLinkItem[] {
  const shown = new Set<number>([1, pageCount]);
  for (let page = current - nearby; page <= current + nearby; page++)
    if (page >= 1 && page <= pageCount) shown.add(page);
  const sorted = [...shown].sort((a, b) => a - b);
  const items: PageLinkItem[] = [];
  let previous = 0;
  for (const page of sorted) {
    if (page - previous === 2) items.push({ kind: 'page', page: previous + 1, current: previous + 1 === current });
    else if (page - previous > 2) items.push({ kind: 'gap', key: `gap-${previous}` });
    items.push({ kind: 'page', page, current: page === current });
    previous = page;
  }
  return items;
}

/** Route parameters for pages 2…last of a list (page 1 lives at the list's own URL). */
export const laterPages = (pageCount: number): { n: string }[] =>
  Array.from({ length: Math.max(0, pageCount - 1) }, (_, index) => ({ n: String(index + 2) }));
