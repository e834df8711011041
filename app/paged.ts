import { notFound, permanentRedirect } from 'next/navigation';

import { laterPages, parsePageParam } from '@/lib/pagination';

/**
 * The page number of a /…/page/<n> route. Page 1 lives only at the list's own URL, so
 * /…/page/1 redirects there (permanently); anything that is not a page number is a 404.
 */
export function pageNumber(param: string, firstPageUrl: string): number {
  const page = parsePageParam(param);
  if (page === undefined) notFound();
  if (page === 1) permanentRedirect(firstPageUrl);
  return page;
}

/** Params for /…/page/<n>: "1" (prerendered as the redirect) and pages 2…last. */
export const pageParams = (pageCount: number) => [{ n: '1' }, ...laterPages(pageCount)];
