// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';

import { Pagination } from './Pagination';

const href = (page: number) => (page === 1 ? '/world' : `/world/page/${page}`);

function show(page: number, pageCount: number) {
  render(<Pagination page={page} pageCount={pageCount} href={href} label="World" />);
  return screen.getByRole('navigation', { name: 'Pages of World' });
}

/** A link a reader can follow, by its visible name ("Previous", "Next", "First", "Last"). */
const link = (nav: HTMLElement, name: string) =>
  within(nav).queryByRole('link', { name: new RegExp(`^\\W*${name}\\W*$`) });

afterEach(cleanup);

describe('pagination of a front', () => {
  it('in the middle: Previous and Next lead to the pages either side, First and Last to the ends', () => {
    const nav = show(5, 12);
    expect(within(nav).getByText('Page 5 of 12')).toBeTruthy();
    expect(link(nav, 'Previous')?.getAttribute('href')).toBe('/world/page/4');
    expect(link(nav, 'Next')?.getAttribute('href')).toBe('/world/page/6');
    expect(link(nav, 'First')?.getAttribute('href')).toBe('/world');
    expect(link(nav, 'Last')?.getAttribute('href')).toBe('/world/page/12');
  });

  it('marks the page the reader is on, and only that one, as current', () => {
    const nav = show(5, 12);
    const current = within(nav)
      .getAllByRole('link')
      .filter((element) => element.getAttribute('aria-current') === 'page');
    expect(current.map((element) => element.getAttribute('aria-label'))).toEqual(['Page 5']);
    expect(current[0]?.getAttribute('href')).toBe('/world/page/5');
  });

  it('numbers nearby pages and stands a gap for the ones left out', () => {
    const nav = show(6, 12);
    const numbered = within(nav)
      .getAllByRole('link', { name: /^Page \d+$/ })
      .map((element) => element.textContent);
    expect(numbered).toEqual(['1', '4', '5', '6', '7', '8', '12']);
    expect(within(nav).getAllByText('…')).toHaveLength(2);
  });

  it('on the first page, Previous and First are shown but are not links, so there is no dead link', () => {
    const nav = show(1, 3);
    expect(link(nav, 'Previous')).toBeNull();
    expect(link(nav, 'First')).toBeNull();
    expect(within(nav).getByText('Previous').closest('[aria-disabled="true"]')).toBeTruthy();
    expect(link(nav, 'Next')?.getAttribute('href')).toBe('/world/page/2');
  });

  it('on the last page, Next and Last are not links', () => {
    const nav = show(3, 3);
    expect(link(nav, 'Next')).toBeNull();
    expect(link(nav, 'Last')).toBeNull();
    expect(within(nav).getByText('Next').closest('[aria-disabled="true"]')).toBeTruthy();
    expect(link(nav, 'Previous')?.getAttribute('href')).toBe('/world/page/2');
  });

  it('every link it prints leads to a page of the list', () => {
    for (const [page, pageCount] of [
      [1, 2],
      [2, 2],
      [1, 30],
      [30, 30],
      [15, 30],
    ] as const) {
      const nav = show(page, pageCount);
      for (const element of within(nav).getAllByRole('link')) {
        const target =
          element.getAttribute('href') === '/world'
            ? 1
            : Number(/\/page\/(\d+)$/.exec(element.getAttribute('href') ?? '')?.[1]);
        expect(target).toBeGreaterThanOrEqual(1);
        expect(target).toBeLessThanOrEqual(pageCount);
      }
      cleanup();
    }
  });

  it('prints nothing for a list of one page', () => {
    const { container } = render(<Pagination page={1} pageCount={1} href={href} label="World" />);
    expect(container.innerHTML).toBe('');
    expect(screen.queryByRole('navigation')).toBeNull();
  });
});
