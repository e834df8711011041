/**
 * What the writer must do with the publish manifest's rows (./file-writes.ts), run on both
 * databases beside ./store-checks.ts: a build writes a row per file and only the rows that
 * changed, a publish its files' rows and the since-build delta in its own transaction.
 */
import { sql } from 'kysely';
import { afterEach, beforeEach, expect, it } from 'vitest';

import type { StoredArticle } from '../../content/store';
import type { Database } from '../../db/connection';
import { routes } from '../../routes';
import type { FileRecord } from '../../validation/model';
import { applyChanges, syncStore } from '../database-store';
import type { StoreDocuments } from './documents';
import type { ManifestFiles } from './file-writes';
import type { FreshDatabase } from './store-checks';

const CONTENT = '/srv/dateline/content';

/** The content check's records of the files a store was typed from (what check:content writes). */
export function manifestOf(articles: readonly StoredArticle[], shared: StoreDocuments): ManifestFiles {
  const files: FileRecord[] = [];
  const stat = (value: unknown) => ({ size: JSON.stringify(value).length, mtimeMs: 1_764_000_000_000.5 });
  for (const article of articles) {
    files.push({
      path: article.sourceFilePath,
      kind: article.live ? 'live' : 'article',
      slug: article.slug,
      ...stat(article),
      hash: `h-${article.title}`,
      date: article.live?.coverageStart ?? article.date,
      ...(article.draft ? { draft: true } : {}),
      alsoRead: article.alsoRead,
    });
    for (const post of article.live?.posts ?? []) {
      files.push({ path: post.sourceFilePath, kind: 'post', slug: post.id, ...stat(post), hash: 'h', alsoRead: [] });
    }
  }
  const kinds = [
    ['author', shared.authors],
    ['section', shared.sections],
    ['page', shared.pages],
  ] as const;
  for (const [kind, records] of kinds) {
    for (const record of records) {
      const path = (record._raw as { sourceFilePath: string }).sourceFilePath;
      files.push({ path, kind, slug: String(record.slug), ...stat(record), hash: 'h' });
    }
  }
  return { contentDir: CONTENT, files };
}

const story = (slug: string, fields: Partial<StoredArticle> = {}): StoredArticle =>
  ({
    _id: `articles/2026/${slug}.mdx`,
    title: slug,
    date: '2026-11-20T09:00:00.000Z',
    section: 'uk',
    tags: [],
    authors: [],
    slug,
    url: routes.article('uk', slug),
    alsoRead: [],
    sourceFilePath: `articles/2026/${slug}.mdx`,
    codeKey: `code-${slug}`,
    ...fields,
  }) as StoredArticle;

const shared: StoreDocuments = {
  authors: [{ slug: 'ana-bell', name: 'Ana Bell', _raw: { sourceFilePath: 'authors/ana-bell.mdx' } }],
  sections: [{ slug: 'uk', title: 'UK', _raw: { sourceFilePath: 'sections/uk.yaml' } }],
  pages: [],
};

export function fileRowChecks(fresh: () => Promise<FreshDatabase>): void {
  let opened: FreshDatabase;
  let database: Database;
  beforeEach(async () => {
    opened = await fresh();
    database = opened.database;
  });
  afterEach(() => opened.done());

  const now = new Date('2026-11-28T12:00:00Z');
  const build = (articles: StoredArticle[]) =>
    syncStore(
      database,
      { articles, ...shared, manifest: manifestOf(articles, shared) },
      { now, env: {}, readBody: () => 'x' },
    );
  const files = async () =>
    (await database.db.selectFrom('content_files').selectAll().orderBy('path').execute()).map((row) => ({
      ...row,
      record: JSON.parse(row.record) as FileRecord,
    }));
  const links = async () =>
    (await database.db.selectFrom('content_file_links').selectAll().execute())
      .map((row) => `${row.path}>${row.target}`)
      .sort();
  const delta = async () =>
    (await database.db.selectFrom('content_search_delta').selectAll().execute())
      .map((row) => `${row.change}:${row.url}`)
      .sort();
  /** Each manifest row's physical identity, which a write (even of the same values) changes. */
  const physical = async () => {
    const identity = database.dialect === 'postgres' ? sql.raw('ctid::text') : sql.raw('rowid');
    const result = await sql<{ path: string; at: unknown }>`select path, ${identity} as at from content_files`.execute(
      database.db,
    );
    return new Map(result.rows.map((row) => [row.path, String(row.at)]));
  };

  const pier = story('pier-reopens', { alsoRead: ['ferry-late'] });
  const ferry = story('ferry-late');
  const held = story('budget-leak', { date: '2026-12-01T09:00:00.000Z' });
  const draft = story('draft-note', { draft: true });

  it('a build writes a row per file with the columns a publish asks by, its ALSO READ targets and its folder', async () => {
    const result = await build([pier, ferry, held, draft]);
    expect(result.files).toEqual({ written: 6, removed: 0 });
    const rows = await files();
    expect(rows.map((row) => [row.path, row.kind, row.slug, row.publish_ms])).toEqual([
      ['articles/2026/budget-leak.mdx', 'article', 'budget-leak', Date.parse('2026-12-01T09:00:00Z')],
      ['articles/2026/draft-note.mdx', 'article', 'draft-note', null],
      ['articles/2026/ferry-late.mdx', 'article', 'ferry-late', Date.parse('2026-11-20T09:00:00Z')],
      ['articles/2026/pier-reopens.mdx', 'article', 'pier-reopens', Date.parse('2026-11-20T09:00:00Z')],
      ['authors/ana-bell.mdx', 'author', 'ana-bell', null],
      ['sections/uk.yaml', 'section', 'uk', null],
    ]);
    const manifest = manifestOf([pier, ferry, held, draft], shared);
    expect(rows.map((row) => row.record)).toEqual([...manifest.files].sort((a, b) => (a.path < b.path ? -1 : 1)));
    expect(rows[0]?.mtime_ms).toBe(1_764_000_000_000.5);
    expect(await links()).toEqual(['articles/2026/pier-reopens.mdx>ferry-late']);
    const dir = await database.db
      .selectFrom('content_state')
      .select('value')
      .where('name', '=', 'content_dir')
      .executeTakeFirst();
    expect(dir?.value).toBe(CONTENT);
  });

  it('a build rewrites only the rows whose record changed, removes the rows of files gone, and empties the delta', async () => {
    await build([pier, ferry, held]);
    await applyChanges(
      database,
      {
        remove: [],
        upsert: [],
        bodies: new Map(),
        files: { upsert: [], remove: [], sinceBuild: { changed: ['/uk/ferry-late'], removed: [] } },
      },
      { now, env: {} },
    );
    expect(await delta()).toEqual(['changed:/uk/ferry-late']);
    const before = await physical();
    const result = await build([{ ...pier, title: 'Pier reopens after repairs', alsoRead: [] }, ferry]);
    expect(result.files).toEqual({ written: 1, removed: 1 });
    const after = await physical();
    expect(after.get('articles/2026/ferry-late.mdx')).toBe(before.get('articles/2026/ferry-late.mdx'));
    expect(after.get('sections/uk.yaml')).toBe(before.get('sections/uk.yaml'));
    expect(after.get('articles/2026/pier-reopens.mdx')).not.toBe(before.get('articles/2026/pier-reopens.mdx'));
    expect(after.has('articles/2026/budget-leak.mdx')).toBe(false);
    expect(await links()).toEqual([]);
    expect(await delta()).toEqual([]);
  });

  it('a store written without a content check (Contentlayer by itself) leaves the rows as they are', async () => {
    await build([pier, ferry]);
    const before = await physical();
    await syncStore(database, { articles: [pier], ...shared }, { now, env: {}, readBody: () => 'x' });
    expect(await physical()).toEqual(before);
  });

  it('a publish writes its files’ rows and the delta since the build with its stories, or nothing when it fails', async () => {
    await build([pier, ferry]);
    const edited: FileRecord = {
      ...(manifestOf([pier], shared).files[0] as FileRecord),
      hash: 'h-edited',
      alsoRead: ['budget-leak'],
    };
    const added = manifestOf([held], shared).files[0] as FileRecord;
    const before = await physical();
    await applyChanges(
      database,
      {
        remove: [ferry.sourceFilePath],
        upsert: [held],
        bodies: new Map([['code-budget-leak', 'x']]),
        files: {
          upsert: [edited, added],
          remove: [ferry.sourceFilePath],
          sinceBuild: { changed: ['/uk/budget-leak'], removed: ['/uk/ferry-late'] },
        },
      },
      { now, env: {} },
    );
    expect((await files()).map((row) => row.path)).toEqual([
      'articles/2026/budget-leak.mdx',
      'articles/2026/pier-reopens.mdx',
      'authors/ana-bell.mdx',
      'sections/uk.yaml',
    ]);
    expect((await physical()).get('authors/ana-bell.mdx')).toBe(before.get('authors/ana-bell.mdx'));
    expect(await links()).toEqual(['articles/2026/pier-reopens.mdx>budget-leak']);
    expect(await delta()).toEqual(['changed:/uk/budget-leak', 'removed:/uk/ferry-late']);

    // A story that cannot be written: neither its rows nor the delta move.
    const rows = await files();
    await expect(
      applyChanges(
        database,
        {
          remove: [],
          upsert: [story('bad', { date: 'soon' })],
          bodies: new Map([['code-bad', 'x']]),
          files: { upsert: [{ ...added, hash: 'h-2' }], remove: [], sinceBuild: { changed: ['/uk/bad'], removed: [] } },
        },
        { now, env: {} },
      ),
    ).rejects.toThrow('articles/2026/bad.mdx: date: "soon" is not a date');
    expect(await files()).toEqual(rows);
    expect(await delta()).toEqual(['changed:/uk/budget-leak', 'removed:/uk/ferry-late']);
  });
}
