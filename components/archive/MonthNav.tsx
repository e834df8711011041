import Link from '@/components/link/Link.client';
import type { ArchiveMonth } from '@/lib/content/types';
import { formatMonth } from '@/lib/format-month';

/** Links to the neighbouring months that have stories: older on the left, newer on the right. */
export function MonthNav({ older, newer }: { older?: ArchiveMonth; newer?: ArchiveMonth }) {
  if (!older && !newer) return null;
  const link = 'inline-flex min-h-11 items-center rounded border border-rule px-3 text-ink no-underline hover:bg-wash';
  return (
    <nav aria-label="Other months" className="mt-10 flex flex-wrap justify-between gap-2 font-sans text-sm">
      {older ? (
        <Link href={older.url} className={link}>
          <span aria-hidden="true">←&nbsp;</span>
          {formatMonth(older.year, older.month)}
        </Link>
      ) : (
        <span />
      )}
      {newer && (
        <Link href={newer.url} className={link}>
          {formatMonth(newer.year, newer.month)}
          <span aria-hidden="true">&nbsp;→</span>
        </Link>
      )}
    </nav>
  );
}
