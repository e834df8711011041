/**
 * Reads the content store written by lib/build/store-writer.ts: light article records for every
 * index and list, and one article's compiled body on demand. Nothing here holds the bodies
 * of the archive, so memory per page worker stays flat as the archive grows.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

import type { Article, Author, Page, Section } from 'contentlayer/generated';

import { compiledFile, contentDir, fileStamp, storeFile } from '../paths';

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

export interface ContentStore {
  /** Hash of the store, also written to version.json. */
  version: string;
  articles: StoredArticle[];
  authors: StoredAuthor[];
  sections: Section[];
  pages: StoredPage[];
}

function readJson(file: string, what: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file}: cannot read ${what} (${(error as Error).message}) — run npm run build:content first`);
  }
}

let loaded: { stamp: string; store: ContentStore } | undefined;

/**
 * The current content store. `npm run publish` replaces the file while the server runs (a
 * rename, so a reader sees the old file or the new one, never half of one); each call checks
 * the file's identity with one stat and reads it again only when it changed. The returned
 * object stays the same until then, so callers can key their own indexes on it.
 */
export function currentStore(): ContentStore {
  const file = storeFile();
  const stamp = fileStamp(file);
  if (loaded?.stamp === stamp) return loaded.store;
  const store = readJson(file, 'the content store') as ContentStore;
  loaded = { stamp, store };
  return store;
}

/**
 * Takes `store` as the content of the store file as it is now, for a process that has just
 * written that file (a publish in the desk): its next read skips parsing it again. Another
 * writer changes the file's identity, and the next call reads the file as usual.
 */
export function rememberStore(store: ContentStore): void {
  loaded = { stamp: fileStamp(storeFile()), store };
}

// A page asks for its article twice (metadata, then the page); keep the last few bodies only.
const recentBodies = new Map<string, string>();

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

/** The compiled MDX body of one article (or live post), read from its own file. */
export function readBodyCode(article: Pick<StoredArticle, 'codeKey' | 'sourceFilePath'>): string {
  const cached = recentBodies.get(article.codeKey);
  if (cached !== undefined) return cached;
  let code: string;
  try {
    code = readFileSync(compiledFile(article.codeKey), 'utf8');
  } catch (error) {
    throw new Error(
      `${compiledFile(article.codeKey)}: cannot read the compiled body of ${article.sourceFilePath} (${(error as Error).message}) — run npm run build:content first`,
    );
  }
  recentBodies.set(article.codeKey, code);
  if (recentBodies.size > 8) recentBodies.delete(recentBodies.keys().next().value as string);
  return code;
}
