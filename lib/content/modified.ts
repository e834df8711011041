/**
 * When a story last changed for its readers. A correction is a change even when editors leave
 * `updated` alone, so feeds, sitemaps and dateModified move with it.
 */
interface Dated {
  date: string;
  updated?: string;
  corrections?: readonly { date: string }[];
}

export function modifiedOf({ date, updated, corrections }: Dated): string {
  const times = [date, updated, ...(corrections ?? []).map((correction) => correction.date)].flatMap((value) =>
    value ? [Date.parse(value)] : [],
  );
  return new Date(Math.max(...times)).toISOString();
}
