/**
 * The stories whose social card the build draws (decision 021): the newest
 * site.socialCardsAtBuild, read once per version of the store.
 */
import { site } from '../../site';
import { contentDatabase, forgetOnReset } from './connection';
import { requestScope, type Scope } from './scope';
import { storeVersion } from './version';

const cached = new Map<Scope, { version: string; slugs: Promise<Set<string>> }>();
forgetOnReset(() => cached.clear());

async function readCarded(scope: Scope, limit: number): Promise<Set<string>> {
  const { db } = await contentDatabase();
  const rows = await db
    .selectFrom('content_stories')
    .select('slug')
    .$if(scope === 'published', (query) => query.where('listed', '=', 1))
    .orderBy('date_ms', 'desc')
    .orderBy('slug', 'asc')
    .limit(limit)
    .execute();
  return new Set(rows.map((row) => row.slug));
}

/** Slugs of the stories with a card drawn at build time. */
export async function cardedSlugs(scope: Scope = requestScope()): Promise<Set<string>> {
  const version = await storeVersion();
  let entry = cached.get(scope);
  if (entry?.version !== version) {
    const slugs = readCarded(scope, site.socialCardsAtBuild);
    entry = { version, slugs };
    cached.set(scope, entry);
    slugs.catch(() => {
      if (cached.get(scope) === entry) cached.delete(scope);
    });
  }
  return entry.slugs;
}
