import type { ReactNode } from 'react';

import Link from '@/components/link/Link.client';
import { pageLinks } from '@/lib/pagination';

interface Props {
  page: number;
  pageCount: number;
  /** URL of page n of this list (page 1 is the list's own URL). */
  href: (page: number) => string;
  /** What the pages are of, for screen readers: "World", "São Paulo". */
  label: string;
}

const box = 'inline-flex min-h-11 min-w-11 items-center justify-center rounded border px-3 no-underline';

/**
 * Numbered pagination: first, previous, nearby pages, next, last. Also emits rel=prev/next
 * <link>s, which React places in <head>.
 */
export function Pagination({ page, pageCount, href, label }: Props) {
  if (pageCount <= 1) return null;
  const previous = page > 1 ? page - 1 : undefined;
  const next = page < pageCount ? page + 1 : undefined;
  const step = (target: number | undefined, text: ReactNode, rel?: string) =>
    target === undefined ? (
      <span className={`${box} border-rule text-muted`} aria-disabled="true">
        {text}
      </span>
    ) : (
      <Link href={href(target)} rel={rel} className={`${box} border-rule text-ink hover:bg-wash`}>
        {text}
      </Link>
    );
  return (
    <nav aria-label={`Pages of ${label}`} className="mt-8 font-sans text-sm">
      {previous !== undefined && <link rel="prev" href={href(previous)} />}
      {next !== undefined && <link rel="next" href={href(next)} />}
      <p className="mb-3 text-muted">
        Page {page} of {pageCount}
      </p>
      <ul className="flex flex-wrap items-center gap-2">
        <li>
          {step(
            page > 1 ? 1 : undefined,
            <>
              <span aria-hidden="true">«&nbsp;</span>First
            </>,
          )}
        </li>
        <li>
          {step(
            previous,
            <>
              <span aria-hidden="true">‹&nbsp;</span>Previous
            </>,
            'prev',
          )}
        </li>
        {pageLinks(page, pageCount).map((item) =>
          item.kind === 'gap' ? (
            <li key={item.key} aria-hidden="true" className="px-1 text-muted">
              …
            </li>
          ) : (
            <li key={item.page}>
              <Link
                href={href(item.page)}
                aria-label={`Page ${item.page}`}
                aria-current={item.current ? 'page' : undefined}
                className={`${box} ${item.current ? 'border-ink bg-ink font-bold text-paper' : 'border-rule text-ink hover:bg-wash'}`}
              >
                {item.page}
              </Link>
            </li>
          ),
        )}
        <li>
          {step(
            next,
            <>
              Next<span aria-hidden="true">&nbsp;›</span>
            </>,
            'next',
          )}
        </li>
        <li>
          {step(
            page < pageCount ? pageCount : undefined,
            <>
              Last<span aria-hidden="true">&nbsp;»</span>
            </>,
          )}
        </li>
      </ul>
    </nav>
  );
}
