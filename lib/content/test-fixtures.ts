import { routes } from '../routes';
import type { IndexableArticle } from './types';

/** A minimal article for index and ranking tests; only what the test cares about needs saying. */
export function story(slug: string, overrides: Partial<IndexableArticle> = {}): IndexableArticle {
  const section = overrides.section ?? 'world';
  return {
    slug,
    url: routes.article(section, slug),
    title: `Title of ${slug}`,
    dek: `Dek of ${slug}.`,
    excerpt: `Excerpt of ${slug}.`,
    date: '2026-10-01T09:00:00.000Z',
    section,
    tags: [],
    ...overrides,
  };
}

/** 09:00 UTC on the given day of October 2026. */
export const day = (n: number) => `2026-10-${String(n).padStart(2, '0')}T09:00:00.000Z`;
