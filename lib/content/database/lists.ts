/**
 * The lists the fronts, feeds and archive pages read, newest first (`date_ms desc, slug asc`),
 * a page at a time: each page is one range of an index that ends in those columns, so its cost
 * is the page, not the archive. Published counts are content_lists rows the writer keeps.
 */
import type { Kysely, SelectQueryBuilder } from 'kysely';

import type { ContentListKind, CountedFlag, DatabaseSchema } from '../../db/schema';
import type { StoredArticle } from '../store';
import { contentDatabase } from './connection';
import { bytewise, storyRecord } from './records';
import { requestScope, type Scope } from './scope';

/** The lists a flag column marks (their index is `<flag>, listed, date_ms desc, slug`). */
export type FlagList = 'featured' | 'pick' | 'breaking' | 'live' | 'corrected';

export type StoryList =
  | { kind: 'all' }
  | { kind: 'section'; key: string }
  | { kind: 'tag'; key: string }
  | { kind: 'author'; key: string }
  | { kind: 'month'; key: string }
  | { kind: 'year'; key: number }
  | { kind: FlagList };

/** Lists with many keys: a section, a tag's URL key, an author's slug, "2026-11", "2026". */
export type KeyedKind = Exclude<ContentListKind, 'all' | CountedFlag>;

export interface ListKey {
  key: string;
  /** A tag's display form (the spelling most of its stories use); the key for the others. */
  name: string;
  count: number;
}

export interface PageRange {
  limit: number;
  /** Stories before the page; 0 for the first. */
  offset?: number;
}

/**
 * Where a batch of a whole list ended: the sort key (date_ms, slug) of its last story. The next
 * batch starts after it with an index search, where an offset would walk every story before it.
 */
export interface ListCursor {
  dateMs: number;
  slug: string;
}

export interface ListBatch {
  stories: StoredArticle[];
  /** The cursor after the batch's last story; none when the batch was the list's last. */
  next?: ListCursor;
}

type JoinedList = Extract<StoryList, { kind: 'tag' | 'author' }>;
/** A tag's and an author's rows have the same sort columns; the query names them as the tag table's. */
type JoinedRows = SelectQueryBuilder<DatabaseSchema & { l: DatabaseSchema['content_story_tags'] }, 'l', object>;

/** The rows of a list that lives in content_stories, filtered but not yet ordered. */
function storyListRows(db: Kysely<DatabaseSchema>, list: Exclude<StoryList, JoinedList>, scope: Scope) {
  let query = db.selectFrom('content_stories');
  if (list.kind === 'section') query = query.where('section', '=', list.key);
  else if (list.kind === 'month') query = query.where('month', '=', list.key);
  else if (list.kind === 'year') query = query.where('year', '=', list.key);
  else if (list.kind !== 'all') query = query.where(list.kind, '=', 1);
  return scope === 'published' ? query.where('listed', '=', 1) : query;
}

/** A tag's or an author's rows, which carry the story's sort columns, joined to its record. */
function joinedListRows(db: Kysely<DatabaseSchema>, list: JoinedList, scope: Scope): JoinedRows {
  const rows = (
    list.kind === 'tag'
      ? db.selectFrom('content_story_tags as l').where('l.tag_key', '=', list.key)
      : db.selectFrom('content_story_authors as l').where('l.author', '=', list.key)
  ) as JoinedRows;
  return scope === 'published' ? rows.where('l.listed', '=', 1) : rows;
}

const isJoined = (list: StoryList): list is JoinedList => list.kind === 'tag' || list.kind === 'author';

interface OrderedRow {
  record: string;
  source_path: string;
  date_ms: number;
  slug: string;
}

/** `limit` rows of `list` newest first, after `offset` rows or after `after`, each with its sort key. */
function orderedRows(
  db: Kysely<DatabaseSchema>,
  list: StoryList,
  scope: Scope,
  { limit, offset = 0, after }: PageRange & { after?: ListCursor },
): Promise<OrderedRow[]> {
  if (isJoined(list)) {
    let rows = joinedListRows(db, list, scope);
    // The date bound alone is the index range; the slug condition drops the few rows of that date.
    if (after) {
      rows = rows
        .where('l.date_ms', '<=', after.dateMs)
        .where((eb) => eb.or([eb('l.date_ms', '<', after.dateMs), eb('l.slug', '>', after.slug)]));
    }
    return rows
      .innerJoin('content_stories as s', 's.source_path', 'l.source_path')
      .select(['s.record', 's.source_path', 'l.date_ms', 'l.slug'])
      .orderBy('l.date_ms', 'desc')
      .orderBy('l.slug', 'asc')
      .limit(limit)
      .$if(offset > 0, (query) => query.offset(offset))
      .execute();
  }
  let rows = storyListRows(db, list, scope);
  if (after) {
    rows = rows
      .where('date_ms', '<=', after.dateMs)
      .where((eb) => eb.or([eb('date_ms', '<', after.dateMs), eb('slug', '>', after.slug)]));
  }
  return rows
    .select(['record', 'source_path', 'date_ms', 'slug'])
    .orderBy('date_ms', 'desc')
    .orderBy('slug', 'asc')
    .limit(limit)
    .$if(offset > 0, (query) => query.offset(offset))
    .execute();
}

/** A page of `list`, newest first; past the end, an empty page. */
export async function listPage(
  list: StoryList,
  { limit, offset = 0 }: PageRange,
  scope: Scope = requestScope(),
): Promise<StoredArticle[]> {
  if (limit <= 0) return [];
  const { db } = await contentDatabase();
  const rows = await orderedRows(db, list, scope, { limit, offset });
  return rows.map(storyRecord);
}

/**
 * `limit` stories of `list` after `after` (from the top without it), newest first: how a caller
 * that needs a whole list (sitemaps, the search index) reads it a batch at a time.
 */
export async function listBatch(
  list: StoryList,
  limit: number,
  after?: ListCursor,
  scope: Scope = requestScope(),
): Promise<ListBatch> {
  if (limit <= 0) return { stories: [] };
  const { db } = await contentDatabase();
  const rows = await orderedRows(db, list, scope, { limit, after });
  const last = rows.at(-1);
  return {
    stories: rows.map(storyRecord),
    ...(last && rows.length === limit ? { next: { dateMs: last.date_ms, slug: last.slug } } : {}),
  };
}

const listKey = (list: StoryList): string => ('key' in list ? String(list.key) : '');

/**
 * How many stories `list` has. Published: the content_lists row (no row is 0); breaking and live
 * have none, so they are counted on their index, which holds only that flag's stories.
 */
export async function listCount(list: StoryList, scope: Scope = requestScope()): Promise<number> {
  const { db } = await contentDatabase();
  if (scope === 'published' && hasCountRow(list)) {
    const row = await db
      .selectFrom('content_lists')
      .select('count')
      .where('kind', '=', list.kind)
      .where('key', '=', listKey(list))
      .executeTakeFirst();
    return row?.count ?? 0;
  }
  const row = isJoined(list)
    ? await joinedListRows(db, list, scope)
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    : await storyListRows(db, list, scope)
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow();
  // PostgreSQL's count is a bigint, which pg hands over as a string.
  return Number(row.n);
}

/** Every list but breaking and live keeps its published count in content_lists. */
const hasCountRow = (list: StoryList): list is Extract<StoryList, { kind: ContentListKind }> =>
  list.kind !== 'breaking' && list.kind !== 'live';

/** Months and years newest first; sections, tags and authors by key, byte-wise. */
const keyOrder = (kind: KeyedKind) =>
  kind === 'month' || kind === 'year'
    ? (a: ListKey, b: ListKey) => bytewise(b.key, a.key)
    : (a: ListKey, b: ListKey) => bytewise(a.key, b.key);

/** Every key of a kind that has stories, with its name and count (tags page, archive months, author counts, search years). */
export async function listKeys(kind: KeyedKind, scope: Scope = requestScope()): Promise<ListKey[]> {
  const { db } = await contentDatabase();
  const keys =
    scope === 'published'
      ? await db.selectFrom('content_lists').select(['key', 'name', 'count']).where('kind', '=', kind).execute()
      : await everyKeyCounted(db, kind);
  return keys.map(({ key, name, count }) => ({ key, name, count })).sort(keyOrder(kind));
}

/** Development preview: every story counted as it is (no content_lists row covers drafts). */
async function everyKeyCounted(db: Kysely<DatabaseSchema>, kind: KeyedKind): Promise<ListKey[]> {
  if (kind === 'tag') return tagNamesCounted(db);
  const rows =
    kind === 'author'
      ? await db
          .selectFrom('content_story_authors')
          .select(['author as key', (eb) => eb.fn.countAll().as('count')])
          .groupBy('author')
          .execute()
      : await db
          .selectFrom('content_stories')
          .select([`${kind} as key`, (eb) => eb.fn.countAll().as('count')])
          .groupBy(kind)
          .execute();
  return rows.map(({ key, count }) => ({ key: String(key), name: String(key), count: Number(count) }));
}

/**
 * A tag's display form as lib/content/indexes.ts chooses it: the spelling most stories use,
 * ties to the newest story's. Walks every tag row (development preview only). A story that
 * spells one tag two ways has one row, with its first spelling, so only that one counts.
 */
async function tagNamesCounted(db: Kysely<DatabaseSchema>): Promise<ListKey[]> {
  const rows = await db
    .selectFrom('content_story_tags')
    .select(['tag_key', 'tag'])
    .orderBy('date_ms', 'desc')
    .orderBy('slug', 'asc')
    .execute();
  const tags = new Map<string, { count: number; forms: Map<string, number> }>();
  for (const { tag_key: key, tag } of rows) {
    const entry = tags.get(key) ?? { count: 0, forms: new Map<string, number>() };
    entry.count++;
    entry.forms.set(tag, (entry.forms.get(tag) ?? 0) + 1);
    tags.set(key, entry);
  }
  return [...tags].map(([key, { count, forms }]) => {
    // Forms are in first-seen order, newest story first, so `>` keeps the newest on a tie.
    let name = '';
    let most = 0;
    for (const [form, uses] of forms) if (uses > most) [name, most] = [form, uses];
    return { key, name, count };
  });
}

/** One key of a kind, with its name and count (a tag's page); undefined when it has no stories. */
export async function listEntry(
  kind: KeyedKind,
  key: string,
  scope: Scope = requestScope(),
): Promise<ListKey | undefined> {
  const { db } = await contentDatabase();
  if (scope === 'everything') return (await everyKeyCounted(db, kind)).find((entry) => entry.key === key);
  const row = await db
    .selectFrom('content_lists')
    .select(['key', 'name', 'count'])
    .where('kind', '=', kind)
    .where('key', '=', key)
    .executeTakeFirst();
  return row && row.count > 0 ? { key: row.key, name: row.name, count: row.count } : undefined;
}
