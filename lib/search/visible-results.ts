/**
 * Which search results a reader sees once a publish delta exists: the base bundles still hold
 * the old copies of changed and removed stories, and Pagefind's merged search returns them
 * beside the delta's copies. Pure, and browser-side only in what it is given.
 *
 * A result carries only its page id until its data (a fragment file) is loaded, and loading
 * every result's data would cost one request each. So only the few results that may have to
 * go are read: those whose id the delta names as a base copy of a tombstoned story, and ids that
 * appear twice (a story republished unchanged has the same id in both bundles).
 */
export interface Tombstones {
  /** Page ids of the base copies of tombstoned stories (DeltaPointer.hiddenIds). */
  hiddenIds: ReadonlySet<string>;
  /** URLs whose base copies are out of date (DeltaPointer.tombstones). */
  tombstones: ReadonlySet<string>;
}

export const NO_TOMBSTONES: Tombstones = { hiddenIds: new Set(), tombstones: new Set() };

/** The results whose URL must be known before the list can be shown. */
export function resultsToCheck<R extends { id: string }>(results: readonly R[], { hiddenIds }: Tombstones): R[] {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const { id } of results) (seen.has(id) ? repeated : seen).add(id);
  return results.filter(({ id }) => hiddenIds.has(id) || repeated.has(id));
}

/**
 * The results to show, in the given (score) order: without base copies of tombstoned stories
 * and with one result per URL. `urls` holds the URL of every result resultsToCheck named; the
 * others are shown as they are. An id of a hidden copy can also belong to another story in
 * another year's bundle (ids are unique per bundle only), so a result goes only when its URL
 * is tombstoned too.
 */
export function visibleResults<R extends { id: string }>(
  results: readonly R[],
  { hiddenIds, tombstones }: Tombstones,
  urls: ReadonlyMap<R, string>,
): R[] {
  const shown = new Set<string>();
  return results.filter((result) => {
    const url = urls.get(result);
    if (url === undefined) return true;
    if (hiddenIds.has(result.id) && tombstones.has(url)) return false;
    if (shown.has(url)) return false;
    shown.add(url);
    return true;
  });
}
