/**
 * The home front's running order, chosen from the published index without touching a body.
 * Pure over the index so tests can check the editorial rules with fixtures.
 */
import type { ArchiveIndex } from './indexes';
import type { IndexableArticle } from './types';

export interface FrontLimits {
  topStories: number;
  perSection: number;
  latest: number;
  picks: number;
}

export interface Front<A> {
  /** The newest featured story, or the newest story when none is featured. */
  lead?: A;
  /** Further featured stories, newest first, topped up with the newest others. */
  top: A[];
  /** Each section in order with its newest stories not already shown above; empty sections left out. */
  sections: { section: string; stories: A[] }[];
  /** The newest stories site-wide, a plain timeline (it may repeat a headline from above). */
  latest: A[];
  /** Editors' picks not already shown as lead or top story. */
  picks: A[];
}

export function composeFront<A extends IndexableArticle>(
  index: ArchiveIndex<A>,
  sectionOrder: readonly string[],
  limits: FrontLimits,
): Front<A> {
  const featured = index.all.filter((article) => article.featured);
  const lead = featured[0] ?? index.all[0];
  const shown = new Set<A>(lead ? [lead] : []);
  const take = (candidates: readonly A[], count: number) => {
    const taken: A[] = [];
    for (const article of candidates) {
      if (taken.length === count) break;
      if (shown.has(article)) continue;
      taken.push(article);
      shown.add(article);
    }
    return taken;
  };
  const top = take(featured, limits.topStories);
  top.push(...take(index.all, limits.topStories - top.length));
  top.sort((a, b) => Date.parse(b.date) - Date.parse(a.date) || a.slug.localeCompare(b.slug));
  const headlines = new Set(shown);
  const sections = sectionOrder
    .map((section) => ({ section, stories: take(index.bySection.get(section) ?? [], limits.perSection) }))
    .filter((block) => block.stories.length > 0);
  const picks = index.all.filter((article) => article.pick && !headlines.has(article)).slice(0, limits.picks);
  return { lead, top, sections, latest: index.all.slice(0, limits.latest), picks };
}

/**
 * The story for the breaking-news banner: the newest article marked breaking whose publication
 * lies within `windowHours` before `now` (never after it). See docs/decisions on what "now" is.
 */
export function breakingStory<A extends IndexableArticle>(
  index: ArchiveIndex<A>,
  now: Date,
  windowHours: number,
): A | undefined {
  const until = now.getTime();
  const since = until - windowHours * 3_600_000;
  return index.all.find((article) => {
    const published = Date.parse(article.date);
    return article.breaking === true && published <= until && published >= since;
  });
}
