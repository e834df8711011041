/**
 * Values derived from an article's raw MDX source. Pure functions, shared by the Contentlayer
 * computed fields and the unit tests.
 */
import readingTime from 'reading-time';

/** Lines that are MDX syntax rather than prose: imports/exports and JSX tag lines. */
const JSX_LINE = /^\s*<\/?[A-Za-z][^>]*>\s*$/;

/** Markdown source reduced to the words a reader reads. */
export function plainText(raw: string): string {
  return raw
    .replace(/\r\n/g, '\n')
    .replace(/<AlsoRead\b[^>]*\/>/g, '') // callouts are navigation, not story text
    .replace(/<[A-Za-z][^>]*?\b(?:alt|caption)="([^"]*)"[^>]*\/>/g, ' ')
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^#{1,6}\s+/gm, '')
    .replace(/^\s*[-*+]\s+/gm, '')
    .replace(/^\s*>\s?/gm, '')
    .replace(/[*_`~]+/g, '')
    .replace(/[ \t]+/g, ' ')
    .trim();
}

export function wordCountOf(raw: string): number {
  return readingTime(plainText(raw)).words;
}

/** Whole minutes at 200 words a minute (reading-time's default), never less than one. */
export function readingTimeOf(raw: string): number {
  return Math.max(1, Math.ceil(readingTime(plainText(raw)).minutes));
}

/** The first paragraph of prose, shortened at a word boundary to at most `max` characters. */
export function excerptOf(raw: string, max = 200): string {
  const blocks = raw.replace(/\r\n/g, '\n').split(/\n\s*\n/);
  const first = blocks.find((block) => {
    const line = block.trim();
    return (
      line !== '' &&
      !line.startsWith('#') &&
      !line.startsWith('<') &&
      !JSX_LINE.test(line) &&
      !/^(import|export)\s/.test(line)
    );
  });
  const text = plainText(first ?? '').replace(/\s+/g, ' ');
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  return `${cut.slice(0, cut.lastIndexOf(' ')).replace(/[,;:.\s]+$/, '')}…`;
}

/** Slugs named by <AlsoRead slug="…" /> callouts, in order of appearance. */
export function alsoReadSlugsOf(raw: string): string[] {
  return [...raw.matchAll(/<AlsoRead\b[^>]*\bslug=["']([^"']+)["']/g)].map((match) => match[1] as string);
}
