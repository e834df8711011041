/**
 * "Now" for a statically built site is the moment the build runs: embargoes lift, the
 * breaking-news window and the news sitemap's two days are all measured from it, and a page
 * stays as it was built until the next build. DATELINE_NOW (an ISO 8601 instant with offset)
 * pins it, so tests and reproducible builds do not depend on the day they run.
 */
let pinned: Date | undefined;

export function buildNow(): Date {
  if (pinned) return pinned;
  const fromEnv = process.env.DATELINE_NOW;
  if (fromEnv) {
    const parsed = new Date(fromEnv);
    if (Number.isNaN(parsed.getTime())) {
      throw new Error(
        `DATELINE_NOW: "${fromEnv}" is not a date — use an ISO 8601 instant such as 2026-11-28T09:00:00Z`,
      );
    }
    pinned = parsed;
  } else {
    pinned = new Date();
  }
  return pinned;
}
