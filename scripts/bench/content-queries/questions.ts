/**
 * What the benchmark asks, as pages ask it (published scope): each question takes the run's
 * number and picks its own story or key from it, so 200 runs read 200 different stories.
 */
import {
  adjacentInSection,
  bodyCode,
  breakingStory,
  homeFront,
  listCount,
  listKeys,
  listPage,
  refreshStoreVersion,
  relatedStories,
  storiesBetween,
  storiesBySlugs,
  storyBySlug,
  storyIn,
} from '../../../lib/content/database';
import type { StoredArticle } from '../../../lib/content/store';
import { site } from '../../../lib/site';
import { NOW, SECTIONS } from '../../../test/content-store/archive';
import { COMMON_TAG, RARE_TAG, storySlug } from './synthetic';

export type Question = (run: number) => Promise<unknown>;

/** The questions by name, for an archive of `count` stories; `stories` are a few of them, read beforehand. */
export function questions(count: number, stories: StoredArticle[]): [string, Question][] {
  const slug = (run: number) => storySlug((run * 7919) % count);
  const story = (run: number) => stories[run % stories.length] as StoredArticle;
  const section = (run: number) => SECTIONS[run % SECTIONS.length] as string;
  const page = { limit: site.pageSize };
  return [
    ['story by slug', (run) => storyBySlug(slug(run), 'published')],
    ['story in section', (run) => storyIn(story(run).section, story(run).slug, 'published')],
    [
      '5 stories by slug',
      (run) =>
        storiesBySlugs(
          [0, 1, 2, 3, 4].map((n) => slug(run * 5 + n)),
          'published',
        ),
    ],
    ['version (refresh)', () => refreshStoreVersion()],
    ['all, page 1', () => listPage({ kind: 'all' }, page, 'published')],
    ['all, page 50', () => listPage({ kind: 'all' }, { ...page, offset: 49 * site.pageSize }, 'published')],
    ['section, page 1', (run) => listPage({ kind: 'section', key: section(run) }, page, 'published')],
    ['section count', (run) => listCount({ kind: 'section', key: section(run) }, 'published')],
    ['common tag, page 1', () => listPage({ kind: 'tag', key: COMMON_TAG }, page, 'published')],
    ['rare tag, page 1', () => listPage({ kind: 'tag', key: RARE_TAG }, page, 'published')],
    ['author, page 1', () => listPage({ kind: 'author', key: 'ana-lopez' }, page, 'published')],
    ['month, whole', () => listPage({ kind: 'month', key: '2026-10' }, { limit: 10_000 }, 'published')],
    ['featured, page 1', () => listPage({ kind: 'featured' }, page, 'published')],
    ['corrected count', () => listCount({ kind: 'corrected' }, 'published')],
    ['every tag (2,000)', () => listKeys('tag', 'published')],
    ['every month', () => listKeys('month', 'published')],
    ['previous and next', (run) => adjacentInSection(story(run), 'published')],
    ['two days of stories', () => storiesBetween(new Date(NOW.getTime() - 2 * 86_400_000), NOW, 'published')],
    ['breaking story', () => breakingStory(NOW, site.breakingWindowHours, 'published')],
    ['related (4)', (run) => relatedStories(story(run), site.lists.related, {}, 'published')],
    ['home front', () => homeFront(SECTIONS, site.front, 'published')],
    // A different body each run: the cache of recent bodies never answers.
    ['compiled body', (run) => bodyCode(story(run).codeKey)],
  ];
}
