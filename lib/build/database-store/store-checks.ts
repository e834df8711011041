/**
 * What the database content store writer must do, written once and run on both databases:
 * SQLite in ../database-store.test.ts, PostgreSQL in ../database-store.postgres.test.ts.
 * "Written" is checked by each row's physical identity (SQLite's rowid, PostgreSQL's ctid),
 * which changes when a row is written again: a row that keeps it was not touched.
 */
import { sql } from 'kysely';
import { afterEach, beforeEach, expect, it } from 'vitest';

import { buildIndex } from '../../content/indexes';
import type { StoredArticle } from '../../content/store';
import type { Database } from '../../db/connection';
import { routes } from '../../routes';
import { applyChanges, NEVER_BUILT, type StoreChange, type SyncContent, syncStore } from '../database-store';
import { manifestOf } from './file-checks';

export interface FreshDatabase {
  database: Database;
  done: () => Promise<void>;
}

const NOW = new Date('2026-11-28T12:00:00Z');
const options = { now: NOW, env: {} };

/** A stored story as the store writer makes one; `day` is a day of November 2026. */
export function story(slug: string, day: number, fields: Partial<StoredArticle> = {}): StoredArticle {
  const section = fields.section ?? 'uk';
  return {
    _id: `articles/2026/${slug}.mdx`,
    type: 'Article',
    title: `Title of ${slug}`,
    dek: `Dek of ${slug}`,
    date: `2026-11-${String(day).padStart(2, '0')}T09:00:00.000Z`,
    section,
    tags: [],
    authors: [],
    slug,
    url: routes.article(section, slug),
    readingTime: 2,
    wordCount: 300,
    excerpt: `Excerpt of ${slug}`,
    alsoRead: [],
    imageWidth: 0,
    imageHeight: 0,
    sourceFilePath: `articles/2026/${slug}.mdx`,
    codeKey: `code-${slug}`,
    ...fields,
  };
}

const documents = {
  authors: [
    {
      slug: 'ana-bell',
      name: 'Ana Bell',
      _raw: { sourceFilePath: 'authors/ana-bell.mdx' },
      body: { raw: 'Ana.' },
      bodyCode: 'ana',
    },
  ],
  sections: [
    { slug: 'uk', title: 'UK', _raw: { sourceFilePath: 'sections/uk.mdx' } },
    { slug: 'world', title: 'World', _raw: { sourceFilePath: 'sections/world.mdx' } },
  ],
  pages: [
    { slug: 'about', title: 'About', _raw: { sourceFilePath: 'pages/about.mdx' }, body: { raw: 'x' }, bodyCode: 'x' },
  ],
};

/** What a build writes: the store and the content check's manifest of the same files. */
const content = (articles: StoredArticle[], shared = documents): SyncContent => ({
  articles: articles,
  ...shared,
  manifest: manifestOf(articles, shared),
});

const harbour = story('harbour-crane', 20, {
  tags: ['Ports', 'Bristol'],
  authors: ['ana-bell'],
  alsoRead: ['rail-strike'],
});
const rail = story('rail-strike', 21, { tags: ['Transport', 'Bristol'], authors: ['ana-bell', 'tom-reed'] });
const summit = story('climate-summit', 22, { section: 'world', tags: ['Climate'], authors: ['tom-reed'] });
const live = story('storm-live', 23, {
  sourceFilePath: 'live/2026/storm-live/index.mdx',
  tags: ['Weather'],
  live: {
    status: 'live',
    coverageStart: '2026-11-23T09:00:00.000Z',
    posts: [
      {
        id: 'second',
        time: '2026-11-23T11:00:00Z',
        authors: [],
        keyEvent: false,
        pinned: false,
        codeKey: 'code-post-2',
        sourceFilePath: 'live/2026/storm-live/second.mdx',
      },
      {
        id: 'first',
        time: '2026-11-23T10:00:00Z',
        authors: [],
        keyEvent: false,
        pinned: false,
        codeKey: 'code-post-1',
        sourceFilePath: 'live/2026/storm-live/first.mdx',
      },
    ],
  },
});
const archive = [harbour, rail, summit, live];

/** Registers the checks; `fresh` gives a migrated database with an empty content store. */
export function databaseStoreChecks(fresh: () => Promise<FreshDatabase>): void {
  let opened: FreshDatabase;
  let database: Database;
  let bodiesRead: string[];
  const readBody = (key: string) => {
    bodiesRead.push(key);
    return `compiled(${JSON.stringify(key)})`;
  };
  const sync = (articles: StoredArticle[], shared = documents, now = NOW) =>
    syncStore(database, content(articles, shared), { ...options, now, readBody });
  const bodiesOf = (articles: StoredArticle[]) =>
    new Map(
      articles.flatMap((article) =>
        [article.codeKey, ...(article.live?.posts ?? []).map((post) => post.codeKey)].map((key) => [
          key,
          readBody(key),
        ]),
      ),
    );

  beforeEach(async () => {
    opened = await fresh();
    database = opened.database;
    bodiesRead = [];
  });
  afterEach(async () => {
    await opened.done();
  });

  const rows = (table: 'content_stories' | 'content_story_tags' | 'content_story_authors' | 'content_story_links') =>
    database.db.selectFrom(table).selectAll().execute();
  const lists = async () => {
    const all = await database.db.selectFrom('content_lists').selectAll().execute();
    // Any list but a tag is named by its key; a tag shows its display name.
    expect(all.filter((row) => row.kind !== 'tag' && row.name !== row.key)).toEqual([]);
    return all.map((row) => `${row.kind}:${row.key}=${row.count}${row.kind === 'tag' ? ` "${row.name}"` : ''}`).sort();
  };
  const version = async () =>
    (await database.db.selectFrom('content_state').select('value').where('name', '=', 'version').executeTakeFirst())
      ?.value;
  /** Every row of the store with its physical identity, which a write (even of the same values) changes. */
  const snapshot = async () => {
    const identity = database.dialect === 'postgres' ? sql.raw('ctid::text') : sql.raw('rowid');
    const tables = [
      'content_stories',
      'content_story_tags',
      'content_story_authors',
      'content_story_links',
      'content_lists',
      'content_bodies',
      'content_documents',
      'content_state',
      'content_files',
      'content_file_links',
      'content_search_delta',
    ];
    const all: Record<string, string[]> = {};
    for (const table of tables) {
      const result = await sql<
        Record<string, unknown>
      >`select ${identity} as physical, t.* from ${sql.table(table)} t`.execute(database.db);
      all[table] = result.rows.map((row) => JSON.stringify(row)).sort();
    }
    return all;
  };
  const physical = async (sourcePath: string) => {
    const identity = database.dialect === 'postgres' ? sql.raw('ctid::text') : sql.raw('rowid');
    const result = await sql<{
      physical: string;
    }>`select ${identity} as physical from content_stories where source_path = ${sourcePath}`.execute(database.db);
    return String(result.rows[0]?.physical);
  };

  /** SQLite's count of rows this connection ever wrote (none on PostgreSQL, where ctid shows a write). */
  const sqliteChanges = async () =>
    database.dialect === 'sqlite'
      ? (await sql<{ n: number }>`select total_changes() as n`.execute(database.db)).rows[0]?.n
      : undefined;
  /** Each list's row with its physical identity, by kind:key. */
  const listRows = async () => {
    const identity = database.dialect === 'postgres' ? sql.raw('ctid::text') : sql.raw('rowid');
    const result = await sql<{
      physical: unknown;
      kind: string;
      key: string;
      name: string;
      count: number;
    }>`select ${identity} as physical, kind, key, name, count from content_lists`.execute(database.db);
    return new Map(result.rows.map((row) => [`${row.kind}:${row.key}`, JSON.stringify(row)]));
  };

  it('writes every story, its tag, author and link rows, the bodies, the documents and the lists on a first build', async () => {
    const result = await sync(archive);
    expect(result).toMatchObject({
      changed: true,
      written: { stories: 4, storiesRemoved: 0, bodies: 6, documents: 4, lists: 12, listsRemoved: 0 },
    });
    expect(result.version).toMatch(/^[0-9a-f]{16}$/);
    expect(await version()).toBe(result.version);
    expect(
      (await rows('content_stories')).map((row) => [row.slug, row.listed, row.month, row.year, row.live]).sort(),
    ).toEqual([
      ['climate-summit', 1, '2026-11', 2026, 0],
      ['harbour-crane', 1, '2026-11', 2026, 0],
      ['rail-strike', 1, '2026-11', 2026, 0],
      ['storm-live', 1, '2026-11', 2026, 1],
    ]);
    expect(JSON.parse((await rows('content_stories')).find((row) => row.slug === 'storm-live')?.record ?? '')).toEqual(
      live,
    );
    expect((await rows('content_story_tags')).map((row) => `${row.tag_key}<${row.slug}`).sort()).toEqual([
      'bristol<harbour-crane',
      'bristol<rail-strike',
      'climate<climate-summit',
      'ports<harbour-crane',
      'transport<rail-strike',
      'weather<storm-live',
    ]);
    expect((await rows('content_story_authors')).map((row) => `${row.author}<${row.slug}`).sort()).toEqual([
      'ana-bell<harbour-crane',
      'ana-bell<rail-strike',
      'tom-reed<climate-summit',
      'tom-reed<rail-strike',
    ]);
    expect(await rows('content_story_links')).toEqual([
      { target_slug: 'rail-strike', source_path: 'articles/2026/harbour-crane.mdx' },
    ]);
    expect(await lists()).toEqual([
      'all:=4',
      'author:ana-bell=2',
      'author:tom-reed=2',
      'month:2026-11=4',
      'section:uk=3',
      'section:world=1',
      'tag:bristol=2 "Bristol"',
      'tag:climate=1 "Climate"',
      'tag:ports=1 "Ports"',
      'tag:transport=1 "Transport"',
      'tag:weather=1 "Weather"',
      'year:2026=4',
    ]);
    const bodies = await database.db.selectFrom('content_bodies').selectAll().orderBy('key').execute();
    expect(bodies.map((body) => body.key)).toEqual([
      'code-climate-summit',
      'code-harbour-crane',
      'code-post-1',
      'code-post-2',
      'code-rail-strike',
      'code-storm-live',
    ]);
    expect(bodies[0]?.code).toBe('compiled("code-climate-summit")');
    const stored = await database.db
      .selectFrom('content_documents')
      .selectAll()
      .orderBy('kind')
      .orderBy('slug')
      .execute();
    expect(stored.map((row) => [row.kind, row.slug, row.source_path])).toEqual([
      ['author', 'ana-bell', 'authors/ana-bell.mdx'],
      ['page', 'about', 'pages/about.mdx'],
      ['section', 'uk', 'sections/uk.mdx'],
      ['section', 'world', 'sections/world.mdx'],
    ]);
    // The author's compiled bio stays inline in its record, as lib/content/store.ts StoredAuthor has it.
    expect(JSON.parse(stored[0]?.record ?? '')).toEqual(documents.authors[0]);
  });

  it('writes no row at all, reads no body and keeps the version when nothing changed', async () => {
    const first = await sync(archive);
    const before = await snapshot();
    const changes = await sqliteChanges();
    bodiesRead = [];
    const again = await sync(archive.map((article) => structuredClone(article)));
    expect(again).toEqual({
      changed: false,
      version: first.version,
      written: {
        stories: 0,
        storiesRemoved: 0,
        bodies: 0,
        bodiesRemoved: 0,
        documents: 0,
        documentsRemoved: 0,
        lists: 0,
        listsRemoved: 0,
      },
      files: { written: 0, removed: 0 },
    });
    expect(bodiesRead).toEqual([]);
    expect(await snapshot()).toEqual(before);
    expect(await sqliteChanges()).toBe(changes);
  });

  it('gives an empty archive a version and no lists', async () => {
    const result = await sync([], { authors: [], sections: [], pages: [] });
    expect(result.changed).toBe(true);
    expect(await version()).toBe(result.version);
    expect(await lists()).toEqual([]);
    expect((await sync([], { authors: [], sections: [], pages: [] })).changed).toBe(false);
  });

  it('rewrites only the story that changed, with a new version', async () => {
    const first = await sync(archive);
    const kept = await physical(rail.sourceFilePath);
    const touched = await physical(harbour.sourceFilePath);
    const result = await sync([{ ...harbour, title: 'Crane collapse: the inquiry opens' }, rail, summit, live]);
    expect(result.changed).toBe(true);
    expect(result.written).toMatchObject({ stories: 1, storiesRemoved: 0, bodies: 0, lists: 0, documents: 0 });
    expect(result.version).not.toBe(first.version);
    expect(await version()).toBe(result.version);
    expect(await physical(rail.sourceFilePath)).toBe(kept);
    expect(await physical(harbour.sourceFilePath)).not.toBe(touched);
    const record = (await rows('content_stories')).find((row) => row.slug === 'harbour-crane')?.record ?? '';
    expect((JSON.parse(record) as StoredArticle).title).toBe('Crane collapse: the inquiry opens');
  });

  it('removes a story with its tag, author and link rows, and drops the lists it leaves empty', async () => {
    await sync(archive);
    const result = await sync([rail, summit, live]);
    expect(result.written).toMatchObject({ stories: 0, storiesRemoved: 1, bodiesRemoved: 1 });
    expect((await rows('content_story_tags')).filter((row) => row.slug === 'harbour-crane')).toEqual([]);
    expect((await rows('content_story_authors')).filter((row) => row.slug === 'harbour-crane')).toEqual([]);
    expect(await rows('content_story_links')).toEqual([]);
    const now = await lists();
    expect(now).toContain('all:=3');
    expect(now).toContain('section:uk=2');
    expect(now).toContain('author:ana-bell=1');
    expect(now).toContain('tag:bristol=1 "Bristol"');
    // "Ports" had one story: the tag's page is gone, and so is its row.
    expect(now.filter((list) => list.startsWith('tag:ports'))).toEqual([]);
  });

  it('deletes bodies no story names any more and keeps a live blog’s post bodies', async () => {
    await sync(archive);
    const edited = { ...live, live: { ...(live.live as NonNullable<StoredArticle['live']>), posts: [] } };
    const result = await sync([{ ...harbour, codeKey: 'code-harbour-crane-v2' }, rail, summit, edited]);
    expect(result.written).toMatchObject({ bodies: 1, bodiesRemoved: 3 });
    const keys = (await database.db.selectFrom('content_bodies').select('key').orderBy('key').execute()).map(
      (row) => row.key,
    );
    expect(keys).toEqual(['code-climate-summit', 'code-harbour-crane-v2', 'code-rail-strike', 'code-storm-live']);
  });

  it('names a tag by the spelling most listed stories use, ties going to the newest story’s, as the pages do', async () => {
    const spelled = [
      story('a-older', 1, { tags: ['São Paulo'] }),
      story('b-older', 2, { tags: ['São Paulo'] }),
      story('c-newest', 9, { tags: ['Sao Paulo'] }),
      story('d-tie-old', 3, { tags: ['brexit'] }),
      story('e-tie-new', 8, { tags: ['Brexit'] }),
      story('f-same-instant', 5, { tags: ['NHS'] }),
      story('g-same-instant', 5, { tags: ['nhs'] }),
      // Not listed: a draft's spelling counts for nothing.
      story('h-draft', 10, { tags: ['sao paulo', 'BREXIT'], draft: true }),
    ];
    await sync(spelled);
    const expected = buildIndex(spelled, { now: NOW }).tagNames;
    expect(Object.fromEntries(expected)).toEqual({ 'sao-paulo': 'São Paulo', brexit: 'Brexit', nhs: 'NHS' });
    expect(await lists()).toEqual(
      expect.arrayContaining(['tag:sao-paulo=3 "São Paulo"', 'tag:brexit=2 "Brexit"', 'tag:nhs=2 "NHS"']),
    );
    // A publish reads the name again from the tag's rows: the newest spelling wins a new tie.
    await applyChanges(
      database,
      { remove: [], upsert: [story('i-newer', 11, { tags: ['Sao Paulo'] })], bodies: new Map([['code-i-newer', 'x']]) },
      options,
    );
    expect(await lists()).toEqual(expect.arrayContaining(['tag:sao-paulo=4 "Sao Paulo"']));
    // Two spellings as used, whose newest stories share an instant: the first slug's spelling.
    const tie = [story('a-first-slug', 6, { tags: ['nhs'] }), story('b-second-slug', 6, { tags: ['NHS'] })];
    await applyChanges(database, { remove: [], upsert: tie, bodies: bodiesOf(tie) }, options);
    const all = [...spelled, story('i-newer', 11, { tags: ['Sao Paulo'] }), ...tie];
    expect(buildIndex(all, { now: NOW }).tagNames.get('nhs')).toBe('nhs');
    expect(await lists()).toEqual(expect.arrayContaining(['tag:nhs=4 "nhs"']));
  });

  it('writes an embargoed story unlisted and uncounted, and lists it once a build runs after its time', async () => {
    const embargoed = story('budget-leak', 30, { tags: ['Budget'], authors: ['tom-reed'] });
    await sync([rail, embargoed]);
    const row = (await rows('content_stories')).find((story) => story.slug === 'budget-leak');
    expect(row?.listed).toBe(0);
    expect((await rows('content_story_tags')).find((tag) => tag.slug === 'budget-leak')?.listed).toBe(0);
    expect(await lists()).toEqual([
      'all:=1',
      'author:ana-bell=1',
      'author:tom-reed=1',
      'month:2026-11=1',
      'section:uk=1',
      'tag:bristol=1 "Bristol"',
      'tag:transport=1 "Transport"',
      'year:2026=1',
    ]);
    const later = await sync([rail, embargoed], documents, new Date('2026-12-01T00:00:00Z'));
    expect(later.written).toMatchObject({ stories: 1 });
    expect(await lists()).toEqual(expect.arrayContaining(['all:=2', 'tag:budget=1 "Budget"', 'author:tom-reed=2']));
  });

  it('counts the featured, picks and corrected lists as rows, and a publish moves them as a build would', async () => {
    // A correction as Contentlayer types it (a nested document).
    const fixed = [
      { date: '2026-11-25T10:00:00.000Z', text: 'A name was misspelt.' },
    ] as unknown as StoredArticle['corrections'];
    // Embargoed when written: readers do not see it, so no list counts it.
    const embargoed = story('budget-leak', 30, { featured: true, pick: true, corrections: fixed });
    await sync([
      { ...harbour, featured: true, pick: true },
      { ...rail, featured: true, corrections: fixed },
      summit,
      embargoed,
    ]);
    const flagLists = async () => (await lists()).filter((list) => /^(featured|pick|corrected):/.test(list));
    expect(await flagLists()).toEqual(['corrected:=1', 'featured:=2', 'pick:=1']);

    const listsBefore = await listRows();
    const unfeatured = { ...rail, corrections: fixed };
    const picked = { ...summit, pick: true, corrections: fixed };
    await applyChanges(
      database,
      {
        remove: [rail.sourceFilePath, summit.sourceFilePath, harbour.sourceFilePath],
        upsert: [unfeatured, picked],
        bodies: bodiesOf([unfeatured, picked]),
      },
      options,
    );
    // harbour-crane left (featured and pick), rail-strike lost its flag, climate-summit was picked
    // and corrected: featured 2 → 0 (no row), pick 1 → 1 (the same count, the row untouched), corrected 1 → 2.
    expect(await flagLists()).toEqual(['corrected:=2', 'pick:=1']);
    const listsAfter = await listRows();
    expect(listsAfter.get('pick:')).toBe(listsBefore.get('pick:'));
    expect(listsAfter.get('corrected:')).not.toBe(listsBefore.get('corrected:'));
    // A full build of the same store finds every list as the publish left it.
    const rebuilt = await sync([unfeatured, picked, embargoed]);
    expect(rebuilt.written).toMatchObject({ lists: 0, listsRemoved: 0 });
  });

  it('leaves the database as it was when a build fails half-way', async () => {
    await sync(archive);
    const before = await snapshot();
    // A first step of stories is written before the story that cannot be read comes up.
    const many = Array.from({ length: 2_050 }, (_, i) => story(`filler-${i}`, 1 + (i % 27)));
    many.splice(2_010, 0, story('bad-date', 1, { date: 'the twelfth' }));
    await expect(sync([...archive, ...many])).rejects.toThrow(
      'articles/2026/bad-date.mdx: date: "the twelfth" is not a date',
    );
    expect(await snapshot()).toEqual(before);
    // A body missing at the end, after every story was written.
    const unreadable = (key: string) => {
      if (key === 'code-new-story') throw new Error('compiled/code-new-story.js: cannot read');
      return 'x';
    };
    await expect(
      syncStore(database, content([...archive, story('new-story', 24)]), { ...options, readBody: unreadable }),
    ).rejects.toThrow('compiled/code-new-story.js: cannot read');
    expect(await snapshot()).toEqual(before);
  });

  it('publishes: returns the records readers saw, writes the touched rows and lists only, as a build would', async () => {
    const first = await sync(archive);
    const untouched = await physical(summit.sourceFilePath);
    const listsBefore = await listRows();
    const edited = { ...rail, title: 'Rail strike called off', tags: ['Transport', 'Unions'] };
    const added = story('ferry-delays', 24, { tags: ['Ports', 'ports '], authors: ['ana-bell'] });
    const result = await applyChanges(
      database,
      {
        remove: [rail.sourceFilePath, harbour.sourceFilePath],
        upsert: [edited, added],
        bodies: bodiesOf([edited, added]),
      },
      options,
    );
    expect(result.before).toEqual([rail, harbour]);
    expect(result.version).not.toBe(first.version);
    expect(await version()).toBe(result.version);
    expect(await physical(summit.sourceFilePath)).toBe(untouched);
    // Only the lists whose count or name moved were written: "Bristol" lost both its stories,
    // "Unions" is new; every other row (`all`, "Ports" taken over by the new story) kept its identity.
    const listsAfter = await listRows();
    const moved = [...new Set([...listsBefore.keys(), ...listsAfter.keys()])].filter(
      (list) => listsBefore.get(list) !== listsAfter.get(list),
    );
    expect(moved.sort()).toEqual(['tag:bristol', 'tag:unions']);
    expect(await lists()).toEqual([
      'all:=4',
      'author:ana-bell=2',
      'author:tom-reed=2',
      'month:2026-11=4',
      'section:uk=3',
      'section:world=1',
      'tag:climate=1 "Climate"',
      'tag:ports=1 "Ports"',
      'tag:transport=1 "Transport"',
      'tag:unions=1 "Unions"',
      'tag:weather=1 "Weather"',
      'year:2026=4',
    ]);
    // A full build of the same store finds nothing to write but the body no story names now.
    const rebuilt = await sync([edited, added, summit, live]);
    expect(rebuilt.written).toEqual({
      stories: 0,
      storiesRemoved: 0,
      bodies: 0,
      bodiesRemoved: 1,
      documents: 0,
      documentsRemoved: 0,
      lists: 0,
      listsRemoved: 0,
    });
  });

  it('publishes an unpublish and shared files: the story leaves its lists, the documents are replaced', async () => {
    await sync(archive);
    const shared = { ...documents, pages: [] };
    const result = await applyChanges(
      database,
      { remove: [summit.sourceFilePath], upsert: [], documents: shared, bodies: new Map() },
      options,
    );
    expect(result.before).toEqual([summit]);
    expect(await lists()).not.toContain('section:world=1');
    expect(await lists()).not.toContain('tag:climate=1 "Climate"');
    expect(await lists()).toContain('author:tom-reed=1');
    expect(
      (await database.db.selectFrom('content_documents').select('slug').execute()).map((row) => row.slug).sort(),
    ).toEqual(['ana-bell', 'uk', 'world']);
    expect((await sync([harbour, rail, live], shared)).written).toMatchObject({ stories: 0, lists: 0, documents: 0 });
  });

  it('rolls a publish back whole when one of its stories cannot be written', async () => {
    await sync(archive);
    const before = await snapshot();
    const bad = story('bad-date', 1, { date: '28/11/2026' });
    await expect(
      applyChanges(
        database,
        {
          remove: [harbour.sourceFilePath],
          upsert: [story('fine', 24), bad],
          bodies: bodiesOf([story('fine', 24), bad]),
        },
        options,
      ),
    ).rejects.toThrow('articles/2026/bad-date.mdx: date: "28/11/2026" is not a date');
    expect(await snapshot()).toEqual(before);
    // A body the publish forgot, and the database lacks: refused, nothing written.
    await expect(
      applyChanges(database, { remove: [], upsert: [story('bodiless', 24)], bodies: new Map() }, options),
    ).rejects.toThrow(
      'articles/2026/bodiless.mdx: codeKey: the compiled body code-bodiless is neither in this publish',
    );
    expect(await snapshot()).toEqual(before);
  });

  it('refuses to publish into a store no build wrote', async () => {
    await expect(
      applyChanges(
        database,
        { remove: [], upsert: [story('first', 24)], bodies: new Map([['code-first', 'x']]) },
        options,
      ),
    ).rejects.toThrow(NEVER_BUILT);
    expect(await version()).toBeUndefined();
    expect(await rows('content_stories')).toEqual([]);
  });
}

/** Empties the content store's tables, for a database shared by a file's tests. */
export async function emptyContentStore(database: Database): Promise<void> {
  for (const table of [
    'content_stories',
    'content_story_tags',
    'content_story_authors',
    'content_story_links',
    'content_lists',
    'content_bodies',
    'content_documents',
    'content_state',
    'content_files',
    'content_file_links',
    'content_search_delta',
  ] as const) {
    await database.db.deleteFrom(table).execute();
  }
}

export type { StoreChange };
