/**
 * Labels for archive headings. They format calendar keys that are already in the site's time
 * zone ("2026-11", "2026-11-27"), so they format at noon UTC of that day to stay on it.
 */
import { site } from './site';

const monthFormat = new Intl.DateTimeFormat(site.dateLocale, { timeZone: 'UTC', year: 'numeric', month: 'long' });
const dayFormat = new Intl.DateTimeFormat(site.dateLocale, {
  timeZone: 'UTC',
  weekday: 'long',
  month: 'long',
  day: 'numeric',
});

/** "November 2026" */
export const formatMonth = (year: number, month: number) => monthFormat.format(Date.UTC(year, month - 1, 15, 12));

/** "Friday, November 27" for "2026-11-27" */
export function formatDay(day: string): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return dayFormat.format(Date.UTC(year, month - 1, date, 12));
}
