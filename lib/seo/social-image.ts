/** Where each page's social card is served (the card.png route beside the page) and how it is described. */
import { site } from '../site';

export const CARD_SIZE = { width: 1200, height: 630 } as const;

/** "/" → "/card.png", "/world" → "/world/card.png", "/world/<slug>" → "/world/<slug>/card.png". */
export const cardPath = (pagePath: string) => `${pagePath.replace(/\/$/, '')}/card.png`;

export interface SocialImage {
  url: string;
  width: number;
  height: number;
  alt: string;
  type: string;
}

export function socialImage(pagePath: string, alt: string): SocialImage {
  return { url: cardPath(pagePath), ...CARD_SIZE, alt, type: 'image/png' };
}

/** The site's own card, for pages that have none of their own (tag, author, archive, search…). */
export const siteCard = (): SocialImage => socialImage('/', `${site.name}: ${site.tagline}`);
