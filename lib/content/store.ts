/**
 * The shapes of the content store's records (one row each in the database, docs/decisions/052;
 * lib/content/database reads them, lib/build writes them), and the MDX source of a body read from
 * the content folder (the search index's plain text).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

import type { Article, Author, Page } from 'contentlayer/generated';

import { contentDir } from '../paths';

/** One post as stored: its compiled body is in its own file, like an article's. */
export interface StoredLivePost {
  id: string;
  /** ISO 8601 with the editor's offset. */
  time: string;
  authors: string[];
  title?: string;
  keyEvent: boolean;
  pinned: boolean;
  codeKey: string;
  /** live/2026/<slug>/<id>.mdx */
  sourceFilePath: string;
}

export interface StoredLive {
  status: 'live' | 'ended';
  coverageStart: string;
  coverageEnd?: string;
  /** Newest first. */
  posts: StoredLivePost[];
}

/** An article as stored for lists: every field but the body. */
export type StoredArticle = Omit<Article, 'body' | '_raw' | 'alsoRead'> & {
  /** Slugs of the ALSO READ targets (Contentlayer types a computed list as the unknown name `list`). */
  alsoRead: string[];
  /** e.g. articles/2026/harbour-crane-collapses.mdx, for error messages. */
  sourceFilePath: string;
  /** Name of the file holding the compiled body (lib/build/compiled-bodies.ts). */
  codeKey: string;
  /** A live blog (content/live/<yyyy>/<slug>/): its state and its posts, newest first. */
  live?: StoredLive;
};

/** Author bios and pages carry their compiled body; Contentlayer's `body.html` is left empty (decision 020). */
export type StoredAuthor = Omit<Author, 'body'> & { body: { raw: string }; bodyCode: string };
export type StoredPage = Omit<Page, 'body'> & { body: { raw: string }; bodyCode: string };

/**
 * The MDX source of one article's body, from its file in the content folder (the search index
 * reads every body once, one at a time, at build and publish time; pages never need it).
 */
export function readBodySource(article: StoredArticle): string {
  const file = path.join(contentDir(), article.sourceFilePath);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new Error(`${file}: cannot read the body of ${article.sourceFilePath} (${(error as Error).message})`);
  }
  // Everything after the frontmatter's closing --- line.
  return text.replace(/^\uFEFF?---\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/, '');
}
