/**
 * WordPress keeps each time twice: post_date in the site's own time zone and post_date_gmt in
 * UTC, both without an offset. The difference between them is the site's offset at that moment
 * (summer time included), so the date is written as the local time with that offset: the same
 * instant, printed as the newsroom saw it.
 */
const WP_TIME = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})$/;

const asUtc = (text: string): number | undefined => {
  const match = WP_TIME.exec(text.trim());
  if (!match || match[1] === '0000') return undefined;
  const [, y, mo, d, h, mi, s] = match.map(Number);
  return Date.UTC(y ?? 0, (mo ?? 1) - 1, d ?? 1, h ?? 0, mi ?? 0, s ?? 0);
};

const pad = (value: number) => String(value).padStart(2, '0');

/** ISO 8601 with the offset between `local` and `gmt`; UTC when WordPress gave no GMT time (drafts). */
export function isoWithOffset(local: string, gmt: string): string | undefined {
  const localMs = asUtc(local);
  const gmtMs = asUtc(gmt);
  if (localMs === undefined && gmtMs === undefined) return undefined;
  if (localMs === undefined) return new Date(gmtMs ?? 0).toISOString().replace(/\.000Z$/, '+00:00');
  // Offsets are whole minutes; a draft without a GMT time is taken as UTC (the report says so).
  const minutes = gmtMs === undefined ? 0 : Math.round((localMs - gmtMs) / 60_000);
  const sign = minutes < 0 ? '-' : '+';
  const offset = `${sign}${pad(Math.floor(Math.abs(minutes) / 60))}:${pad(Math.abs(minutes) % 60)}`;
  return `${local.trim().replace(' ', 'T')}${offset}`;
}

/** Whether WordPress wrote a GMT time (drafts carry 0000-00-00 00:00:00). */
export const hasGmt = (gmt: string) => asUtc(gmt) !== undefined;
