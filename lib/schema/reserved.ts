import { SITE_NAME_SLUGS } from '../route-manifest';

/**
 * URL segments the site's own routes own. A section or page slug equal to one of these would
 * shadow a route (or be shadowed by it), so the validator refuses them.
 */
export const RESERVED_TOP_LEVEL_SLUGS: readonly string[] = [
  // Every top-level name the route manifest declares (lib/route-manifest.ts): the routes that exist.
  ...SITE_NAME_SLUGS,
  // Names kept for routes a newsroom expects, or that readers and crawlers guess.
  'tags',
  'authors',
  'page',
  'keystatic',
  'feed',
  'feeds',
  'rss',
  'atom',
  'sitemap',
  'robots',
  'fonts',
  'og',
  'static',
  'index',
  '404',
  '500',
];

/** Slugs an article cannot take because /<section>/<slug> would collide with a section route. */
export const RESERVED_ARTICLE_SLUGS = ['page', 'feed', 'rss', 'atom'] as const;

/** Slugs are lowercase ASCII words joined by single hyphens: stable, readable, safe in any URL. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
