/**
 * What a publish asks of the manifest's rows (./file-rows.ts), and the proof that each question
 * but the folder comparison of `npm run publish` without names reaches rows through a key or an
 * index: SQLite's plan for every statement.
 */
import { CompiledQuery, Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';

import { syncStore } from '../build/database-store';
import type { DatabaseSchema } from '../db/schema';
import { scratchSqlite } from '../db/scratch-database';
import type { FileRecord } from '../validation/model';
import { fileRows } from './file-rows';

const record = (path: string, fields: Partial<FileRecord> = {}): FileRecord => ({
  path,
  kind: 'article',
  slug: path.split('/').pop()?.replace('.mdx', '') ?? '',
  size: 10,
  mtimeMs: 1,
  hash: 'h',
  date: '2026-11-20T09:00:00Z',
  alsoRead: [],
  ...fields,
});

const archive: FileRecord[] = [
  ...Array.from({ length: 400 }, (_, i) =>
    record(`articles/2026/story-${i}.mdx`, { alsoRead: [`story-${(i + 1) % 400}`] }),
  ),
  record('articles/2025/story-7.mdx', { date: '2025-05-01T09:00:00Z' }),
  record('articles/2026/held.mdx', { date: '2026-12-05T09:00:00Z' }),
  record('live/2026/storm/index.mdx', { kind: 'live', slug: 'storm' }),
  record('live/2026/storm/p1.mdx', { kind: 'post', slug: 'p1', date: undefined, alsoRead: ['story-3'] }),
  record('live/2026/storm-two/index.mdx', { kind: 'live', slug: 'storm-two' }),
  record('authors/ann.mdx', { kind: 'author', slug: 'ann', date: undefined }),
  record('sections/uk.yaml', { kind: 'section', slug: 'uk', date: undefined }),
  record('pages/about.mdx', { kind: 'page', slug: 'about', date: undefined }),
];

describe('the manifest’s rows a publish reads', () => {
  it('answers each question with the rows it names, through keys and indexes only', async () => {
    const { database, done } = await scratchSqlite('file-rows');
    try {
      await syncStore(
        database,
        { articles: [], authors: [], sections: [], pages: [], manifest: { contentDir: '/content', files: archive } },
        { now: new Date('2026-11-28T12:00:00Z'), env: {}, readBody: () => 'x' },
      );
      const statements: CompiledQuery[] = [];
      const logged = new Kysely<DatabaseSchema>({
        dialect: database.kyselyDialect,
        log: (event) => {
          if (event.level === 'query') statements.push(event.query);
        },
      });
      const rows = fileRows({ db: logged });
      const paths = (records: Iterable<FileRecord>) => [...records].map((found) => found.path).sort();

      expect([...(await rows.at(['articles/2026/story-1.mdx', 'articles/2026/none.mdx'])).keys()]).toEqual([
        'articles/2026/story-1.mdx',
      ]);
      expect(paths(await rows.naming(['story-3']))).toEqual(['articles/2026/story-2.mdx', 'live/2026/storm/p1.mdx']);
      expect(paths(await rows.storiesWithSlugs(['story-7', 'p1', 'storm']))).toEqual([
        'articles/2025/story-7.mdx',
        'articles/2026/story-7.mdx',
        'live/2026/storm/index.mdx',
      ]);
      expect(paths(await rows.shared())).toEqual(['authors/ann.mdx', 'pages/about.mdx', 'sections/uk.yaml']);
      // Only the blog's folder: not storm-two, whose name starts the same.
      expect(paths(await rows.blogFiles('live/2026/storm'))).toEqual([
        'live/2026/storm/index.mdx',
        'live/2026/storm/p1.mdx',
      ]);
      expect(paths(await rows.datedBetween(Date.parse('2026-11-28T12:00:00Z'), Number.POSITIVE_INFINITY))).toEqual([
        'articles/2026/held.mdx',
      ]);
      expect(rows.read).toBe(1 + 2 + 3 + 3 + 2 + 1);

      const plans: string[] = [];
      for (const statement of statements) {
        const plan = await database.db.executeQuery<{ detail: string }>(
          CompiledQuery.raw(`explain query plan ${statement.sql}`, [...statement.parameters]),
        );
        plans.push(...plan.rows.map((row) => row.detail));
      }
      expect(plans.filter((detail) => detail.startsWith('SCAN '))).toEqual([]);
      expect(plans).toContain('SEARCH content_file_links USING COVERING INDEX content_file_links_by_target (target=?)');
      expect(plans.some((detail) => detail.includes('content_files_by_slug'))).toBe(true);
      expect(plans.some((detail) => detail.includes('content_files_by_kind'))).toBe(true);
      expect(plans.some((detail) => detail.includes('content_files_by_publish'))).toBe(true);

      // The comparison of the whole folder reads every row: the one step that grows.
      expect((await rows.stats()).size).toBe(archive.length);
    } finally {
      await done();
    }
  });
});
