import { CompiledQuery as Compiled, type CompiledQuery, Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';

import { fillContentStore } from '../../test/fixtures/content-database';
import { addressesOf, ARCHIVE_NOW, routeArchive } from '../../test/fixtures/route-archive';
import { routeLookupChecks } from '../../test/oracles/route-lookup-checks';
import { routeTableOf } from '../../test/oracles/route-table-of';
import type { DatabaseSchema } from '../db/schema';
import { scratchSqlite } from '../db/scratch-database';
import { databaseLookup } from './database-lookup';
import { judge } from './guard';

describe('the route guard over the content store on SQLite', () => {
  routeLookupChecks(() => scratchSqlite('route-guard'));
});

describe('the route guard asks the database point questions', () => {
  it('asks at most three queries per address, each an index search: no table scan, no sort', async () => {
    const { database, done } = await scratchSqlite('route-plans');
    try {
      const store = routeArchive();
      await fillContentStore(database.db, store, { now: new Date(ARCHIVE_NOW), version: 'v1' });
      const queries: CompiledQuery[] = [];
      // The same file through a Kysely that reports each query (never destroyed: it would close the file).
      const watched = new Kysely<DatabaseSchema>({
        dialect: database.kyselyDialect,
        log: (event) => {
          if (event.level === 'query') queries.push(event.query);
        },
      });
      const lookup = databaseLookup(watched, 'published');
      const table = routeTableOf('v1', store);
      let most = 0;
      const texts = new Map<string, CompiledQuery>();
      for (const address of addressesOf(store, table)) {
        const before = queries.length;
        await judge(lookup, address);
        most = Math.max(most, queries.length - before);
      }
      for (const query of queries) texts.set(query.sql, query);
      expect(most).toBeLessThanOrEqual(3);
      // The newest stories (cards) and the sitemap's size: read once for the version, not per address.
      expect(queries.filter((query) => /order by/i.test(query.sql))).toHaveLength(1);
      expect(queries.filter((query) => /content_documents d on/i.test(query.sql))).toHaveLength(1);
      const plans: { sql: string; detail: string }[] = [];
      for (const query of texts.values()) {
        const plan = await database.db.executeQuery<{ detail: string }>(
          Compiled.raw(`explain query plan ${query.sql}`, [...query.parameters]),
        );
        plans.push(...plan.rows.map(({ detail }) => ({ sql: query.sql, detail })));
      }
      expect(plans.length).toBeGreaterThan(texts.size - 1);
      // SCAN CONSTANT ROW: the one-row select that adds the sitemap's sums, no table.
      expect(plans.filter(({ detail }) => /^SCAN (?!CONSTANT ROW)|TEMP B-TREE/.test(detail))).toEqual([]);
      // A story by its slug's index: a section's index would be a range as long as the section.
      const stories = plans.filter(({ sql }) => sql.includes('from "content_stories" where "slug" = ?'));
      expect(stories.length).toBeGreaterThan(0);
      expect(stories.filter(({ detail }) => !detail.includes('content_stories_slug (slug=?)'))).toEqual([]);
    } finally {
      await done();
    }
  });
});
