/**
 * A live post as the desk writes it (docs/decisions/029: one file per post, named by its id):
 * from the desk's form (title, body, key event, pinned) or from the API's MDX text, whose
 * frontmatter may give `title`, `keyEvent`, `pinned` and `authors`. The desk adds `time` (the
 * moment it was sent) and, when none are given, `authors`. The sender's frontmatter lines and
 * body are kept as sent, so a line the check names can be turned back into the sender's line.
 */
import { parseSourceFile } from '../../source/frontmatter';
import type { Problem } from '../../source/problem';

/** The fields a sender may give; the desk writes `time` itself. */
export const SENDER_FIELDS = ['title', 'keyEvent', 'pinned', 'authors'] as const;

export interface PostForm {
  title?: string;
  body: string;
  keyEvent: boolean;
  pinned: boolean;
  authors: string[];
}

/** A post ready to be written: its text and what a line number in it means to the sender. */
export interface PostDraft {
  text: string;
  /** Words the post's id is made from (its title, else the start of its text). */
  words: string;
  /** The sender's line for a line of `text`; undefined for a line the desk added. */
  senderLine: (line: number) => number | undefined;
}

const quoted = (value: string) => JSON.stringify(value);

/** The frontmatter lines the desk adds: the post's time and, unless the sender named them, its authors. */
function deskLines(time: string, authors: string[] | undefined): string[] {
  return [`time: ${time}`, ...(authors ? [`authors: [${authors.join(', ')}]`] : [])];
}

/** The post written from the desk's form. */
export function draftFromForm(form: PostForm, time: string): PostDraft {
  const title = form.title?.trim();
  const lines = [
    ...deskLines(time, form.authors),
    ...(title ? [`title: ${quoted(title)}`] : []),
    ...(form.keyEvent ? ['keyEvent: true'] : []),
    ...(form.pinned ? ['pinned: true'] : []),
  ];
  const body = normalise(form.body).trim();
  return {
    text: `---\n${lines.join('\n')}\n---\n\n${body}\n`,
    words: title || body,
    senderLine: () => undefined,
  };
}

/**
 * The post written from the API's text. Refused before anything is written: text that is not a
 * post (unreadable frontmatter, a field the sender may not set, no text at all).
 */
export function draftFromText(
  file: string,
  sent: string,
  time: string,
  defaultAuthors: string[],
): { draft?: PostDraft; problems: Problem[] } {
  const text = normalise(sent);
  const hasFrontmatter = /^---[ \t]*\n/.test(text);
  const parsed = hasFrontmatter ? parseSourceFile(file, text, 'mdx') : undefined;
  if (parsed && parsed.problems.length > 0) return { problems: parsed.problems };
  const data = parsed?.data ?? {};
  const problems: Problem[] = [];
  for (const field of Object.keys(data)) {
    if ((SENDER_FIELDS as readonly string[]).includes(field)) continue;
    problems.push({
      file,
      line: parsed?.keyLines.get(field) ?? 1,
      field,
      message:
        field === 'time'
          ? 'is set by the desk to the moment the post is sent'
          : 'is not a field of a live post sent to the desk',
      fix: field === 'time' ? 'leave time out' : `leave it out; a post may give ${SENDER_FIELDS.join(', ')}`,
    });
  }
  const body = parsed ? parsed.body : text;
  if (body.trim() === '') {
    problems.push({
      file,
      line: parsed?.bodyLine ?? 1,
      field: 'body',
      message: 'the post has no text',
      fix: hasFrontmatter ? 'write the post below the closing --- line' : "send the post's text",
    });
  }
  if (problems.length > 0) return { problems };

  const sentFields = hasFrontmatter ? (/^---[ \t]*\n([\s\S]*?)\n?---[ \t]*(?:\n|$)/.exec(text)?.[1] ?? '') : '';
  const sentFieldLines = sentFields === '' ? [] : sentFields.split('\n');
  const added = deskLines(time, data.authors === undefined ? defaultAuthors : undefined);
  const written = `---\n${[...sentFieldLines, ...added].join('\n')}\n---\n${hasFrontmatter ? '' : '\n'}${body}`;
  // Written: line 1 "---", the sender's field lines, the desk's lines, "---", then the body.
  const firstAdded = 2 + sentFieldLines.length;
  const writtenBodyLine = firstAdded + added.length + 1 + (hasFrontmatter ? 0 : 1);
  const sentBodyLine = parsed?.bodyLine ?? 1;
  const title = typeof data.title === 'string' ? data.title.trim() : '';
  return {
    draft: {
      text: written.endsWith('\n') ? written : `${written}\n`,
      words: title || body,
      senderLine: (line) => {
        if (line < firstAdded) return hasFrontmatter ? line : undefined;
        if (line < writtenBodyLine) return undefined;
        return line - writtenBodyLine + sentBodyLine;
      },
    },
    problems: [],
  };
}

const normalise = (text: string) => text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
