/**
 * Whether readers may see a story. One predicate for the whole site: a draft, or a story dated
 * after "now" (the build time, lib/now.ts), is unpublished. buildIndex applies it once, so every
 * page, list, feed and sitemap that reads the index inherits it; the production Contentlayer
 * build also leaves unpublished files out (contentlayer.config.ts), so their words never reach
 * the build output at all.
 */
import { buildNow } from '../now';

export interface Schedulable {
  date: string;
  draft?: boolean;
}

export type Visibility =
  | { state: 'published' }
  | { state: 'draft' }
  /** Dated after the build: published by the first build at or after `until`. */
  | { state: 'embargoed'; until: string };

export function visibilityOf(article: Schedulable, now: Date = buildNow()): Visibility {
  if (article.draft === true) return { state: 'draft' };
  if (Date.parse(article.date) > now.getTime()) return { state: 'embargoed', until: article.date };
  return { state: 'published' };
}

export const isPublished = (article: Schedulable, now: Date = buildNow()): boolean =>
  visibilityOf(article, now).state === 'published';

/**
 * Development preview (`npm run dev`) shows unpublished stories, clearly marked, so editors can
 * read them as readers will; a production build never does. NODE_ENV is written out, not read
 * with readEnv: Next.js inlines it at build time ('development' under `next dev`, whatever the
 * shell had; lib/env.js, `inlined`).
 */
export const showsUnpublished = (): boolean => process.env.NODE_ENV === 'development';
