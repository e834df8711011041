import Link from '@/components/link/Link.client';
import type { AuthorRef } from '@/lib/content/types';
import { attributedDek, formatDate, formatDateTime, formatReadingTime, isMeaningfulUpdate } from '@/lib/format';

interface Props {
  title: string;
  dek: string;
  source?: string;
  kicker?: string;
  sectionTitle: string;
  date: string;
  updated?: string;
  readingTime: number;
  authors: AuthorRef[];
  byline?: string;
  breaking: boolean;
}

function Byline({ authors, byline }: Pick<Props, 'authors' | 'byline'>) {
  if (authors.length === 0) return byline ? <p className="font-sans text-sm font-semibold">By {byline}</p> : null;
  return (
    <ul className="flex flex-wrap gap-x-6 gap-y-1 font-sans text-sm" aria-label="Authors">
      {authors.map((author) => (
        <li key={author.slug}>
          By{' '}
          <Link href={author.url} className="font-semibold text-ink">
            {author.name}
          </Link>
          <span className="text-muted">, {author.role}</span>
        </li>
      ))}
    </ul>
  );
}

/** Date line and reading time, kicker, headline, standfirst with its source, byline. */
export function ArticleHeader(props: Props) {
  const { title, dek, source, kicker, sectionTitle, date, updated, readingTime, breaking } = props;
  // A kicker that only repeats the "Breaking" badge would be read out twice.
  const label = breaking && kicker?.trim().toLowerCase() === 'breaking' ? undefined : (kicker ?? sectionTitle);
  return (
    <header className="space-y-4">
      <p className="flex flex-wrap items-center gap-x-3 font-sans text-sm text-muted">
        <time dateTime={date} title={formatDateTime(date)}>
          {formatDate(date)}
        </time>
        <span aria-hidden="true">·</span>
        <span>{formatReadingTime(readingTime)}</span>
      </p>
      <p className="font-sans text-sm font-bold tracking-wide text-accent uppercase">
        {breaking && <span className="mr-2 rounded bg-accent px-1.5 py-0.5 text-paper">Breaking</span>}
        {label}
      </p>
      <h1 className="font-serif text-3xl leading-tight font-bold text-balance sm:text-4xl lg:text-5xl">{title}</h1>
      <p className="font-serif text-xl leading-snug text-muted" data-testid="standfirst">
        {attributedDek(dek, source)}
      </p>
      <Byline authors={props.authors} byline={props.byline} />
      {isMeaningfulUpdate(date, updated) && (
        <p className="font-sans text-sm text-muted">
          Updated <time dateTime={updated}>{formatDateTime(updated)}</time>
        </p>
      )}
    </header>
  );
}
