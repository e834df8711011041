/**
 * Pictures in the desk: which file types it takes (by their first bytes, not their name), how an
 * upload path under images/ is checked, and which pictures a story names.
 */

export const PICTURE_TYPES = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  gif: 'image/gif',
  webp: 'image/webp',
  avif: 'image/avif',
} as const;

export type PictureExtension = keyof typeof PICTURE_TYPES;

/** The picture type these bytes are, from their signature; undefined for anything else. */
export function sniffPicture(bytes: Uint8Array): (typeof PICTURE_TYPES)[PictureExtension] | undefined {
  const starts = (offset: number, ...values: number[]) => values.every((value, i) => bytes[offset + i] === value);
  const ascii = (offset: number, text: string) => starts(offset, ...Array.from(text, (c) => c.charCodeAt(0)));
  if (starts(0, 0xff, 0xd8, 0xff)) return 'image/jpeg';
  if (starts(0, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'image/png';
  if (ascii(0, 'GIF87a') || ascii(0, 'GIF89a')) return 'image/gif';
  if (ascii(0, 'RIFF') && ascii(8, 'WEBP')) return 'image/webp';
  if (ascii(4, 'ftypavif') || ascii(4, 'ftypavis')) return 'image/avif';
  return undefined;
}

const SEGMENT = /^[a-z0-9](?:[a-z0-9_-]|\.(?!\.))*$/;
const MAX_PATH = 200;

/**
 * Checks a picture's path under images/ (e.g. `articles/2026/crane.jpg`): lower-case segments of
 * letters, digits, `-`, `_` and single dots, at most 6 deep, ending in a picture extension.
 */
export function picturePathProblem(segments: string[]): string | undefined {
  const joined = segments.join('/');
  if (segments.length === 0 || joined.length === 0)
    return 'give the picture a path under images/, e.g. articles/2026/crane.jpg';
  if (joined.length > MAX_PATH) return `the picture path is ${joined.length} characters long; the most is ${MAX_PATH}`;
  if (segments.length > 6) return 'the picture path is more than 6 folders deep';
  const bad = segments.find((segment) => !SEGMENT.test(segment));
  if (bad !== undefined) {
    return `"${bad.slice(0, 40)}" is not a usable file or folder name: use lower-case letters, digits, "-", "_" and single dots`;
  }
  const extension = joined.split('.').pop() ?? '';
  if (!(extension in PICTURE_TYPES)) {
    return `a picture's name must end in ${Object.keys(PICTURE_TYPES)
      .map((ext) => `.${ext}`)
      .join(', ')}`;
  }
  return undefined;
}

export const pictureTypeOfPath = (file: string) => PICTURE_TYPES[(file.split('.').pop() ?? '') as PictureExtension];

/**
 * The pictures a story's text names under /images/: its frontmatter `image: src:` and every
 * `<Figure src>` and `<Photo src>`, as paths under images/ (without the leading /images/), only
 * those that pass picturePathProblem.
 */
export function picturesNamedIn(text: string): string[] {
  const found = new Set<string>();
  const patterns = [
    /^\s+src:\s*["']?(\/images\/[^"'\s]+)["']?\s*$/gm,
    /<(?:Figure|Photo)\b[^>]*?\bsrc=["'](\/images\/[^"']+)["']/g,
  ];
  for (const pattern of patterns) {
    for (const match of text.matchAll(pattern)) {
      const segments = (match[1] ?? '').slice('/images/'.length).split('/');
      if (!picturePathProblem(segments)) found.add(segments.join('/'));
    }
  }
  return [...found].sort();
}
