import type { Correction } from '@/lib/content/types';
import { formatDate } from '@/lib/format';

/** Dated corrections, oldest first, as a newspaper prints them under the story. */
export function Corrections({ corrections }: { corrections: Correction[] }) {
  if (corrections.length === 0) return null;
  return (
    <section
      id="corrections"
      aria-labelledby="corrections-heading"
      className="mt-8 border-l-4 border-accent bg-wash px-4 py-3 font-sans text-sm"
    >
      <h2 id="corrections-heading" className="font-bold">
        {corrections.length === 1 ? 'Correction' : 'Corrections'}
      </h2>
      <ul className="mt-2 space-y-2">
        {corrections.map((correction) => (
          <li key={correction.date + correction.text}>
            <time dateTime={correction.date} className="font-semibold">
              {formatDate(correction.date)}:
            </time>{' '}
            {correction.text}
          </li>
        ))}
      </ul>
    </section>
  );
}
