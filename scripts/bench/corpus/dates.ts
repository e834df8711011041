/**
 * Publication times for the synthetic archive, written the way editors write them: local UK
 * time with its offset (+00:00 in winter, +01:00 in British Summer Time).
 */

/** Last Sunday of a month, 01:00 UTC: when UK clocks change. */
function lastSundayOneAm(year: number, month: number): number {
  const lastDay = new Date(Date.UTC(year, month + 1, 0));
  return Date.UTC(year, month, lastDay.getUTCDate() - lastDay.getUTCDay(), 1);
}

export function ukOffsetHours(instant: number): 0 | 1 {
  const year = new Date(instant).getUTCFullYear();
  return instant >= lastSundayOneAm(year, 2) && instant < lastSundayOneAm(year, 9) ? 1 : 0;
}

/** "2026-11-27T18:05:00+00:00" for the given instant. */
export function ukIso(instant: number): string {
  const offset = ukOffsetHours(instant);
  const local = new Date(instant + offset * 3_600_000).toISOString().slice(0, 19);
  return `${local}+0${offset}:00`;
}
