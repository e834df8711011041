/**
 * The addresses of a preview link's pictures, `/preview/<id>.<expires>.<signature>/pictures/<path
 * under images/>`: parsing one (strictly: the link's exact shape, then a picture path the desk's
 * upload rules allow) and pointing the preview page's picture addresses at them. What such an
 * address answers is ./pictures.ts.
 */
import { picturePathProblem } from '../workspace/pictures';
import { parsePreviewPath } from './signature';

export const PICTURES = '/pictures/';
const LINK = /^\/preview\/[^/]+/;

/** A preview picture's address split into its link's path and the picture's path under images/. */
export function parsePicturePath(address: string): { link: string; segments: string[] } | undefined {
  const link = LINK.exec(address)?.[0];
  if (!link || !parsePreviewPath(link) || !address.startsWith(PICTURES, link.length)) return undefined;
  const segments = address.slice(link.length + PICTURES.length).split('/');
  // Lower-case letters, digits, -, _ and single dots only: no %-escape, no dot segment, a picture's extension.
  return picturePathProblem(segments) ? undefined : { link, segments };
}

/** The address under the link of a picture the site addresses as /images/<path>; undefined for any other. */
export function previewPictureAddress(link: string, src: string): string | undefined {
  if (!src.startsWith('/images/')) return undefined;
  const segments = src.slice('/images/'.length).split('/');
  return picturePathProblem(segments) ? undefined : `${link}${PICTURES}${segments.join('/')}`;
}

const decodeAttribute = (value: string) =>
  value
    .replace(/&amp;/g, '&')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"');

/** One address as the markup has it: /images/…, or next/image's /_next/image?url=%2Fimages%2F…&w=…&q=…. */
function pictureOf(address: string, link: string): string | undefined {
  const plain = decodeAttribute(address);
  if (plain.startsWith('/images/')) return previewPictureAddress(link, plain.replace(/[?#].*$/, ''));
  if (plain.startsWith('/_next/image?')) {
    const url = new URLSearchParams(plain.slice('/_next/image?'.length)).get('url');
    return url ? previewPictureAddress(link, url) : undefined;
  }
  return undefined;
}

/**
 * A srcset's candidates ("url 640w, url 750w"), each address rewritten, descriptors kept; or, when
 * every candidate is the same picture (next/image's widths of one file), that one address alone.
 */
function rewriteSrcset(value: string, link: string): { one: string } | { many: string } {
  const candidates = value.split(/,\s+/).map((candidate) => {
    const [address = '', ...descriptor] = candidate.trim().split(/\s+/);
    return { address: pictureOf(address, link), descriptor, candidate };
  });
  const first = candidates[0]?.address;
  if (first && candidates.every(({ address }) => address === first)) return { one: first };
  return {
    many: candidates
      .map(({ address, descriptor, candidate }) => (address ? [address, ...descriptor].join(' ') : candidate))
      .join(', '),
  };
}

// React writes srcSet and imageSrcSet; HTML's attribute names are case-insensitive anyway.
const ATTRIBUTE = /(\s(src|srcset|href|data-src|data-srcset|imagesrcset)=")([^"]*)"/gi;

/**
 * The preview page's markup with every picture address the site would use (src, srcset, a
 * gallery's links and their data-src/data-srcset, a preload's imagesrcset) pointed at the link's
 * own picture addresses. The preview serves each picture's original file, so a srcset that names
 * one picture at several widths would only mislead the browser about the file's size: it is
 * dropped (src names the same file; a gallery's data-srcset becomes that one address). Other
 * addresses (links to stories, sections) are left as they are.
 */
export function rewritePictures(markup: string, link: string): string {
  return markup.replace(ATTRIBUTE, (whole, start: string, name: string, value: string) => {
    if (/srcset$/i.test(name)) {
      const rewritten = rewriteSrcset(value, link);
      if ('many' in rewritten) return `${start}${rewritten.many}"`;
      return /^data-/i.test(name) ? `${start}${rewritten.one}"` : '';
    }
    const rewritten = pictureOf(value, link);
    return rewritten === undefined ? whole : `${start}${rewritten}"`;
  });
}
