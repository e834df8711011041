/**
 * A story the site does not hold yet, as the article page would be handed it: the workspace's
 * MDX read with the content check's frontmatter reader, its body compiled by the site's one MDX
 * compiler (lib/mdx/compile.ts), its section, authors and ALSO READ targets looked up in the
 * content store the site reads. What the build would compute (reading time, excerpt, the lead
 * picture's size) is computed the same way here. Nothing is written anywhere.
 */
import { getAuthor, getSection, summariesBySlug } from '../../content';
import type { ArticleDetail, AuthorRef, Correction, ImageRef } from '../../content/types';
import { compileBody } from '../../mdx/compile';
import { dimensionsOf } from '../../mdx/image-dimensions';
import { routes } from '../../routes';
import { alsoReadSlugsOf, excerptOf, readingTimeOf, wordCountOf } from '../../schema/computed';
import { parseSourceFile } from '../../source/frontmatter';
import type { StoryKey } from '../workspace/story-key';

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value : undefined;

/** An instant as the store keeps it (ISO 8601, UTC); undefined when the field is not a date. */
function instant(value: unknown): string | undefined {
  const raw = value instanceof Date ? value.toISOString() : text(value);
  if (raw === undefined) return undefined;
  const time = Date.parse(raw);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];

async function authorsOf(slugs: string[]): Promise<AuthorRef[]> {
  const found = await Promise.all(slugs.map((slug) => getAuthor(slug)));
  return found.flatMap((author) =>
    author ? [{ slug: author.slug, name: author.name, role: author.role, url: author.url }] : [],
  );
}

function correctionsOf(value: unknown): Correction[] {
  if (!Array.isArray(value)) return [];
  return value
    .flatMap((item: unknown) => {
      if (typeof item !== 'object' || item === null) return [];
      const { date, text: said } = item as Record<string, unknown>;
      const when = instant(date);
      return when && typeof said === 'string' ? [{ date: when, text: said }] : [];
    })
    .sort((a, b) => Date.parse(a.date) - Date.parse(b.date));
}

function imageOf(value: unknown, pictureFolders: readonly string[] | undefined): ImageRef | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { src, alt, caption, credit } = value as Record<string, unknown>;
  if (typeof src !== 'string' || typeof alt !== 'string') return undefined;
  const size = dimensionsOf(src, pictureFolders);
  if (!size) return undefined;
  return {
    src,
    alt,
    ...size,
    ...(text(caption) ? { caption: caption as string } : {}),
    ...(text(credit) ? { credit: credit as string } : {}),
  };
}

export type DraftArticle = { ok: true; article: ArticleDetail } | { ok: false; reason: string };

/**
 * The article detail of an article's MDX text, or why it cannot be shown (no title, date or
 * section, a body that does not compile): the preview says so instead of guessing.
 * `pictureFolders`: the public folders the pictures' sizes are read from, first match wins (the
 * desk's workspace, where uploads wait, then the site's public/); the site's public/ unless given.
 */
export async function draftArticle(
  file: string,
  source: string,
  key: StoryKey,
  options: { pictureFolders?: readonly string[] } = {},
): Promise<DraftArticle> {
  const parsed = parseSourceFile(file, source, 'mdx');
  const data = parsed.data;
  if (!data) return { ok: false, reason: 'its frontmatter cannot be read' };
  const title = text(data.title);
  const date = instant(data.date);
  const section = text(data.section);
  if (!title || !date || !section) return { ok: false, reason: 'it has no title, date or section yet' };
  let bodyCode: string;
  try {
    bodyCode = await compileBody(parsed.body, {
      path: file,
      ...(options.pictureFolders ? { pictureFolders: options.pictureFolders } : {}),
    });
  } catch (error) {
    return { ok: false, reason: `its body is not valid MDX (${(error as Error).message})` };
  }
  const byline = text(data.byline);
  const sourceName = text(data.source);
  const dateline = text(data.dateline);
  const kicker = text(data.kicker);
  const updated = instant(data.updated);
  const image = imageOf(data.image, options.pictureFolders);
  const [authors, sectionRef, alsoRead] = await Promise.all([
    authorsOf(strings(data.authors)),
    getSection(section),
    summariesBySlug(alsoReadSlugsOf(parsed.body)),
  ]);
  return {
    ok: true,
    article: {
      slug: key.slug,
      url: routes.article(section, key.slug),
      title,
      dek: text(data.dek) ?? '',
      excerpt: excerptOf(parsed.body),
      date,
      section,
      sectionTitle: sectionRef?.title ?? section,
      modified: updated ?? date,
      bodyCode,
      hasCard: false,
      authors,
      ...(authors.length ? { bylineAuthors: authors.map(({ name, url }) => ({ name, url })) } : {}),
      ...(byline ? { byline } : {}),
      ...(sourceName ? { source: sourceName } : {}),
      ...(dateline ? { dateline } : {}),
      ...(kicker ? { kicker } : {}),
      ...(updated ? { updated } : {}),
      ...(image ? { image } : {}),
      tags: strings(data.tags),
      readingTime: readingTimeOf(parsed.body),
      wordCount: wordCountOf(parsed.body),
      breaking: data.breaking === true,
      corrections: correctionsOf(data.corrections),
      correctionsPosition: data.correctionsPosition === 'top' ? 'top' : 'bottom',
      alsoRead,
    },
  };
}
