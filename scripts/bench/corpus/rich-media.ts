/**
 * Galleries, videos and social posts for synthetic stories. Which story gets one is decided by
 * a hash of its slug, not by the corpus's random stream, so adding them left every other story
 * of a seed byte for byte as it was.
 */
import { createHash } from 'node:crypto';

import { ALT_TEXTS } from './words';

/** About one story in this many gets a gallery, and as many get a video and a post. */
export const RICH_MEDIA_EVERY = 40;

const BASE32 = 'abcdefghijklmnopqrstuvwxyz234567';

function digestOf(slug: string): Buffer {
  return createHash('sha256').update(`rich-media:${slug}`).digest();
}

const digits = (digest: Buffer, from: number, length: number) =>
  Array.from({ length }, (_, i) => String((digest[(from + i) % digest.length] ?? 0) % 10))
    .join('')
    .replace(/^0/, '1');

function gallery(place: string, digest: Buffer, images: string[]): string {
  const count = 3 + ((digest[4] ?? 0) % 4);
  const photos = Array.from({ length: count }, (_, i) => {
    const src = images[((digest[5] ?? 0) + i * 7) % images.length];
    const alt = ALT_TEXTS[((digest[6] ?? 0) + i) % ALT_TEXTS.length];
    return `  <Photo src="${src}" alt="${alt}" caption="${place}, picture ${i + 1}." credit="Illustration: Dateline" />`;
  });
  return [`<Gallery title="${place} in pictures">`, ...photos, '</Gallery>'].join('\n');
}

function video(place: string, digest: Buffer): string {
  if ((digest[7] ?? 0) % 3 === 0) return `<Vimeo id="${digits(digest, 8, 9)}" title="Footage from ${place}" />`;
  const id = digest.subarray(8, 17).toString('base64url').slice(0, 11);
  return `<YouTube id="${id}" title="Footage from ${place}" />`;
}

function post(place: string, digest: Buffer): string {
  const title = `title="A post from ${place}"`;
  switch ((digest[20] ?? 0) % 4) {
    case 0:
      return `<XPost url="https://x.com/newsdesk/status/${digits(digest, 21, 19)}" ${title} />`;
    case 1: {
      const key = Array.from({ length: 13 }, (_, i) => BASE32[(digest[21 + i] ?? 0) % 32]).join('');
      return `<BlueskyPost url="https://bsky.app/profile/newsdesk.dateline.example/post/${key}" ${title} />`;
    }
    case 2:
      return `<MastodonPost url="https://social.dateline.example/@newsdesk/${digits(digest, 21, 18)}" ${title} />`;
    default:
      return `<InstagramPost url="https://www.instagram.com/p/${digest.subarray(21, 30).toString('base64url').slice(0, 11)}/" ${title} />`;
  }
}

/** The blocks to add to a story's body: a gallery, a video and a post, or nothing. */
export function richMediaBlocks(slug: string, place: string, images: string[]): string[] {
  const digest = digestOf(slug);
  const bucket = digest.readUInt32LE(0) % RICH_MEDIA_EVERY;
  if (bucket === 0 && images.length >= 3) return [gallery(place, digest, images)];
  if (bucket === 1) return [video(place, digest), post(place, digest)];
  return [];
}
