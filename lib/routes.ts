/**
 * Every URL shape of the site, in one place, so routes, lists, feeds and sitemaps agree.
 * Page 1 of any paginated list lives at the list's own URL; page n ≥ 2 at <list>/page/<n>.
 */
import slugify from '@sindresorhus/slugify';

import { site } from './site';

/** The stable, ASCII-safe URL slug of a tag: "São Paulo" → "sao-paulo". Empty when the tag has no Latin letters or digits. */
export function tagSlug(tag: string): string {
  // Indexes slugify every tag of every story whenever the store is read (a third of a
  // second per 100,000 stories uncached); a newsroom's tags are a few thousand spellings.
  let slug = slugs.get(tag);
  if (slug === undefined) {
    if (slugs.size > 50_000) slugs.clear();
    slug = slugify(tag);
    slugs.set(tag, slug);
  }
  return slug;
}
const slugs = new Map<string, string>();

const paged = (base: string, page: number) => (page <= 1 ? base : `${base}/page/${page}`);

export const routes = {
  home: () => '/',
  section: (section: string, page = 1) => paged(`/${section}`, page),
  article: (section: string, slug: string) => `/${section}/${slug}`,
  /** An older page of a live blog, starting with one of its posts (docs/decisions/029). */
  livePage: (section: string, slug: string, post: string) => `/${section}/${slug}/page/${post}`,
  /** One post of a live blog, on the page that shows it (the blog's own address or an older page). */
  livePost: (pagePath: string, post: string) => `${pagePath}#${livePostAnchor(post)}`,
  /** The newest posts of a live blog, as JSON, for the page's auto-update. */
  livePosts: (section: string, slug: string) => `/${section}/${slug}/posts.json`,
  tagIndex: () => '/tag',
  /** Takes the tag's display form or its slug (a slug slugifies to itself). */
  tag: (tag: string, page = 1) => paged(`/tag/${tagSlug(tag)}`, page),
  author: (slug: string, page = 1) => paged(`/author/${slug}`, page),
  archive: () => '/archive',
  archiveMonth: (year: number, month: number) => `/archive/${year}/${String(month).padStart(2, '0')}`,
  search: (query?: string) => (query ? `/search?q=${encodeURIComponent(query)}` : '/search'),
  page: (slug: string) => `/${slug}`,
  corrections: () => '/corrections',
  /** A page's social card, drawn by the card.png route beside it: "/" → "/card.png", "/world" → "/world/card.png". */
  card: (pagePath: string) => `${pagePath.replace(/\/$/, '')}/card.png`,
  sitemapIndex: () => '/sitemap.xml',
  newsSitemap: () => '/news-sitemap.xml',
  /** One part of the sitemap (lib/seo/sitemap-entries.ts decides how many). */
  sitemapPart: (part: number) => `/sitemaps/${part}.xml`,
  /** Site feeds at /feed.xml, /atom.xml, /feed.json; a section's under /<section>/. */
  feed: (format: FeedFormat, section?: string) => `${section ? `/${section}` : ''}/${feedFiles[format]}`,
} as const;

/** The id of a live post's element: its file name, so a link to it never changes (docs/decisions/029). */
export const livePostAnchor = (post: string) => `post-${post}`;

export type FeedFormat = 'rss' | 'atom' | 'json';
const feedFiles: Record<FeedFormat, string> = { rss: 'feed.xml', atom: 'atom.xml', json: 'feed.json' };

/** Absolute URL on the deployed site (SITE_URL), for canonicals, feeds, sitemaps and cards. */
export const absoluteUrl = (path: string) => `${site.url}${path.startsWith('/') ? path : `/${path}`}`;

/** How many pages a list of `total` items fills at `pageSize` per page; an empty list still has page 1. */
export const pageCount = (total: number, pageSize: number) => Math.max(1, Math.ceil(total / pageSize));
