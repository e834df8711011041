/** Site-wide settings: one place for what differs between deployments or newsrooms. */
import { readEnv } from './env';
export const site = {
  name: 'Dateline',
  tagline: 'Independent news, carefully told.',
  description: 'Dateline reports the news of the region, the nation and the world.',
  /** Absolute origin of the deployed site; used for canonical URLs. */
  url: readEnv('SITE_URL').replace(/\/$/, ''),
  language: 'en-GB',
  /** Dates are always formatted in this zone, on the server, whatever the reader's clock. */
  timeZone: 'Europe/London',
  /** Locale for date formatting ("December 3, 2021", as on the model page). */
  dateLocale: 'en-US',
  /** How many stories the article page's lists show. */
  lists: { latestInSection: 4, editorsPicks: 4, related: 4 },
  /** Stories per page on section, tag and author fronts. */
  pageSize: 20,
  /** Posts per page of a live blog; older pages are addressed by their first post (docs/decisions/029). */
  liveBlogPageSize: 10,
  /** How many of a live blog's newest posts its JSON-LD lists as liveBlogUpdate. */
  liveBlogUpdatesInJsonLd: 10,
  /** How often an open live blog asks for new posts, in seconds (while its tab is visible). */
  liveBlogPollSeconds: 20,
  /** An "Updated" line appears only when the update is at least this long after publication. */
  meaningfulUpdateMinutes: 30,
  /** How many stories each part of the home front shows. */
  front: { topStories: 4, perSection: 3, latest: 8, picks: 4 },
  /**
   * The home front shows a breaking-news banner for a story marked `breaking` published at most
   * this many hours before the build (lib/now.ts; docs/decisions/006).
   */
  breakingWindowHours: 48,
  /**
   * How many of the newest stories get a drawn social card (og:image); older ones are shared
   * with their hero picture, or their section's card. A card takes 40–65 ms to draw, so drawing
   * the whole archive on every build would cost minutes at 10,000 stories (docs/decisions/021).
   */
  socialCardsAtBuild: 500,
  /**
   * How many of the newest stories `npm run build` prerenders. Older stories, and list pages
   * past the first, render on their first request on `npm start` and are then cached like
   * prerendered pages (docs/decisions/023). A thousand is about ten days of a busy regional
   * newsroom, the stories most readers open, for about 15 s of a build; the rest of a
   * 100,000-story archive costs one render each, once. DATELINE_PRERENDER_STORIES overrides it
   * (the tests use a small window so that both kinds of page are exercised). The static export
   * has no server, so it prerenders every story whatever this says.
   */
  prerenderStories: prerenderStories(),
  /**
   * Blocks every page shares (Latest from <Section>, Don't Miss, Related, the breaking banner)
   * on pages a publish did not revalidate are at most this old: each page is rendered again on
   * the first request after this many seconds (time-based revalidation). Route files export it
   * as `revalidate`, which Next needs as a literal number; a unit test keeps them equal.
   */
  sharedBlocksMaxAgeSeconds: 300,
} as const;

function prerenderStories(): number {
  return readEnv('DATELINE_PRERENDER_STORIES');
}
