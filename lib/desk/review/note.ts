/**
 * The note that goes with a submit or a send-back, read from a request the way the desk's forms
 * send it (application/x-www-form-urlencoded, field `note`) or a tool does (JSON `{ "note": … }`
 * or plain text). Bounded twice: the body is read only up to MAX_BODY_BYTES (413 past it), and
 * the note itself may hold at most MAX_NOTE_CHARACTERS (413 too: it is the same "too large").
 */
import { readLimited, Refusal } from '../api/answers';

export const MAX_NOTE_CHARACTERS = 2000;
/** Room for a full note of multi-byte characters, percent-encoded by a form. */
export const MAX_BODY_BYTES = 32 * 1024;

/** The note's text, trimmed, with Windows line ends made plain; undefined when there is none. */
export async function readNote(request: Request): Promise<string | undefined> {
  const bytes = await readLimited(request, MAX_BODY_BYTES, 'note');
  let body: string;
  try {
    body = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new Refusal(400, 'the note is not valid UTF-8 text');
  }
  const type = (request.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  let note: unknown;
  if (body.trim() === '') note = undefined;
  else if (type === 'application/x-www-form-urlencoded') note = new URLSearchParams(body).get('note') ?? undefined;
  else if (type === 'application/json') {
    try {
      note = (JSON.parse(body) as { note?: unknown } | null)?.note;
    } catch {
      throw new Refusal(400, 'the body is not JSON; send { "note": "…" }');
    }
  } else if (type === '' || type.startsWith('text/')) note = body;
  else {
    throw new Refusal(
      415,
      `send the note as JSON { "note": "…" }, a form field "note" or plain text (got ${type.slice(0, 60)})`,
    );
  }
  if (note === undefined || note === null) return undefined;
  if (typeof note !== 'string') throw new Refusal(400, 'the note must be text');
  return checkedNote(note);
}

/** The note as stored, or a Refusal saying what is wrong with it. */
export function checkedNote(raw: string): string | undefined {
  const note = raw.replace(/\r\n?/g, '\n').trim();
  if (note === '') return undefined;
  // Control characters other than line breaks and tabs have no place in a note to a person.
  if (/\p{Cc}/u.test(note.replace(/[\n\t]/g, ''))) {
    throw new Refusal(400, 'the note holds a control character; send plain text');
  }
  // Counted as the form's maxlength counts (UTF-16 code units), so what the form takes, the desk takes.
  if (note.length > MAX_NOTE_CHARACTERS) {
    throw new Refusal(
      413,
      `the note is ${note.length} characters long; the most is ${MAX_NOTE_CHARACTERS}. Shorten it, or put the detail in the story`,
    );
  }
  return note;
}
