/** Where each page's social card is served (the card.png route beside the page) and how it is described. */
import type { StoryDetail } from '../content/types';
import { routes } from '../routes';
import { site } from '../site';

export const CARD_SIZE = { width: 1200, height: 630 } as const;

export interface SocialImage {
  url: string;
  width: number;
  height: number;
  alt: string;
  type: string;
}

export function socialImage(pagePath: string, alt: string): SocialImage {
  return { url: routes.card(pagePath), ...CARD_SIZE, alt, type: 'image/png' };
}

/** The site's own card, for pages that have none of their own (tag, author, archive, search…). */
export const siteCard = (): SocialImage => socialImage('/', `${site.name}: ${site.tagline}`);

const MIME: Record<string, string> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  avif: 'image/avif',
  gif: 'image/gif',
};

/**
 * A story's social image. The build draws cards for the newest stories only (site.socialCardsAtBuild,
 * decision 021); an older story is shared with its hero picture, or with its section's card when
 * it has none.
 */
export function articleSocialImage(article: StoryDetail): SocialImage {
  if (article.hasCard) return socialImage(article.url, `${article.sectionTitle}: ${article.title}`);
  if (article.image) {
    const { src, alt, width, height } = article.image;
    return { url: src, width, height, alt, type: MIME[src.split('.').pop()?.toLowerCase() ?? ''] ?? 'image/jpeg' };
  }
  return socialImage(routes.section(article.section), `${site.name}: ${article.sectionTitle}`);
}
