import { type Kysely, sql } from 'kysely';

import type { DialectName } from '../connection';

/**
 * The content store (issue 24, docs/decisions/052-content-store-in-the-database.md): what
 * Contentlayer typed, one row per story, with the lists the fronts read kept as indexed rows, so
 * that a page reads only the rows it shows and a publish writes only the rows it changes.
 *
 * - content_stories: every story (article or live blog), its light record as JSON (everything
 *   but the body), and the columns the lists sort and filter on. `listed` is 1 when readers see
 *   it (not a draft, not embargoed when it was written). Newest first is
 *   `date_ms desc, slug asc`, and every list index ends in those two columns.
 * - content_story_tags / _authors / _links: one row per tag, author and ALSO READ target of a
 *   story, carrying the sort columns so a tag's page n is one index range.
 * - content_lists: how many listed stories each list has (section, tag, author, month, year,
 *   `all`), and a tag's display form: a page count without counting the list.
 * - content_bodies: each compiled body, by the key of lib/build/compiled-bodies.ts.
 * - content_documents: authors, sections and pages (few, read whole).
 * - content_state: `version`, changed by every build and publish in the same transaction; the
 *   servers read it to know the store changed.
 * - content_files: the publish manifest, one row per content file.
 * - content_search_delta: the stories changed or removed since the last full build.
 */
export async function up(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  // Slugs sort byte by byte on both databases (PostgreSQL's default collation ignores hyphens).
  const key = dialect === 'postgres' ? sql`text collate "C"` : sql`text`;
  const real = dialect === 'postgres' ? 'double precision' : 'real';

  await db.schema
    .createTable('content_stories')
    .addColumn('source_path', key, (column) => column.primaryKey())
    .addColumn('slug', key, (column) => column.notNull())
    .addColumn('section', key, (column) => column.notNull())
    .addColumn('date_ms', real, (column) => column.notNull())
    .addColumn('listed', 'integer', (column) => column.notNull())
    .addColumn('month', 'text', (column) => column.notNull())
    .addColumn('year', 'integer', (column) => column.notNull())
    .addColumn('featured', 'integer', (column) => column.notNull())
    .addColumn('pick', 'integer', (column) => column.notNull())
    .addColumn('breaking', 'integer', (column) => column.notNull())
    .addColumn('live', 'integer', (column) => column.notNull())
    .addColumn('corrected', 'integer', (column) => column.notNull())
    // The hash before the record: a warm build reads every story's hash, and SQLite reaches a
    // column by walking the ones before it (a long record can spill to overflow pages).
    .addColumn('record_hash', 'text', (column) => column.notNull())
    .addColumn('record', 'text', (column) => column.notNull())
    .execute();
  const storyIndex = (name: string, columns: string[]) =>
    db.schema
      .createIndex(`content_stories_${name}`)
      .on('content_stories')
      .columns([...columns, 'date_ms desc', 'slug'])
      .execute();
  await db.schema.createIndex('content_stories_slug').on('content_stories').column('slug').execute();
  await storyIndex('newest', ['listed']);
  await storyIndex('section', ['section', 'listed']);
  await storyIndex('month', ['month', 'listed']);
  await storyIndex('year', ['year', 'listed']);
  for (const flag of ['featured', 'pick', 'breaking', 'live', 'corrected']) await storyIndex(flag, [flag, 'listed']);

  for (const [table, keyColumn] of [
    ['content_story_tags', 'tag_key'],
    ['content_story_authors', 'author'],
  ] as const) {
    let builder = db.schema
      .createTable(table)
      .addColumn(keyColumn, key, (column) => column.notNull())
      .addColumn('source_path', key, (column) => column.notNull());
    if (table === 'content_story_tags') builder = builder.addColumn('tag', 'text', (column) => column.notNull());
    await builder
      .addColumn('slug', key, (column) => column.notNull())
      .addColumn('section', key, (column) => column.notNull())
      .addColumn('date_ms', real, (column) => column.notNull())
      .addColumn('listed', 'integer', (column) => column.notNull())
      .addPrimaryKeyConstraint(`${table}_key`, [keyColumn, 'source_path'])
      .execute();
    // A tag's list index also carries its spelling, so a publish finds the display form of a
    // tag it touched (the spelling most stories use) from the index alone.
    const spelling = table === 'content_story_tags' ? ['tag'] : [];
    await db.schema
      .createIndex(`${table}_list`)
      .on(table)
      .columns([keyColumn, 'listed', 'date_ms desc', 'slug', ...spelling])
      .execute();
    await db.schema.createIndex(`${table}_story`).on(table).column('source_path').execute();
  }

  await db.schema
    .createTable('content_story_links')
    .addColumn('target_slug', key, (column) => column.notNull())
    .addColumn('source_path', key, (column) => column.notNull())
    .addPrimaryKeyConstraint('content_story_links_key', ['target_slug', 'source_path'])
    .execute();
  await db.schema.createIndex('content_story_links_story').on('content_story_links').column('source_path').execute();

  await db.schema
    .createTable('content_lists')
    .addColumn('kind', 'text', (column) => column.notNull())
    .addColumn('key', key, (column) => column.notNull())
    .addColumn('name', 'text', (column) => column.notNull())
    .addColumn('count', 'integer', (column) => column.notNull())
    .addPrimaryKeyConstraint('content_lists_key', ['kind', 'key'])
    .execute();

  await db.schema
    .createTable('content_bodies')
    .addColumn('key', key, (column) => column.primaryKey())
    .addColumn('code', 'text', (column) => column.notNull())
    .execute();

  await db.schema
    .createTable('content_documents')
    .addColumn('kind', 'text', (column) => column.notNull())
    .addColumn('slug', key, (column) => column.notNull())
    .addColumn('source_path', key, (column) => column.notNull())
    .addColumn('record', 'text', (column) => column.notNull())
    .addPrimaryKeyConstraint('content_documents_key', ['kind', 'slug'])
    .execute();

  await db.schema
    .createTable('content_state')
    .addColumn('name', 'text', (column) => column.primaryKey())
    .addColumn('value', 'text', (column) => column.notNull())
    .execute();

  await db.schema
    .createTable('content_files')
    .addColumn('path', key, (column) => column.primaryKey())
    .addColumn('record', 'text', (column) => column.notNull())
    .execute();

  await db.schema
    .createTable('content_search_delta')
    .addColumn('url', key, (column) => column.primaryKey())
    .addColumn('change', 'text', (column) => column.notNull())
    .execute();
}
