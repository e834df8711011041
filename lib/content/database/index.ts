/**
 * The content store in the database, as request code reads it (issue 24): each question a route
 * asks is an indexed query, or a bounded few, reading only the rows the page shows; what is
 * held in memory is small (authors, sections, pages, the social-card set, a few bodies) and
 * keyed by the store's version. lib/content's public API calls these; routes never do.
 *
 * Every story query takes a Scope: 'published' for readers, 'everything' under `next dev`
 * (requestScope() picks it when the argument is left out).
 */
export { bodyCode, RECENT_BODIES } from './bodies';
export { cardedSlugs } from './cards';
export { contentDatabase, resetContentDatabase, useContentDatabase } from './connection';
export { type StoreDocuments, storeDocuments } from './documents';
export { homeFront } from './front';
export {
  type FlagList,
  type KeyedKind,
  type ListBatch,
  listBatch,
  listCount,
  type ListCursor,
  listEntry,
  type ListKey,
  listKeys,
  listPage,
  type PageRange,
  type StoryList,
} from './lists';
export { adjacentInSection, adjacentRows, breakingStory, storiesBetween } from './neighbours';
export { type RelatedOptions, relatedStories } from './related';
export { requestScope, type Scope } from './scope';
export { storiesBySlugs, storyBySlug, storyIn } from './stories';
export { refreshStoreVersion, storeVersion, VERSION_TTL_MS } from './version';
