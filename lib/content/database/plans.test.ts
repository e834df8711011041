/**
 * Every query a page makes is an index range read in its order: SQLite's EXPLAIN QUERY PLAN
 * of each one (captured as the read side runs it) shows no scan of a story table and no sort
 * of its own. A scan or a sort would cost the whole list, or the whole archive, on every request.
 * Development preview's queries ('everything') are left out: drafts are not in the list indexes'
 * order, and a developer's archive is small.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import SQLite from 'better-sqlite3';
import { type CompiledQuery, Kysely, SqliteDialect } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { randomArchive, writeArchive } from '../../../test/content-store/archive';
import { type Database, openDatabase } from '../../db/connection';
import { migrate } from '../../db/migrate';
import type { DatabaseSchema } from '../../db/schema';
import { site } from '../../site';
import {
  adjacentInSection,
  bodyCode,
  breakingStory,
  cardedSlugs,
  homeFront,
  listBatch,
  listCount,
  listKeys,
  listPage,
  relatedStories,
  resetContentDatabase,
  storeDocuments,
  storiesBetween,
  storiesBySlugs,
  storyBySlug,
  storyIn,
  type StoryList,
  useContentDatabase,
} from '.';

const archive = randomArchive(7);
const folder = mkdtempSync(path.join(tmpdir(), 'dateline-content-plans-'));
const file = path.join(folder, 'plans.sqlite');
let raw: SQLite.Database;
let logged: Database;
let captured: CompiledQuery[] = [];

beforeAll(async () => {
  const built = openDatabase({ dialect: 'sqlite', target: file });
  await migrate(built);
  await writeArchive(built, archive);
  await built.close();
  raw = new SQLite(file);
  const kyselyDialect = new SqliteDialect({ database: raw });
  const db = new Kysely<DatabaseSchema>({
    dialect: kyselyDialect,
    log: (event) => {
      if (event.level === 'query') captured.push(event.query);
    },
  });
  logged = { db, dialect: 'sqlite', kyselyDialect, close: () => db.destroy() };
});

afterAll(async () => {
  await resetContentDatabase();
  await logged.close();
  rmSync(folder, { recursive: true, force: true });
});

const story = archive.find((candidate) => (candidate.tags?.length ?? 0) >= 2 && !candidate.draft) ?? archive[0];
const LISTS: StoryList[] = [
  { kind: 'all' },
  { kind: 'section', key: 'world' },
  { kind: 'tag', key: 'politics' },
  { kind: 'author', key: 'ana-lopez' },
  { kind: 'month', key: '2026-10' },
  { kind: 'year', key: 2026 },
  { kind: 'featured' },
  { kind: 'pick' },
  { kind: 'breaking' },
  { kind: 'live' },
  { kind: 'corrected' },
];

/** Three batches of one story of `list`: the first from the top, the next two after a cursor. */
async function batchAfterBatch(list: StoryList): Promise<void> {
  let batch = await listBatch(list, 1, undefined, 'published');
  for (let read = 1; read < 3; read++) {
    expect(batch.next, `${list.kind} has more than ${read} stories`).toBeDefined();
    batch = await listBatch(list, 1, batch.next, 'published');
  }
}

/** What each page asks, in the published scope, by name. */
const QUESTIONS: [string, () => Promise<unknown>][] = [
  ...LISTS.flatMap((list): [string, () => Promise<unknown>][] => [
    [`page 3 of ${list.kind}`, () => listPage(list, { limit: 20, offset: 40 }, 'published')],
    [`count of ${list.kind}`, () => listCount(list, 'published')],
    // A whole list a batch at a time (sitemaps, the search index): each batch after the last one's key.
    [`batch after batch of ${list.kind}`, () => batchAfterBatch(list)],
  ]),
  ...(['section', 'tag', 'author', 'month', 'year'] as const).map((kind): [string, () => Promise<unknown>] => [
    `every ${kind}`,
    () => listKeys(kind, 'published'),
  ]),
  ['story by slug', () => storyBySlug(story?.slug ?? '', 'published')],
  ['story in section', () => storyIn('world', story?.slug ?? '', 'published')],
  [
    'stories by slugs',
    () =>
      storiesBySlugs(
        archive.slice(0, 5).map((one) => one.slug),
        'published',
      ),
  ],
  ['previous and next', () => adjacentInSection(story ?? archive[0]!, 'published')],
  ['stories between', () => storiesBetween(new Date('2026-10-01'), new Date('2026-10-08'), 'published')],
  ['breaking story', () => breakingStory(new Date('2026-11-28T12:00:00Z'), 48, 'published')],
  ['related, windowed', () => relatedStories(story ?? archive[0]!, 4, { window: 10 }, 'published')],
  ['related, filled from the section', () => relatedStories(story ?? archive[0]!, 40, { window: 2 }, 'published')],
  ['home front', () => homeFront(['world', 'uk', 'business'], site.front, 'published')],
  ['card set', () => cardedSlugs('published')],
  ['body', () => bodyCode(story?.codeKey ?? '')],
  ['documents', () => storeDocuments()],
];

function planOf(query: CompiledQuery): string[] {
  const rows = raw.prepare(`explain query plan ${query.sql}`).all(...(query.parameters as unknown[])) as {
    detail: string;
  }[];
  return rows.map((row) => row.detail);
}

/**
 * A full pass over a table with a row per story, or a sort the index order should have made
 * unnecessary. (content_lists has a row per key, not per story, and a kind's keys are read
 * whole; content_documents is read whole by design.)
 */
const costly = (detail: string) =>
  /^SCAN content_(stories|story_tags|story_authors|story_links|bodies)\b/.test(detail) ||
  detail.includes('USE TEMP B-TREE');

/**
 * Every listed story, walked to the end: the newest-first index with nothing but `listed` to
 * narrow it is a full walk unless a limit stops it (a few slugs looked up this way read the archive).
 */
/** A tag's or an author's list read row by row from its table: its index carries what the readers take. */
const leavesTheIndex = (detail: string) =>
  /^SEARCH (l|content_story_tags|content_story_authors) USING INDEX/.test(detail);

const walksEverything = (query: CompiledQuery, detail: string) =>
  !/\blimit\b/i.test(query.sql) && /USING (COVERING )?INDEX content_stories_newest \(listed=\?\)$/.test(detail);

// As a build leaves the file, and once ANALYZE has given the planner statistics to choose by.
describe.each(['without statistics', 'after ANALYZE'])('query plans on SQLite, %s', (when) => {
  beforeAll(async () => {
    if (when === 'after ANALYZE') raw.exec('analyze');
    // Nothing cached from the block before: every question reaches the database.
    await useContentDatabase(logged);
  });

  it.each(QUESTIONS)('%s: index ranges in order only', async (_, ask) => {
    captured = [];
    await ask();
    expect(captured.length).toBeGreaterThan(0);
    for (const query of captured) {
      const plan = planOf(query);
      const bad = plan.filter((detail) => costly(detail) || leavesTheIndex(detail) || walksEverything(query, detail));
      expect(bad, `${query.sql}\n${plan.join('\n')}`).toEqual([]);
    }
  });
});
