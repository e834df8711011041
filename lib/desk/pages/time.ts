/**
 * Times and counts as the desk shows them: in the newsroom's time zone, worded as the site words
 * them (lib/format.ts: "December 7, 2026 at 9:05 AM GMT"), with the exact instant kept in the
 * <time> element for anyone who needs it.
 */
import { formatDateTime } from '../../format';
import { type Html, html } from './html';

/** A time for a person to read; a value that is not a date is shown as it is. */
export function when(value: string | undefined): Html {
  if (!value) return html``;
  const instant = Date.parse(value);
  if (Number.isNaN(instant)) return html`${value}`;
  return html`<time datetime="${new Date(instant).toISOString()}">${formatDateTime(value)}</time>`;
}

/** "1 problem", "2 problems". */
export const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
