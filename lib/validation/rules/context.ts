/**
 * What every cross-document rule reads: the entries of one check, grouped once (sections,
 * authors, stories by slug), with the public folder for image paths and the build's "now".
 */
import type { Problem } from '../../source/problem';
import type { Entry, Kind } from '../model';

export interface RuleContext {
  entries: readonly Entry[];
  /** Articles and live blogs: one slug space, the same section, author, image and tag rules. */
  stories: readonly Entry[];
  storiesBySlug: ReadonlyMap<string, Entry[]>;
  sections: ReadonlySet<string>;
  authors: ReadonlySet<string>;
  publicDir: string;
  now: Date;
}

/** A story (article or live blog) checked in full, whose frontmatter could be read. */
export type CheckedStory = Entry & { data: Record<string, unknown> };

/** A rule over one checked story. */
export type StoryRule = (story: CheckedStory, context: RuleContext) => Problem[];

export const ofKind = (entries: readonly Entry[], kind: Kind) => entries.filter((entry) => entry.kind === kind);

export function ruleContext(entries: readonly Entry[], publicDir: string, now: Date): RuleContext {
  const stories = entries.filter((entry) => entry.kind === 'article' || entry.kind === 'live');
  const storiesBySlug = new Map<string, Entry[]>();
  for (const story of stories) storiesBySlug.set(story.slug, [...(storiesBySlug.get(story.slug) ?? []), story]);
  return {
    entries,
    stories,
    storiesBySlug,
    sections: new Set(ofKind(entries, 'section').map((entry) => entry.slug)),
    authors: new Set(ofKind(entries, 'author').map((entry) => entry.slug)),
    publicDir,
    now,
  };
}

export const text = (value: unknown) => (typeof value === 'string' ? value : undefined);

/** The line of a frontmatter key, for pointing at it (1 when the key is absent). */
export const lineOf = (entry: Entry, key: string) => entry.keyLines.get(key) ?? 1;

/** A story's publication date as written: an article's date, a live blog's coverage start. */
export const publicationDate = (story: Entry) => text(story.data?.[story.kind === 'live' ? 'coverageStart' : 'date']);
