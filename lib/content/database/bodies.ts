/**
 * Compiled bodies (content_bodies), by the key lib/build/compiled-bodies.ts gives each: a hash
 * of the body and of what its compiled code depends on, so a key's code never changes and a
 * body cached here is never stale, whatever the version.
 */
import { contentDatabase, contentDatabaseWhere, forgetOnReset } from './connection';

/** A page asks for its story twice (metadata, then the page); a few bodies are plenty. */
export const RECENT_BODIES = 8;

const recent = new Map<string, string>();
forgetOnReset(() => recent.clear());

/** The compiled MDX of the body stored under `key`; `owner` (its source file) names it in errors. */
export async function bodyCode(key: string, owner = key): Promise<string> {
  const cached = recent.get(key);
  if (cached !== undefined) {
    // Used again: to the back of the line, so the least recently used goes first.
    recent.delete(key);
    recent.set(key, cached);
    return cached;
  }
  const { db } = await contentDatabase();
  const row = await db.selectFrom('content_bodies').select('code').where('key', '=', key).executeTakeFirst();
  if (!row) {
    throw new Error(
      `${contentDatabaseWhere()}: content_bodies has no compiled body "${key}" for ${owner} — run npm run build`,
    );
  }
  recent.set(key, row.code);
  if (recent.size > RECENT_BODIES) recent.delete(recent.keys().next().value as string);
  return row.code;
}
