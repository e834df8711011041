/**
 * The lists a story is counted in (content_lists): `all`, its section, month and year, each
 * tag and each author, and the featured, picks and corrected lists it is flagged for, when it is
 * listed. And a tag's display form: the spelling most listed
 * stories use, ties going to the spelling of the newest story (newest first is date, then
 * slug), as lib/content/indexes.ts tagNames chooses it. A story counts once per tag key, with
 * the spelling it gives first (lib/build/story-rows.ts).
 */
import type { Insertable } from 'kysely';

import type { ContentListKind, ContentListTable, CountedFlag } from '../../db/schema';
import type { StoryRows } from '../story-rows';

export interface ListRef {
  kind: ContentListKind;
  key: string;
}

/** What decides the lists of one story, from its rows (new) or from the rows a publish replaces (old). */
export interface Membership {
  listed: boolean;
  section: string;
  month: string;
  year: number;
  /** Tag keys. */
  tags: readonly string[];
  authors: readonly string[];
  /** The flag lists it is marked for (content_stories' flag columns of the same names). */
  flags: readonly CountedFlag[];
}

export const COUNTED_FLAGS: readonly CountedFlag[] = ['featured', 'pick', 'corrected'];

/** The counted flags a content_stories row (or the columns read from one) sets. */
export const flagsOf = (row: Record<CountedFlag, number>): CountedFlag[] =>
  COUNTED_FLAGS.filter((flag) => row[flag] === 1);

export const listId = (list: ListRef) => `${list.kind}\u0000${list.key}`;

export function membershipOf(rows: StoryRows): Membership {
  return {
    listed: rows.story.listed === 1,
    section: rows.story.section,
    month: rows.story.month,
    year: rows.story.year,
    tags: rows.tags.map((tag) => tag.tag_key),
    authors: rows.authors.map((author) => author.author),
    flags: flagsOf(rows.story),
  };
}

/** The lists a listed story is counted in; none for one readers do not see. */
export function listsOf(member: Membership): ListRef[] {
  if (!member.listed) return [];
  return [
    { kind: 'all', key: '' },
    { kind: 'section', key: member.section },
    { kind: 'month', key: member.month },
    { kind: 'year', key: String(member.year) },
    ...member.tags.map((key) => ({ kind: 'tag' as const, key })),
    ...member.authors.map((key) => ({ kind: 'author' as const, key })),
    ...member.flags.map((kind) => ({ kind, key: '' })),
  ];
}

/** How often one spelling of a tag is used, and its newest story. */
export interface Spelling {
  form: string;
  count: number;
  newestMs: number;
  newestSlug: string;
}

/** Whether a story (date, slug) comes before another in newest-first order. */
export const comesFirst = (ms: number, slug: string, otherMs: number, otherSlug: string) =>
  ms > otherMs || (ms === otherMs && slug < otherSlug);

/** The display form among a tag's spellings: most used, then the newest story's. */
export function displayForm(spellings: Iterable<Spelling>): string {
  let best: Spelling | undefined;
  for (const spelling of spellings) {
    if (
      !best ||
      spelling.count > best.count ||
      (spelling.count === best.count &&
        comesFirst(spelling.newestMs, spelling.newestSlug, best.newestMs, best.newestSlug))
    )
      best = spelling;
  }
  return best?.form ?? '';
}

/** Every list of a whole store, counted as a build goes through its stories. */
export class ListTally {
  private readonly counts = new Map<string, ListRef & { count: number }>();
  private readonly spellings = new Map<string, Map<string, Spelling>>();

  add(rows: StoryRows): void {
    for (const list of listsOf(membershipOf(rows))) {
      const id = listId(list);
      const counted = this.counts.get(id);
      if (counted) counted.count += 1;
      else this.counts.set(id, { ...list, count: 1 });
    }
    if (rows.story.listed !== 1) return;
    const { date_ms: ms, slug } = rows.story;
    for (const { tag_key: key, tag: form } of rows.tags) {
      const forms = this.spellings.get(key) ?? new Map<string, Spelling>();
      this.spellings.set(key, forms);
      const spelling = forms.get(form);
      if (!spelling) forms.set(form, { form, count: 1, newestMs: ms, newestSlug: slug });
      else {
        spelling.count += 1;
        if (comesFirst(ms, slug, spelling.newestMs, spelling.newestSlug)) {
          spelling.newestMs = ms;
          spelling.newestSlug = slug;
        }
      }
    }
  }

  /** The content_lists rows, by listId. */
  rows(): Map<string, Insertable<ContentListTable>> {
    const rows = new Map<string, Insertable<ContentListTable>>();
    for (const [id, { kind, key, count }] of this.counts) {
      const name = kind === 'tag' ? displayForm(this.spellings.get(key)?.values() ?? []) : key;
      rows.set(id, { kind, key, name, count });
    }
    return rows;
  }
}
