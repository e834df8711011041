/**
 * URL segments the site's own routes own. A section or page slug equal to one of these would
 * shadow a route (or be shadowed by it), so the validator refuses them.
 */
export const RESERVED_TOP_LEVEL_SLUGS = [
  'tag',
  'tags',
  'author',
  'authors',
  'search',
  'archive',
  'page',
  'api',
  'keystatic',
  'feed',
  'feeds',
  'rss',
  'atom',
  'sitemap',
  'sitemaps',
  'robots',
  'images',
  'js',
  'fonts',
  'og',
  'static',
  'corrections',
  'index',
  'favicon.ico',
  '_next',
  '404',
  '500',
] as const;

/** Slugs an article cannot take because /<section>/<slug> would collide with a section route. */
export const RESERVED_ARTICLE_SLUGS = ['page', 'feed', 'rss', 'atom'] as const;

/** Slugs are lowercase ASCII words joined by single hyphens: stable, readable, safe in any URL. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
