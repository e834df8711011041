import type { ArticleSummary } from '@/lib/content/types';
import { formatDateTime } from '@/lib/format';

type Mark = NonNullable<ArticleSummary['unpublished']>;

const label = (mark: Mark) => (mark.state === 'draft' ? 'Draft' : `Embargoed until ${formatDateTime(mark.until)}`);

/** A small tag beside a headline in lists; only ever rendered in development preview. */
export function UnpublishedBadge({ mark }: { mark: Mark }) {
  return (
    <span
      data-testid="unpublished-badge"
      className="mr-2 rounded border-2 border-dashed border-accent px-1.5 py-0.5 font-sans text-xs font-bold tracking-wide text-accent uppercase"
    >
      {label(mark)}
    </span>
  );
}

/** The banner at the top of an unpublished story in preview: what it is and how it goes live. */
export function UnpublishedBanner({ mark }: { mark: Mark }) {
  const how =
    mark.state === 'draft'
      ? 'Remove draft: true (or set it to false) to publish it.'
      : 'The first build at or after that time publishes it.';
  return (
    <p
      role="note"
      data-testid="unpublished-banner"
      className="mb-4 rounded border-2 border-dashed border-accent bg-wash px-4 py-3 font-sans text-sm"
    >
      <strong className="tracking-wide text-accent uppercase">{label(mark)}</strong> — preview only: readers cannot see
      this story. {how}
    </p>
  );
}
