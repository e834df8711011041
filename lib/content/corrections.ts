/**
 * The site-wide corrections log: every correction of every story it is given, newest
 * correction first (ties: the newer story first, then by slug, so builds are repeatable).
 */
import type { IndexableArticle } from './types';

interface Corrected extends IndexableArticle {
  corrections?: readonly { date: string; text: string }[];
}

export interface LoggedCorrection {
  date: string;
  text: string;
  story: Pick<IndexableArticle, 'slug' | 'url' | 'title' | 'date' | 'section'>;
}

export function correctionsLog(articles: readonly Corrected[]): LoggedCorrection[] {
  return articles
    .flatMap(({ slug, url, title, date, section, corrections = [] }) =>
      corrections.map((correction) => ({
        date: correction.date,
        text: correction.text,
        story: { slug, url, title, date, section },
      })),
    )
    .sort(
      (a, b) =>
        Date.parse(b.date) - Date.parse(a.date) ||
        Date.parse(b.story.date) - Date.parse(a.story.date) ||
        a.story.slug.localeCompare(b.story.slug),
    );
}
