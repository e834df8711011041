import Link from '@/components/link/Link.client';
import type { YearGroup } from '@/lib/content/grouping';
import type { ArchiveMonth } from '@/lib/content/types';
import { formatMonth } from '@/lib/format-month';

/** Months with stories, newest first, under their year, each with its story count. */
export function ArchiveMonths({ years }: { years: YearGroup<ArchiveMonth>[] }) {
  return (
    <div className="mt-8 space-y-8">
      {years.map(({ year, months }) => (
        <section key={year} aria-labelledby={`year-${year}`}>
          <h2 id={`year-${year}`} className="border-b-2 border-ink pb-1 font-sans text-sm font-bold">
            {year}
          </h2>
          <ul className="mt-2 divide-y divide-rule font-sans">
            {months.map((month) => (
              <li key={month.url}>
                <Link
                  href={month.url}
                  className="flex min-h-11 items-center justify-between gap-4 py-2 text-ink no-underline hover:underline"
                >
                  <span className="font-semibold">{formatMonth(month.year, month.month)}</span>
                  <span className="text-sm text-muted">{month.count === 1 ? '1 story' : `${month.count} stories`}</span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
