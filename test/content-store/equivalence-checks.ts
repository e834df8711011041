/**
 * The database answers as the in-memory indexes do (lib/content/indexes.ts, related.ts,
 * front.ts) on a seeded random archive of 300 stories, for readers and for development preview:
 * every list page by page, every count and key, previous and next of every story, the related
 * stories of every story (with windows smaller than the tag lists, exclusions and score ties),
 * the home front under several limits, the breaking banner and spans of dates.
 */
import { describe, expect, it } from 'vitest';

import {
  adjacentInSection,
  breakingStory,
  cardedSlugs,
  homeFront,
  type KeyedKind,
  listCount,
  listKeys,
  listPage,
  relatedStories,
  type Scope,
  storiesBetween,
  storiesBySlugs,
  type StoryList,
} from '../../lib/content/database';
import { breakingStory as breakingInMemory, composeFront, type Front } from '../../lib/content/front';
import { groupByMonth, groupByPublicationYear } from '../../lib/content/grouping';
import { adjacentIn, buildIndex, latestInSection } from '../../lib/content/indexes';
import { RELATED_WINDOW, relatedTo } from '../../lib/content/related';
import type { StoredArticle } from '../../lib/content/store';
import { site } from '../../lib/site';
import { NOW, randomArchive, SECTIONS, STRAY_SECTION, writeArchive } from './archive';
import { blockDatabase, type Fresh } from './fresh';

const slugs = (stories: readonly { slug: string }[]) => stories.map((story) => story.slug);
const PAGE = 25;

const frontSlugs = (front: Front<{ slug: string }>) => ({
  lead: front.lead?.slug,
  top: slugs(front.top),
  sections: front.sections.map(({ section, stories }) => [section, slugs(stories)]),
  latest: slugs(front.latest),
  picks: slugs(front.picks),
});

/** Every page of a list, read as a front reads it, one past the end included. */
async function everyPage(list: StoryList, scope: Scope): Promise<string[]> {
  const found: string[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = await listPage(list, { limit: PAGE, offset }, scope);
    found.push(...slugs(page));
    if (page.length === 0) return found;
  }
}

export function equivalenceChecks(fresh: Fresh, seed: number): void {
  const archive = randomArchive(seed);
  blockDatabase(fresh, (database) => writeArchive(database, archive));

  describe.each(['published', 'everything'] as const)('%s', (scope) => {
    const index = buildIndex(archive, scope === 'published' ? { now: NOW } : { includeUnpublished: true });
    const months = groupByMonth(index.all, site.timeZone);
    const years = groupByPublicationYear(index.all, site.timeZone);
    const flagged = (keep: (story: StoredArticle) => boolean) => index.all.filter(keep);

    it('fills the fixture as intended: ties, drafts, embargoes and tag lists longer than a window', () => {
      expect(index.all.length).toBeGreaterThan(250);
      const dates = new Set(index.all.map((story) => story.date));
      expect(index.all.length - dates.size).toBeGreaterThan(20);
      expect(archive.filter((story) => story.draft).length).toBeGreaterThan(3);
      expect(archive.filter((story) => Date.parse(story.date) > NOW.getTime()).length).toBeGreaterThan(3);
      expect(Math.max(...[...index.byTag.values()].map((list) => list.length))).toBeGreaterThan(40);
    });

    it('lists every list page by page, with its count', async () => {
      const lists: [StoryList, readonly StoredArticle[]][] = [
        [{ kind: 'all' }, index.all],
        ...[...SECTIONS, STRAY_SECTION, 'nowhere'].map((key): [StoryList, StoredArticle[]] => [
          { kind: 'section', key },
          index.bySection.get(key) ?? [],
        ]),
        ...[...index.byTag].map(([key, list]): [StoryList, StoredArticle[]] => [{ kind: 'tag', key }, list]),
        ...[...index.byAuthor].map(([key, list]): [StoryList, StoredArticle[]] => [{ kind: 'author', key }, list]),
        ...[...months].map(([key, list]): [StoryList, StoredArticle[]] => [{ kind: 'month', key }, list]),
        ...[...years].map(([key, list]): [StoryList, StoredArticle[]] => [{ kind: 'year', key }, list]),
        [{ kind: 'featured' }, flagged((story) => story.featured === true)],
        [{ kind: 'pick' }, flagged((story) => story.pick === true)],
        [{ kind: 'breaking' }, flagged((story) => story.breaking === true)],
        [{ kind: 'live' }, flagged((story) => story.live !== undefined)],
        [{ kind: 'corrected' }, flagged((story) => (story.corrections?.length ?? 0) > 0)],
      ];
      expect(lists.length).toBeGreaterThan(50);
      for (const [list, expected] of lists) {
        const name = JSON.stringify(list);
        expect(await everyPage(list, scope), name).toEqual(slugs(expected));
        expect(await listCount(list, scope), name).toBe(expected.length);
      }
    });

    it('gives every key of each kind with its name and count', async () => {
      const expected: Record<KeyedKind, { key: string; name: string; count: number }[]> = {
        section: [...index.bySection].map(([key, list]) => ({ key, name: key, count: list.length })),
        tag: [...index.byTag].map(([key, list]) => ({ key, name: index.tagNames.get(key) ?? '', count: list.length })),
        author: [...index.byAuthor].map(([key, list]) => ({ key, name: key, count: list.length })),
        month: [...months].map(([key, list]) => ({ key, name: key, count: list.length })),
        year: [...years].map(([year, list]) => ({ key: String(year), name: String(year), count: list.length })),
      };
      const byKey = (a: { key: string }, b: { key: string }) => (a.key < b.key ? -1 : 1);
      for (const kind of Object.keys(expected) as KeyedKind[]) {
        const keys = await listKeys(kind, scope);
        expect(keys, kind).toEqual(
          kind === 'month' || kind === 'year' ? [...expected[kind]].sort(byKey).reverse() : expected[kind].sort(byKey),
        );
      }
      // Both spellings are in the fixture; the display form is the one most stories use.
      expect(index.tagNames.get('brexit')).toBeDefined();
    });

    it('finds the previous and next story of every story in its section', async () => {
      for (const story of index.all) {
        const expected = adjacentIn(index, story);
        const found = await adjacentInSection(story, scope);
        expect([found.previous?.slug, found.next?.slug], story.slug).toEqual([
          expected.previous?.slug,
          expected.next?.slug,
        ]);
      }
    });

    it('ranks related stories as related.ts does, for every story, windows and exclusions included', async () => {
      const variants = [
        { limit: 4, window: RELATED_WINDOW, excludeLatest: 0 },
        { limit: 6, window: 10, excludeLatest: 0 },
        { limit: 5, window: 9, excludeLatest: 3 },
        // More places than candidates for many stories: the section's newest fill them.
        { limit: 30, window: 6, excludeLatest: 2 },
      ];
      let filled = 0;
      // Neighbours in the ranking with the same shared tags, section and date: only the slug orders them.
      let slugTies = 0;
      const shared = (story: StoredArticle, other: StoredArticle) =>
        (other.tags ?? [])
          .filter((tag) => (story.tags ?? []).includes(tag))
          .sort()
          .join('|');
      const tied = (story: StoredArticle, a: StoredArticle, b: StoredArticle) =>
        a.date === b.date && a.section === b.section && shared(story, a) === shared(story, b);
      for (const [variant, { limit, window, excludeLatest }] of variants.entries()) {
        // Every story with the site's settings; every other one with the rest (ties still abound).
        for (const story of index.all.filter((_, at) => variant === 0 || at % 2 === 0)) {
          const exclude = latestInSection(index, story.section, excludeLatest, story);
          const expected = slugs(relatedTo(index, story, limit, new Set(exclude), window));
          const found = await relatedStories(story, limit, { exclude: slugs(exclude), window }, scope);
          expect(slugs(found), `${story.slug} (limit ${limit}, window ${window})`).toEqual(expected);
          if (found.some((other) => !(other.tags ?? []).some((tag) => (story.tags ?? []).includes(tag)))) filled++;
          slugTies += found.filter((other, at) => at > 0 && tied(story, other, found[at - 1] as StoredArticle)).length;
        }
      }
      expect(filled).toBeGreaterThan(0);
      expect(slugTies).toBeGreaterThan(0);
      // About 12 queries per story and variant: some seconds on PostgreSQL.
    }, 60_000);

    it('composes the home front as composeFront does, under several limits', async () => {
      const order: string[] = [...[...SECTIONS].reverse(), 'nowhere'];
      for (const limits of [
        site.front,
        { topStories: 2, perSection: 2, latest: 3, picks: 2 },
        { topStories: 7, perSection: 6, latest: 12, picks: 9 },
        { topStories: 0, perSection: 1, latest: 1, picks: 1 },
      ]) {
        expect(frontSlugs(await homeFront(order, limits, scope)), JSON.stringify(limits)).toEqual(
          frontSlugs(composeFront(index, order, limits)),
        );
      }
    });

    it('finds the breaking story and the stories of a span of dates', async () => {
      const breaking = index.all.filter((story) => story.breaking === true);
      const instants = breaking.flatMap((story) => {
        const at = Date.parse(story.date);
        return [at, at + 3_600_000, at + 47 * 3_600_000, at + 49 * 3_600_000, at - 1].map((time) => new Date(time));
      });
      for (const now of instants) {
        expect((await breakingStory(now, 48, scope))?.slug, now.toISOString()).toBe(
          breakingInMemory(index, now, 48)?.slug,
        );
      }
      for (const [from, to] of [
        ['2026-03-01', '2026-03-08'],
        ['2026-10-05T09:00:00Z', '2026-10-20T09:00:00Z'],
        ['2025-01-01', '2027-01-01'],
        ['2030-01-01', '2030-01-02'],
      ] as const) {
        const span = [Date.parse(from), Date.parse(to)] as const;
        const expected = index.all.filter((story) => {
          const at = Date.parse(story.date);
          return at >= span[0] && at < span[1];
        });
        expect(slugs(await storiesBetween(new Date(from), new Date(to), scope))).toEqual(slugs(expected));
      }
    });

    it('reads stories by slug in one go and knows which stories get a card', async () => {
      const asked = [...archive.slice(0, 40).map((story) => story.slug), 'no-such-story'];
      const found = await storiesBySlugs(asked, scope);
      expect([...found.keys()].sort()).toEqual(asked.filter((slug) => index.bySlug.has(slug)).sort());
      expect(await cardedSlugs(scope)).toEqual(new Set(slugs(index.all.slice(0, site.socialCardsAtBuild))));
    });
  });
}
