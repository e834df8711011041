/**
 * How a live blog is cut into pages (docs/decisions/029). Pages are addressed by post, not by
 * number: /<section>/<slug> shows the newest posts, /<section>/<slug>/page/<post-id> shows the
 * posts from that one back in time. A new post changes only the first page, so a link to an
 * older page (or to a post on it) keeps showing the same posts however many are added.
 */
export interface Paged<P> {
  posts: P[];
  /** Id of the first post of the next (older) page, if there is one. */
  olderFrom?: string;
  /** Whether this is not the first page (the newest posts are on the live blog's own address). */
  isOlderPage: boolean;
}

export function livePage<P extends { id: string }>(
  newestFirst: readonly P[],
  pageSize: number,
  from?: string,
): Paged<P> | undefined {
  const start = from === undefined ? 0 : newestFirst.findIndex((post) => post.id === from);
  if (start < 0) return undefined;
  const posts = newestFirst.slice(start, start + pageSize);
  const older = newestFirst[start + pageSize];
  return { posts, ...(older ? { olderFrom: older.id } : {}), isOlderPage: from !== undefined };
}

/**
 * The older pages a reader can reach by links from the first page as it is now: the chain of
 * "Older posts" links (the first page leaves the pinned post out of its stream, older pages do
 * not), plus the page of each key event beyond the first page (the Key events list links to a
 * post elsewhere by the page that starts with it). What the build prerenders.
 */
export function linkedPageStarts<P extends { id: string; keyEvent: boolean }>(
  firstPageStream: readonly P[],
  all: readonly P[],
  pageSize: number,
): string[] {
  const starts = new Set<string>();
  let from = livePage(firstPageStream, pageSize)?.olderFrom;
  while (from !== undefined && !starts.has(from)) {
    starts.add(from);
    from = livePage(all, pageSize, from)?.olderFrom;
  }
  const first = new Set(firstPageStream.slice(0, pageSize).map((post) => post.id));
  for (const post of all) if (post.keyEvent && !first.has(post.id)) starts.add(post.id);
  return [...starts];
}
