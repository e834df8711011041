/** One story, or a few, by slug: point lookups on content_stories_slug. */
import type { StoredArticle } from '../store';
import { contentDatabase } from './connection';
import { storyRecord } from './records';
import { requestScope, type Scope } from './scope';

async function storiesWhere(column: 'slug' | 'source_path', values: readonly string[], scope: Scope) {
  if (values.length === 0) return [];
  const { db } = await contentDatabase();
  const rows = await db
    .selectFrom('content_stories')
    .select(['record', 'source_path', 'slug', 'section', 'listed'])
    .where(column, 'in', [...new Set(values)])
    .execute();
  // Filtered here, not in the query: given `listed = ?` too, SQLite's planner (without
  // statistics) walks every listed story in content_stories_newest rather than look up a few.
  return scope === 'published' ? rows.filter((row) => row.listed === 1) : rows;
}

/** The story with this slug (slugs are unique across the archive), or undefined. */
export async function storyBySlug(slug: string, scope: Scope = requestScope()): Promise<StoredArticle | undefined> {
  const [row] = await storiesWhere('slug', [slug], scope);
  return row && storyRecord(row);
}

/** The story at /<section>/<slug>: undefined when the slug is another section's. */
export async function storyIn(
  section: string,
  slug: string,
  scope: Scope = requestScope(),
): Promise<StoredArticle | undefined> {
  const [row] = await storiesWhere('slug', [slug], scope);
  return row?.section === section ? storyRecord(row) : undefined;
}

/** The stories with these slugs, in one query, by slug; a slug with none is left out. */
export async function storiesBySlugs(
  slugs: readonly string[],
  scope: Scope = requestScope(),
): Promise<Map<string, StoredArticle>> {
  const rows = await storiesWhere('slug', slugs, scope);
  return new Map(rows.map((row) => [row.slug, storyRecord(row)]));
}

/** The stories at these source paths, in the order given (ranked results read only their winners). */
export async function storiesByPaths(paths: readonly string[], scope: Scope): Promise<StoredArticle[]> {
  const rows = new Map((await storiesWhere('source_path', paths, scope)).map((row) => [row.source_path, row]));
  return paths.flatMap((path) => {
    const row = rows.get(path);
    return row ? [storyRecord(row)] : [];
  });
}
