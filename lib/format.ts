/**
 * Presentation helpers shared by routes and components. Dates are formatted on the server in
 * the site's time zone, so every reader and every build prints the same date line.
 */
import { site } from './site';

const dayFormat = new Intl.DateTimeFormat(site.dateLocale, {
  timeZone: site.timeZone,
  year: 'numeric',
  month: 'long',
  day: 'numeric',
});

const timeFormat = new Intl.DateTimeFormat(site.dateLocale, {
  timeZone: site.timeZone,
  year: 'numeric',
  month: 'long',
  day: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
  timeZoneName: 'short',
});

/** "December 3, 2021" */
export const formatDate = (iso: string) => dayFormat.format(new Date(iso));

/** "December 3, 2021 at 9:05 AM GMT" */
export const formatDateTime = (iso: string) => timeFormat.format(new Date(iso));

/** "1 min read" */
export const formatReadingTime = (minutes: number) => `${minutes} min read`;

/** An update counts only when it comes a meaningful time after publication (see site config). */
export function isMeaningfulUpdate(date: string, updated: string | undefined): updated is string {
  if (!updated) return false;
  return Date.parse(updated) - Date.parse(date) >= site.meaningfulUpdateMinutes * 60_000;
}

/**
 * The standfirst with its source attribution: "The president asked…, reports Meridian Press."
 * The dek's own closing full stop moves after the credit.
 */
export function attributedDek(dek: string, source: string | undefined): string {
  if (!source) return dek;
  const trimmed = dek.trim();
  const stop = /[.!?…]$/.exec(trimmed)?.[0];
  const body = stop === '.' ? trimmed.slice(0, -1) : trimmed;
  return stop && stop !== '.' ? `${trimmed} ${source} reports.` : `${body}, reports ${source}.`;
}

/** Opening words of a story: "SEOUL (Meridian Press) —", "KESWICK —", or nothing. */
export function datelineText(place: string | undefined, source: string | undefined): string | undefined {
  if (!place && !source) return undefined;
  return [place, source && `(${source})`].filter(Boolean).join(' ') + ' —';
}

const postTimeFormat = new Intl.DateTimeFormat(site.dateLocale, {
  timeZone: site.timeZone,
  month: 'short',
  day: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
  timeZoneName: 'short',
});

/** A live post's time: "Nov 28, 11:42 AM GMT" (a live blog can run past midnight). */
export const formatPostTime = (iso: string) => postTimeFormat.format(new Date(iso));
