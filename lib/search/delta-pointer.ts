/**
 * What a publish's search delta says, computed from the publish journal and the base bundles'
 * page ids: pure, so the rules are tested without Pagefind (./search-delta.ts writes it).
 */
import type { SearchDocument } from '../content/types';
import type { DeltaPointer } from './search-bundles';

export interface SearchDeltaChanges {
  /** Every story added or changed since the last full build (the whole journal, not just this publish). */
  upsert: SearchDocument[];
  /** Every URL unpublished or deleted since the last full build. */
  remove: string[];
}

/** URL → Pagefind page id of that story in the base bundle of its year (written by `npm run build:search`). */
export type BasePageIds = Record<string, string>;

/**
 * The stories the delta indexes: one per URL, the journal's last entry winning (a story changed
 * twice is listed twice), and none that is also removed: a URL in both counts as removed, so a
 * confused journal can hide a story but never show an unpublished one.
 */
export function storiesToIndex({ upsert, remove }: SearchDeltaChanges): SearchDocument[] {
  const removed = new Set(remove);
  const latest = new Map<string, SearchDocument>();
  for (const doc of upsert) {
    latest.delete(doc.url); // keeps the journal's order, with each story at its last place
    if (!removed.has(doc.url)) latest.set(doc.url, doc);
  }
  return [...latest.values()];
}

export function deltaPointer(
  changes: SearchDeltaChanges,
  base: { ids: BasePageIds; deltaIds: ReadonlySet<string> },
  bundle: { url: string | null; stories: number; written: Date },
): DeltaPointer {
  const tombstones = [...new Set([...changes.remove, ...changes.upsert.map((doc) => doc.url)])].sort();
  // A story that did not change at all gets the same id in the delta as in its base bundle
  // (Pagefind's ids hash the page): hiding that id would hide the delta's copy as well.
  const hiddenIds = tombstones.flatMap((url) => {
    const id = Object.hasOwn(base.ids, url) ? base.ids[url] : undefined;
    return id && !base.deltaIds.has(id) ? [id] : [];
  });
  return {
    url: bundle.url,
    stories: bundle.stories,
    tombstones,
    hiddenIds: [...new Set(hiddenIds)].sort(),
    written: bundle.written.toISOString(),
  };
}
