/**
 * What the content store's read side must do, on any database: an empty archive, ordering ties,
 * what readers never see, pages past the end, unknown keys, and a publish seen after a refresh.
 * Run on SQLite by lib/content/database/sqlite.test.ts and on PostgreSQL by
 * lib/content/database/postgres.test.ts.
 */
import { describe, expect, it } from 'vitest';

import {
  adjacentInSection,
  bodyCode,
  breakingStory,
  cardedSlugs,
  homeFront,
  type KeyedKind,
  listBatch,
  listCount,
  type ListCursor,
  listKeys,
  listPage,
  RECENT_BODIES,
  refreshStoreVersion,
  relatedStories,
  type Scope,
  storeDocuments,
  storeVersion,
  storiesBetween,
  storiesBySlugs,
  storyBySlug,
  storyIn,
  type StoryList,
} from '../../lib/content/database';
import { site } from '../../lib/site';
import { correction, NOW, october, present, rowsAsBuilt, setVersion, storedStory, writeArchive } from './archive';
import { eachTestDatabase, type Fresh } from './fresh';

const slugs = (stories: { slug: string }[]) => stories.map((story) => story.slug);

/** Every list a page can ask for, with a key that has stories in `ties` below. */
const LISTS: StoryList[] = [
  { kind: 'all' },
  { kind: 'section', key: 'world' },
  { kind: 'tag', key: 'harbour' },
  { kind: 'author', key: 'ana-lopez' },
  { kind: 'month', key: '2026-10' },
  { kind: 'year', key: 2026 },
  { kind: 'featured' },
  { kind: 'pick' },
  { kind: 'breaking' },
  { kind: 'live' },
  { kind: 'corrected' },
];
const KINDS: KeyedKind[] = ['section', 'tag', 'author', 'month', 'year'];
const SCOPES: Scope[] = ['published', 'everything'];

/** Three stories on one date whose slugs sort differently byte-wise and by length, in every list. */
const tied = (slug: string) =>
  storedStory(slug, {
    date: october(5),
    tags: ['Harbour'],
    authors: ['ana-lopez'],
    featured: true,
    pick: true,
    breaking: true,
    corrections: [correction(october(6), 'A name was misspelt.')],
    live: { status: 'live', coverageStart: october(5), posts: [] },
  });

export function readerChecks(fresh: Fresh): void {
  const database = eachTestDatabase(fresh);

  describe('an empty archive', () => {
    it.each(SCOPES)('answers every question with nothing (%s)', async (scope) => {
      await writeArchive(database(), [], { documents: false });
      const ghost = storedStory('ghost', { tags: ['Harbour'] });
      expect(await storyBySlug('ghost', scope)).toBeUndefined();
      expect(await storyIn('world', 'ghost', scope)).toBeUndefined();
      expect(await storiesBySlugs(['ghost', 'other'], scope)).toEqual(new Map());
      for (const list of LISTS) {
        expect(await listPage(list, { limit: 20 }, scope)).toEqual([]);
        expect(await listCount(list, scope)).toBe(0);
      }
      for (const kind of KINDS) expect(await listKeys(kind, scope)).toEqual([]);
      expect(await adjacentInSection(ghost, scope)).toEqual({});
      expect(await storiesBetween(new Date(0), NOW, scope)).toEqual([]);
      expect(await breakingStory(NOW, 48, scope)).toBeUndefined();
      expect(await relatedStories(ghost, 4, {}, scope)).toEqual([]);
      expect(await homeFront(['world', 'uk'], site.front, scope)).toEqual({
        lead: undefined,
        top: [],
        sections: [],
        latest: [],
        picks: [],
      });
      expect(await cardedSlugs(scope)).toEqual(new Set());
      const documents = await storeDocuments();
      expect([documents.authors, documents.sections, documents.pages]).toEqual([[], [], []]);
    });
  });

  describe('ordering', () => {
    it('lists stories of one date by slug byte by byte ("a-b" before "a0" before "ab"), in every list', async () => {
      await writeArchive(database(), [tied('ab'), tied('a0'), tied('a-b')]);
      for (const list of LISTS) {
        expect(slugs(await listPage(list, { limit: 20 }, 'published')), list.kind).toEqual(['a-b', 'a0', 'ab']);
        expect(await listCount(list, 'published'), list.kind).toBe(3);
      }
      expect(slugs(await listPage({ kind: 'all' }, { limit: 1, offset: 1 }, 'published'))).toEqual(['a0']);
    });

    it('counts featured, picks and corrected from their content_lists row, as the writer keeps it', async () => {
      await writeArchive(database(), [tied('ab'), tied('a0'), tied('a-b')]);
      const flags = ['featured', 'pick', 'corrected'] as const;
      for (const kind of flags) expect(await listCount({ kind }, 'published'), kind).toBe(3);
      // One row read, not a count of the list: without the row the count is 0 (development
      // preview, which has no rows for drafts, still counts the stories).
      await database().db.deleteFrom('content_lists').where('kind', 'in', flags).execute();
      for (const kind of flags) {
        expect(await listCount({ kind }, 'published'), kind).toBe(0);
        expect(await listCount({ kind }, 'everything'), kind).toBe(3);
      }
    });

    it('walks a list a batch at a time from each batch’s last story, through a date shared by several', async () => {
      await writeArchive(database(), [tied('ab'), tied('a0'), tied('a-b')]);
      for (const list of LISTS) {
        const walked: string[] = [];
        let after: ListCursor | undefined;
        for (let batches = 0; batches < 5; batches++) {
          const { stories, next } = await listBatch(list, 1, after, 'published');
          walked.push(...slugs(stories));
          if (!next) break;
          after = next;
        }
        // Each batch was full, so the walk asks once more and finds the end.
        expect(walked, list.kind).toEqual(['a-b', 'a0', 'ab']);
        expect(await listBatch(list, 1, after, 'published'), list.kind).toEqual({ stories: [] });
      }
    });

    it('takes previous (older) and next (newer) by date, then by slug on the same date', async () => {
      await writeArchive(database(), [
        tied('ab'),
        tied('a0'),
        tied('a-b'),
        storedStory('newest', { date: october(9) }),
        storedStory('oldest', { date: october(1) }),
        storedStory('elsewhere', { section: 'uk', date: october(7) }),
      ]);
      const around = async (slug: string) => {
        const { previous, next } = await adjacentInSection(
          present(await storyBySlug(slug, 'published'), slug),
          'published',
        );
        return [previous?.slug, next?.slug];
      };
      expect(await around('newest')).toEqual(['a-b', undefined]);
      expect(await around('a-b')).toEqual(['a0', 'newest']);
      expect(await around('a0')).toEqual(['ab', 'a-b']);
      expect(await around('ab')).toEqual(['oldest', 'a0']);
      expect(await around('oldest')).toEqual([undefined, 'ab']);
      expect(await around('elsewhere')).toEqual([undefined, undefined]);
    });
  });

  describe('what readers never see', () => {
    const archive = [
      storedStory('out', { date: october(3), tags: ['Harbour'], authors: ['ana-lopez'] }),
      storedStory('draft', { date: october(4), draft: true, tags: ['Harbour'], authors: ['ana-lopez'], pick: true }),
      // Dated after NOW, the clock the rows were written at: embargoed.
      storedStory('embargoed', {
        date: '2026-11-29T09:00:00.000Z',
        tags: ['Harbour', 'Secrets'],
        featured: true,
        breaking: true,
      }),
    ];

    it('leaves drafts and embargoed stories out of every published answer', async () => {
      await writeArchive(database(), archive);
      for (const slug of ['draft', 'embargoed']) {
        expect(await storyBySlug(slug, 'published')).toBeUndefined();
        expect(await storyIn('world', slug, 'published')).toBeUndefined();
      }
      expect([...(await storiesBySlugs(['out', 'draft', 'embargoed'], 'published')).keys()]).toEqual(['out']);
      for (const list of LISTS) expect(slugs(await listPage(list, { limit: 20 }, 'published'))).not.toContain('draft');
      expect(slugs(await listPage({ kind: 'tag', key: 'harbour' }, { limit: 20 }, 'published'))).toEqual(['out']);
      expect(await listCount({ kind: 'tag', key: 'harbour' }, 'published')).toBe(1);
      expect(await listCount({ kind: 'featured' }, 'published')).toBe(0);
      expect(await listKeys('tag', 'published')).toEqual([{ key: 'harbour', name: 'Harbour', count: 1 }]);
      expect(await listKeys('month', 'published')).toEqual([{ key: '2026-10', name: '2026-10', count: 1 }]);
      // Within the window before a later clock, but never listed: the banner stays empty.
      expect(await breakingStory(new Date('2026-11-29T10:00:00Z'), 48, 'published')).toBeUndefined();
      expect(await storiesBetween(new Date(0), new Date('2027-01-01'), 'published')).toHaveLength(1);
      expect(await cardedSlugs('published')).toEqual(new Set(['out']));
      const front = await homeFront(['world'], site.front, 'published');
      expect(front.lead?.slug).toBe('out');
      expect(front.picks).toEqual([]);
    });

    it('shows them in development preview, counted as they are', async () => {
      await writeArchive(database(), archive);
      expect((await storyBySlug('draft', 'everything'))?.slug).toBe('draft');
      expect(slugs(await listPage({ kind: 'tag', key: 'harbour' }, { limit: 20 }, 'everything'))).toEqual([
        'embargoed',
        'draft',
        'out',
      ]);
      expect(await listCount({ kind: 'tag', key: 'harbour' }, 'everything')).toBe(3);
      expect(await listCount({ kind: 'all' }, 'everything')).toBe(3);
      expect(await listKeys('tag', 'everything')).toEqual([
        { key: 'harbour', name: 'Harbour', count: 3 },
        { key: 'secrets', name: 'Secrets', count: 1 },
      ]);
      expect(await listKeys('month', 'everything')).toEqual([
        { key: '2026-11', name: '2026-11', count: 1 },
        { key: '2026-10', name: '2026-10', count: 2 },
      ]);
      expect((await breakingStory(new Date('2026-11-29T10:00:00Z'), 48, 'everything'))?.slug).toBe('embargoed');
      expect((await homeFront(['world'], site.front, 'everything')).lead?.slug).toBe('embargoed');
      expect(await cardedSlugs('everything')).toEqual(new Set(['out', 'draft', 'embargoed']));
    });
  });

  describe('pages past the end and unknown keys', () => {
    it('gives an empty page past the end and nothing for a key no story has', async () => {
      await writeArchive(database(), [tied('ab'), tied('a0'), tied('a-b')]);
      expect(await listPage({ kind: 'section', key: 'world' }, { limit: 2, offset: 2 }, 'published')).toHaveLength(1);
      expect(await listPage({ kind: 'section', key: 'world' }, { limit: 2, offset: 4 }, 'published')).toEqual([]);
      expect(await listPage({ kind: 'all' }, { limit: 0 }, 'published')).toEqual([]);
      for (const list of [
        { kind: 'section', key: 'nowhere' },
        { kind: 'tag', key: 'no-such-tag' },
        { kind: 'author', key: 'nobody' },
        { kind: 'month', key: '1999-01' },
        { kind: 'year', key: 1999 },
      ] as StoryList[]) {
        expect(await listPage(list, { limit: 20 }, 'published')).toEqual([]);
        expect(await listCount(list, 'published')).toBe(0);
        expect(await listCount(list, 'everything')).toBe(0);
      }
      expect(await storyBySlug('no-such-story', 'published')).toBeUndefined();
      // A real slug under another section's address is not that story.
      expect(await storyIn('uk', 'ab', 'published')).toBeUndefined();
      expect((await storyIn('world', 'ab', 'published'))?.slug).toBe('ab');
    });

    it('reads a story back exactly as it was stored', async () => {
      const story = storedStory('whole', { tags: ['Harbour'], authors: ['ana-lopez'], alsoRead: ['ab'] });
      await writeArchive(database(), [story]);
      expect(await storyBySlug('whole', 'published')).toEqual(story);
    });
  });

  describe('bodies', () => {
    it('reads a compiled body by its key, and says what to run when it is missing', async () => {
      await writeArchive(database(), [storedStory('one')]);
      expect(await bodyCode('body-one')).toBe('compiled body of one');
      await expect(bodyCode('no-such-body', 'articles/2026/gone.mdx')).rejects.toThrow(
        /content_bodies has no compiled body "no-such-body" for articles\/2026\/gone\.mdx — run npm run build/,
      );
    });

    it('keeps the last few bodies, not more', async () => {
      const stories = Array.from({ length: RECENT_BODIES + 1 }, (_, n) => storedStory(`story-${n}`));
      await writeArchive(database(), stories);
      for (const story of stories) await bodyCode(story.codeKey);
      await database().db.deleteFrom('content_bodies').execute();
      // The newest RECENT_BODIES are still answered; the first was let go.
      expect(await bodyCode(present(stories.at(-1), 'last story').codeKey)).toBe(
        `compiled body of story-${RECENT_BODIES}`,
      );
      await expect(bodyCode(present(stories[0], 'first story').codeKey)).rejects.toThrow(/run npm run build/);
    });
  });

  describe('a publish', () => {
    it('is seen after refreshStoreVersion(): the version, the documents and the card set follow it', async () => {
      await writeArchive(database(), [storedStory('first', { date: october(1) })], { version: 'v1' });
      expect(await storeVersion()).toBe('v1');
      expect((await storeDocuments()).sectionsBySlug.get('world')?.title).toBe('World');
      expect(await cardedSlugs('published')).toEqual(new Set(['first']));

      const db = database().db;
      await db.transaction().execute(async (trx) => {
        const section = present((await storeDocuments()).sectionsBySlug.get('world'), 'world');
        await trx
          .updateTable('content_documents')
          .set({ record: JSON.stringify({ ...section, title: 'The World' }) })
          .where('kind', '=', 'section')
          .where('slug', '=', 'world')
          .execute();
        await trx
          .insertInto('content_stories')
          .values(rowsAsBuilt(storedStory('second', { date: october(2) })).story)
          .execute();
        await setVersion(trx, 'v2');
      });
      expect(await refreshStoreVersion()).toBe('v2');
      expect(await storeVersion()).toBe('v2');
      expect((await storeDocuments()).sectionsBySlug.get('world')?.title).toBe('The World');
      expect(await cardedSlugs('published')).toEqual(new Set(['second', 'first']));
    });

    it('orders sections for navigation by their order, then title', async () => {
      await writeArchive(database(), []);
      const documents = await storeDocuments();
      expect(documents.orderedSections.map((section) => section.order)).toEqual([0, 1, 2, 3, 4]);
      expect(documents.authorsBySlug.get('ana-lopez')?.name).toBe('Ana Lopez');
      expect(documents.pagesBySlug.get('about')?.title).toBe('About');
    });
  });
}
