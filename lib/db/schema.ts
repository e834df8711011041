/**
 * The tables Dateline's own migrations create (lib/db/migrations/), as Kysely sees them. Tables a
 * library owns (Better Auth's user, session, account, verification, apikey) are not listed: the
 * library reads and writes them itself.
 */
import type { Generated } from 'kysely';

export interface MigrationNoteTable {
  /** A row the first migration writes, so a test can see the layer on either database. */
  id: Generated<number>;
  note: string;
}

// access
/** An API token of the desk (lib/desk/auth/tokens.ts): its hash, never the token itself. */
export interface DeskTokenTable {
  id: Generated<number>;
  /** Better Auth's user id. */
  user_id: string;
  /** SHA-256 of the token, hex. */
  token_hash: string;
  /** ISO 8601. */
  created_at: string;
  revoked_at: string | null;
}

// publishing
/** `pull`: fetch and merge the followed branch, then publish what it changed (lib/desk/follow/). */
export type DeskJobKind = 'publish' | 'unpublish' | 'schedule' | 'pull' | LiveJobKind;
// live posts
/** One live post's publish; its `story` is <year>/<slug>/<post id> (lib/desk/live/publish-post.ts). */
export type LiveJobKind = 'live-post';
export type DeskJobState = 'queued' | 'running' | 'done' | 'refused' | 'failed';

export interface DeskJobTable {
  id: Generated<number>;
  kind: DeskJobKind;
  /** <year>/<slug>; null for a scheduled lift of every due embargo. */
  story: string | null;
  /** The desk user's id, or "scheduler". */
  requested_by: string;
  state: DeskJobState;
  /** JSON of the job's outcome (`Outcome` in lib/desk/publishing/queue.ts) once it finished. */
  result: string | null;
  created_at: string;
  finished_at: string | null;
}

export interface DeskSyncTable {
  /** Path inside the content folder, posix separators. */
  path: string;
  /** Hash of the bytes both sides last agreed on; null when the file was absent on both. */
  hash: string | null;
  /** `size:mtimeMs` (or "absent") of each side when last compared, to skip unchanged files. */
  content_stat: string;
  workspace_stat: string;
  /** 1 when both sides changed since they last agreed: the desk keeps its version and says so. */
  conflict: number;
}

export interface DeskSaveTable {
  story: string;
  user_id: string;
  user_name: string;
  user_email: string;
  saved_at: string;
}

// push (lib/desk/follow/)
export type DeskPushState = 'running' | 'published' | 'conflict' | 'failed';

export interface DeskPushTable {
  id: Generated<number>;
  /** The desk_jobs row of the pull that brought it. */
  job_id: number;
  state: DeskPushState;
  /** The followed branch. */
  branch: string;
  /** The checked-out branch's commit before the pull (the desk's side of a conflict). */
  local_commit: string;
  /** The followed branch's commit that was pulled. */
  pushed_commit: string;
  /** The checked-out branch's commit after the merge. */
  merged_commit: string | null;
  /** JSON: `Name <email>` of each author of the pushed commits. */
  authors: string;
  /** JSON: `PushFile[]` (lib/desk/follow/results.ts). */
  files: string;
  message: string | null;
  started_at: string;
  finished_at: string | null;
}

// review
export type DeskReviewState = 'waiting' | 'sent back';

/** One "Submit for review" of a story (lib/desk/review/store.ts); the story's latest row is its review. */
export interface DeskReviewTable {
  id: Generated<number>;
  /** <year>/<slug>. */
  story: string;
  state: DeskReviewState;
  /** The desk user's id and name who submitted it, and when (ISO 8601). */
  submitted_by: string;
  submitted_name: string;
  submitted_at: string;
  submit_note: string | null;
  /** The editor who sent it back, when, and their note for the reporter. */
  reviewed_by: string | null;
  reviewed_name: string | null;
  reviewed_at: string | null;
  review_note: string | null;
  /** The highest desk_jobs id at submission: a publish job above it, once done, ends the review. */
  after_job: Generated<number>;
}

// preview links
/** A signed link to a story's unpublished version (lib/desk/preview/store.ts). */
export interface DeskPreviewLinkTable {
  /** Random, 32 hex characters (lib/desk/preview/signature.ts); also in the link's address. */
  id: string;
  /** <year>/<slug>. */
  story: string;
  /** The desk user's id and name who made it, and when (ISO 8601). */
  created_by: string;
  created_name: string;
  created_at: string;
  /** ISO 8601; the same instant as the expiry signed into the address. */
  expires_at: string;
  /** Set when someone withdrew the link before it expired. */
  revoked_at: string | null;
}

// content store (lib/db/migrations/100-content-store.ts)
/** 0 or 1. */
type Flag = number;

/** One story, article or live blog: its light record (lib/content/store.ts StoredArticle) as JSON. */
export interface ContentStoryTable {
  /** articles/2026/harbour-crane-collapses.mdx, or live/2026/<slug>/index.mdx. */
  source_path: string;
  slug: string;
  section: string;
  /** The story's date, milliseconds since the epoch. */
  date_ms: number;
  /** 1 when readers see it: not a draft, not embargoed when it was written. */
  listed: Flag;
  /** 2026-11, in the site's time zone. */
  month: string;
  year: number;
  featured: Flag;
  pick: Flag;
  breaking: Flag;
  live: Flag;
  /** 1 when it carries a correction (the /corrections page). */
  corrected: Flag;
  record: string;
  /** Hash of `record`: a build rewrites only rows whose hash changed. */
  record_hash: string;
}

/** One tag of a story, with the story's sort columns (a tag's list page is one index range). */
export interface ContentStoryTagTable {
  /** The tag's URL key (lib/content/indexes.ts tagKey). */
  tag_key: string;
  source_path: string;
  /** The tag as the story spells it. */
  tag: string;
  slug: string;
  section: string;
  date_ms: number;
  listed: Flag;
}

export interface ContentStoryAuthorTable {
  author: string;
  source_path: string;
  slug: string;
  section: string;
  date_ms: number;
  listed: Flag;
}

/** A story's ALSO READ target, by slug: which stories to render again when that one changes. */
export interface ContentStoryLinkTable {
  target_slug: string;
  source_path: string;
}

/**
 * The flag lists whose count is kept as a row (key ''), so a count is one row read: the home
 * front's featured stories, the editors' picks, the corrected stories. (Breaking and live are
 * counted on their index when asked: few stories, and no page shows their count.)
 */
export type CountedFlag = 'featured' | 'pick' | 'corrected';

export type ContentListKind = 'all' | 'section' | 'tag' | 'author' | 'month' | 'year' | CountedFlag;

/** How many listed stories a list has; `name` is a tag's display form (else the key). */
export interface ContentListTable {
  kind: ContentListKind;
  /** The section, tag key, author slug, 2026-11, 2026, or '' for `all` and a flag's list. */
  key: string;
  name: string;
  count: number;
}

export interface ContentBodyTable {
  /** lib/build/compiled-bodies.ts's key of the body. */
  key: string;
  code: string;
}

export type ContentDocumentKind = 'author' | 'section' | 'page';

export interface ContentDocumentTable {
  kind: ContentDocumentKind;
  slug: string;
  source_path: string;
  /** The record as lib/content/store.ts stores it (StoredAuthor, Section, StoredPage), as JSON. */
  record: string;
}

/** `version`: changed by every build and publish, in the transaction that changes the store. */
export interface ContentStateTable {
  name: string;
  value: string;
}

/** The publish manifest: what the last build or publish saw of one content file (lib/db/migrations/130-content-files.ts). */
export interface ContentFileTable {
  path: string;
  kind: string;
  slug: string;
  size: number;
  mtime_ms: number;
  /** A story's date in ms when it is not a draft, else null. */
  publish_ms: number | null;
  /** FileRecord (lib/validation/model.ts) as JSON. */
  record: string;
}

/** An ALSO READ target a content file names. */
export interface ContentFileLinkTable {
  path: string;
  target: string;
}

/** A story changed or removed since the last full build, for the search index's delta. */
export interface ContentSearchDeltaTable {
  url: string;
  change: 'changed' | 'removed';
}

// pictures (lib/db/migrations/110-content-pictures.ts)
/** A picture a published story names, for servers that do not have it on their own disk. */
export interface ContentPictureTable {
  /** The address a reader asks for, decoded: /images/articles/2026/crane.jpg. */
  path: string;
  bytes: Buffer;
  /** From the extension, as public files are served: image/jpeg. */
  content_type: string;
  /** Hex SHA-256 of `bytes`: the strong ETag. */
  sha256: string;
  size: number;
  /** ISO 8601: when these bytes were written. */
  added_at: string;
}

// search delta (lib/db/migrations/120-search-delta.ts)
/** One file of a delta bundle. */
export interface SearchDeltaFileTable {
  /** The bundle's version: time in base 36, then random hex (lib/search/delta-files.ts VERSION_PATTERN). */
  version: string;
  /** Inside the bundle, forward slashes: pagefind.js, fragment/en_1a2b.pf_fragment. */
  name: string;
  bytes: Buffer;
}

/** `current`: the pointer readers start from. */
export interface SearchDeltaPointerTable {
  name: string;
  /** The bundle the pointer names; null when the delta only removes stories. */
  version: string | null;
  /** DeltaPointer (lib/search/search-bundles.ts) as JSON. */
  pointer: string;
}

/** A story's page id in the base bundles (`npm run build:search`). */
export interface SearchBaseIdTable {
  url: string;
  page_id: string;
}

export interface DatabaseSchema {
  dateline_meta: MigrationNoteTable;
  // access
  desk_token: DeskTokenTable;
  // publishing
  desk_jobs: DeskJobTable;
  desk_sync: DeskSyncTable;
  desk_saves: DeskSaveTable;
  // push
  desk_pushes: DeskPushTable;
  // review
  desk_reviews: DeskReviewTable;
  // preview links
  desk_preview_links: DeskPreviewLinkTable;
  // content store
  content_stories: ContentStoryTable;
  content_story_tags: ContentStoryTagTable;
  content_story_authors: ContentStoryAuthorTable;
  content_story_links: ContentStoryLinkTable;
  content_lists: ContentListTable;
  content_bodies: ContentBodyTable;
  content_documents: ContentDocumentTable;
  content_state: ContentStateTable;
  content_files: ContentFileTable;
  content_file_links: ContentFileLinkTable;
  content_search_delta: ContentSearchDeltaTable;
  // pictures
  content_pictures: ContentPictureTable;
  // search delta
  search_delta_files: SearchDeltaFileTable;
  search_delta_pointer: SearchDeltaPointerTable;
  search_base_ids: SearchBaseIdTable;
}
