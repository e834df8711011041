import { describe, expect, it } from 'vitest';

import { day, story } from '../../test/fixtures/stories';
import { buildIndex } from './indexes';
import { relatedTo } from './related';
import type { IndexableArticle } from './types';

describe('relatedTo', () => {
  // "Politics" is on almost every story; "Korean War" on two. Sharing the rare tag must count for more.
  const articles = [
    story('subject', { date: day(10), tags: ['Politics', 'Korean War'] }),
    story('shares-rare-tag', { date: day(1), section: 'uk', tags: ['Korean War'] }),
    story('shares-common-tag', { date: day(9), tags: ['Politics'] }),
    story('common-elsewhere', { date: day(8), section: 'uk', tags: ['Politics'] }),
    story('politics-2', { date: day(2), section: 'business', tags: ['Politics'] }),
    story('politics-3', { date: day(3), section: 'business', tags: ['Politics'] }),
    story('unrelated-same-section', { date: day(7), tags: ['Weather'] }),
    story('unrelated-other-section', { date: day(11), section: 'sports', tags: ['Football'] }),
  ];
  const index = buildIndex(articles);
  const subject = index.bySlug.get('subject')!;
  const slugs = (limit: number, exclude = new Set<IndexableArticle>()) =>
    relatedTo(index, subject, limit, exclude).map((a) => a.slug);

  it('ranks a shared rare tag above a shared common one, whatever the dates', () => {
    expect(slugs(1)).toEqual(['shares-rare-tag']);
  });

  it('breaks equal tag scores by section, then by recency', () => {
    expect(slugs(5)).toEqual(['shares-rare-tag', 'shares-common-tag', 'common-elsewhere', 'politics-3', 'politics-2']);
  });

  it('never includes the story itself or stories sharing no tag while tagged ones remain', () => {
    const all = slugs(5);
    expect(all).not.toContain('subject');
    expect(all).not.toContain('unrelated-other-section');
  });

  it('fills remaining places with the newest stories of the same section', () => {
    expect(slugs(7)).toEqual([
      'shares-rare-tag',
      'shares-common-tag',
      'common-elsewhere',
      'politics-3',
      'politics-2',
      'unrelated-same-section',
    ]);
  });

  it('leaves out stories the page already shows', () => {
    const exclude = new Set([index.bySlug.get('shares-rare-tag')!]);
    expect(slugs(2, exclude)).toEqual(['shares-common-tag', 'common-elsewhere']);
  });

  it('returns section stories for an article without tags', () => {
    const lonely = buildIndex([
      story('x', { date: day(2) }),
      story('y', { date: day(1) }),
      story('z', { section: 'uk' }),
    ]);
    expect(relatedTo(lonely, lonely.bySlug.get('x')!, 3).map((a) => a.slug)).toEqual(['y']);
  });

  it('for a tag on more stories than it walks, picks from those published nearest the article', () => {
    // Twenty stories tagged "Politics" a day apart; the subject is in the middle of them.
    const many = Array.from({ length: 20 }, (_, i) =>
      story(`politics-${i + 1}`, { date: day(i + 1), tags: ['Politics'] }),
    );
    const crowded = buildIndex(many);
    const middle = crowded.bySlug.get('politics-10')!;
    const picked = relatedTo(crowded, middle, 4, new Set(), 6).map((a) => a.slug);
    expect(picked).toEqual(['politics-13', 'politics-12', 'politics-11', 'politics-9']);
  });
});
