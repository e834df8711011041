/**
 * Grouping stories by calendar month and day, always in the site's time zone: a story filed at
 * 00:30 on 1 December in London belongs to December, whatever the server's clock says.
 */

const partsFormat = (timeZone: string) =>
  new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });

/** "2026-11-28": the story's calendar day in `timeZone`. */
export function dayKey(iso: string, timeZone: string): string {
  return partsFormat(timeZone).format(new Date(iso));
}

/** "2026-11": the story's calendar month in `timeZone`. */
export const monthKey = (iso: string, timeZone: string) => dayKey(iso, timeZone).slice(0, 7);

/** Lists keyed by calendar year in `timeZone`, newest year first, each keeping the input order. */
export function groupByPublicationYear<A extends { date: string }>(
  stories: readonly A[],
  timeZone: string,
): Map<number, A[]> {
  const format = partsFormat(timeZone);
  const years = new Map<number, A[]>();
  for (const story of stories) {
    const year = Number(format.format(new Date(story.date)).slice(0, 4));
    const list = years.get(year);
    if (list) list.push(story);
    else years.set(year, [story]);
  }
  return new Map([...years].sort(([a], [b]) => b - a));
}

/** Lists keyed by month, each keeping the input order (newest first when the input is). */
export function groupByMonth<A extends { date: string }>(stories: readonly A[], timeZone: string): Map<string, A[]> {
  const format = partsFormat(timeZone);
  const months = new Map<string, A[]>();
  for (const story of stories) {
    const key = format.format(new Date(story.date)).slice(0, 7);
    const list = months.get(key);
    if (list) list.push(story);
    else months.set(key, [story]);
  }
  return months;
}

export interface DayGroup<A> {
  /** "2026-11-28" in the site's time zone. */
  day: string;
  stories: A[];
}

/** Consecutive stories of the same day, in input order: a month page lists day by day. */
export function groupByDay<A extends { date: string }>(stories: readonly A[], timeZone: string): DayGroup<A>[] {
  const format = partsFormat(timeZone);
  const groups: DayGroup<A>[] = [];
  for (const story of stories) {
    const day = format.format(new Date(story.date));
    const last = groups.at(-1);
    if (last?.day === day) last.stories.push(story);
    else groups.push({ day, stories: [story] });
  }
  return groups;
}

export interface YearGroup<M> {
  year: number;
  months: M[];
}

/** Months (newest first) under their year, for the archive index. */
export function groupByYear<M extends { year: number }>(months: readonly M[]): YearGroup<M>[] {
  const years: YearGroup<M>[] = [];
  for (const month of months) {
    const last = years.at(-1);
    if (last?.year === month.year) last.months.push(month);
    else years.push({ year: month.year, months: [month] });
  }
  return years;
}
