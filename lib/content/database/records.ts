/** A content_stories row's `record` back as the StoredArticle the build wrote. */
import type { StoredArticle } from '../store';
import { contentDatabaseWhere } from './connection';

export function storyRecord(row: { record: string; source_path?: string }): StoredArticle {
  try {
    return JSON.parse(row.record) as StoredArticle;
  } catch (error) {
    const which = row.source_path ? ` (${row.source_path})` : '';
    throw new Error(
      `${contentDatabaseWhere()}: content_stories${which}: record is not JSON (${(error as Error).message}) — run npm run build`,
    );
  }
}

/** Byte-wise, as the database orders slugs ("a-b" before "ab"); slugs are ASCII. */
export const bytewise = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Newest first on the columns every list sorts on: `date_ms desc, slug asc`. */
export const newestRowFirst = (a: { date_ms: number; slug: string }, b: { date_ms: number; slug: string }): number =>
  b.date_ms - a.date_ms || bytewise(a.slug, b.slug);
