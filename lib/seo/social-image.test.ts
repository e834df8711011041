/**
 * Which picture a shared story shows: its drawn card while it is among the newest stories,
 * then its hero picture, and its section's card when it has no picture (decision 021).
 */
import { describe, expect, it } from 'vitest';

import type { ArticleDetail } from '../content/types';
import { articleSocialImage } from './social-image';

const story = (overrides: Partial<ArticleDetail>): ArticleDetail =>
  ({
    url: '/world/port-reopens',
    section: 'world',
    sectionTitle: 'World',
    title: 'Port reopens',
    hasCard: true,
    ...overrides,
  }) as ArticleDetail;
const hero = { src: '/images/articles/port.jpg', alt: 'Cranes at dawn', width: 1600, height: 900 };

describe('a story’s social image', () => {
  it('is the drawn card for a recent story', () => {
    expect(articleSocialImage(story({ image: hero }))).toEqual({
      url: '/world/port-reopens/card.png',
      width: 1200,
      height: 630,
      alt: 'World: Port reopens',
      type: 'image/png',
    });
  });

  it('is the hero picture, with its own size and alt text, for an older story', () => {
    expect(articleSocialImage(story({ hasCard: false, image: hero }))).toEqual({
      url: hero.src,
      width: 1600,
      height: 900,
      alt: 'Cranes at dawn',
      type: 'image/jpeg',
    });
  });

  it('is the section’s card for an older story without a picture', () => {
    expect(articleSocialImage(story({ hasCard: false }))).toMatchObject({
      url: '/world/card.png',
      alt: 'Dateline: World',
      type: 'image/png',
    });
  });
});
