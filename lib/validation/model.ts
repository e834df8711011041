/**
 * The content check's data model: the kinds of content file, what the check makes of each file
 * (an Entry), the story components a body uses, and what it records of each file for the next
 * publish (a FileRecord). A leaf of types: the rules (./rules/), the orchestrator
 * (./validate-content.ts), the build's manifest and `npm run publish` import them from here.
 */
import type { ParsedFile } from '../source/frontmatter';

/** A live blog is `live` (its index.mdx) plus one `post` per other file in its folder. */
export type Kind = 'article' | 'live' | 'post' | 'author' | 'section' | 'page';

/** A story component written in a body, with its literal props. */
export interface ComponentUse {
  name: string;
  props: Record<string, string | undefined>;
  line: number;
  /** The component this one is written inside, if any (a <Photo> inside its <Gallery>). */
  parent?: string;
}

export interface Entry extends ParsedFile {
  kind: Kind;
  file: string;
  slug: string;
  /** Year folder of an article or live blog. */
  year?: string;
  /** A live blog's folder inside the content folder (live/2026/<slug>), for the blog and its posts. */
  blog?: string;
  uses: ComponentUse[];
  /** An unchanged article known from the last build's manifest: counts for slugs and ALSO READ targets only. */
  known?: boolean;
}

/** What one content file was when last checked, for finding what a publish must look at (lib/publish). */
export interface FileRecord {
  /** Path inside the content folder, with forward slashes: articles/2026/harbour-crane-collapses.mdx */
  path: string;
  kind: Kind;
  slug: string;
  size: number;
  mtimeMs: number;
  /** sha256 of the bytes, base64url. */
  hash: string;
  /**
   * Articles: the frontmatter's date and draft flag, and the ALSO READ targets in the body.
   * Live blogs: coverageStart as the date, the draft flag; posts: their ALSO READ targets.
   */
  date?: string;
  draft?: boolean;
  alsoRead?: string[];
}
