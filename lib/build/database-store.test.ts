/**
 * The database content store writer on SQLite (the same checks run on PostgreSQL in
 * ./database-store.postgres.test.ts), and the proof that a publish reads no row of an untouched
 * story: SQLite's plan for every statement applyChanges runs.
 */
import { CompiledQuery, Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';

import type { DatabaseSchema } from '../db/schema';
import { scratchSqlite } from '../db/scratch-database';
import { applyChanges, syncStore } from './database-store';
import { fileRowChecks } from './database-store/file-checks';
import { databaseStoreChecks, story } from './database-store/store-checks';

describe('the content store in the database, on SQLite', () => {
  databaseStoreChecks(() => scratchSqlite('content-store'));
});

describe('the publish manifest’s rows in the database, on SQLite', () => {
  fileRowChecks(() => scratchSqlite('content-files'));
});

describe('a publish’s statements, as SQLite plans them', () => {
  it('reach rows only through keys and indexes: no statement scans a table of stories, lists or bodies', async () => {
    const { database, done } = await scratchSqlite('content-store-plans');
    try {
      const now = new Date('2026-11-28T12:00:00Z');
      const archive = Array.from({ length: 500 }, (_, i) =>
        story(`story-${i}`, 1 + (i % 27), {
          section: ['uk', 'world', 'business'][i % 3],
          tags: [`Topic ${i % 40}`, `Place ${i % 25}`],
          authors: [`author-${i % 12}`],
          alsoRead: [`story-${(i + 1) % 500}`],
        }),
      );
      await syncStore(
        database,
        { articles: archive, authors: [], sections: [], pages: [] },
        { now, env: {}, readBody: () => 'x' },
      );
      const statements: CompiledQuery[] = [];
      // The same SQLite connection, with every statement it runs written down.
      const logged = new Kysely<DatabaseSchema>({
        dialect: database.kyselyDialect,
        log: (event) => {
          if (event.level === 'query') statements.push(event.query);
        },
      });
      const edited = { ...(archive[7] as (typeof archive)[number]), title: 'Edited', tags: ['Topic 1', 'Brand new'] };
      const added = story('added', 28, { tags: ['Topic 3'], authors: ['author-1'] });
      await applyChanges(
        { ...database, db: logged },
        {
          remove: [edited.sourceFilePath, (archive[9] as (typeof archive)[number]).sourceFilePath],
          upsert: [edited, added],
          bodies: new Map([
            [edited.codeKey, 'x'],
            [added.codeKey, 'x'],
          ]),
        },
        { now, env: {} },
      );
      const plans: string[] = [];
      for (const statement of statements) {
        const plan = await database.db.executeQuery<{ detail: string }>(
          CompiledQuery.raw(`explain query plan ${statement.sql}`, [...statement.parameters]),
        );
        plans.push(...plan.rows.map((row) => row.detail));
      }
      // A multi-row INSERT reads its own VALUES list ("SCAN 2-ROW VALUES CLAUSE"), no table.
      expect(
        plans.filter((detail) => detail.startsWith('SCAN ') && !/^SCAN \d+-ROW VALUES CLAUSE$/.test(detail)),
      ).toEqual([]);
      // The plans are real: the touched stories by key, a touched tag's name from its index range.
      expect(plans).toContain('SEARCH content_stories USING INDEX sqlite_autoindex_content_stories_1 (source_path=?)');
      expect(plans).toContain(
        'SEARCH content_story_tags USING COVERING INDEX content_story_tags_list (tag_key=? AND listed=?)',
      );
      expect(plans).toContain('SEARCH content_lists USING INDEX sqlite_autoindex_content_lists_1 (kind=? AND key=?)');
    } finally {
      await done();
    }
  });
});
