/**
 * Compiled bodies in the database (content_bodies): an article's body and each live post's,
 * by the key lib/build/compiled-bodies.ts names their files with. Author bios and pages keep
 * their compiled code inline in their record (lib/content/store.ts StoredAuthor, StoredPage).
 */
import { readFileSync } from 'node:fs';

import type { StoredArticle } from '../../content/store';
import { compiledFile } from '../../paths';

/** Reads one compiled body by its key. */
export type ReadBody = (key: string) => string;

/** Every body key a story names: its own and, for a live blog, each post's. */
export function bodyKeysOf(article: StoredArticle): string[] {
  const keys = article.codeKey ? [article.codeKey] : [];
  for (const post of article.live?.posts ?? []) keys.push(post.codeKey);
  return keys;
}

/** The compiled file the build wrote for `key`; a missing one means the build did not finish. */
export const readCompiledBody: ReadBody = (key) => {
  const file = compiledFile(key);
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new Error(
      `${file}: cannot read the compiled body ${key} for the database (${(error as Error).message}) — run npm run build:content`,
    );
  }
};

/** The bodies of `articles` as a publish hands them to applyChanges. */
export function bodiesOf(articles: readonly StoredArticle[], read: ReadBody = readCompiledBody): Map<string, string> {
  const bodies = new Map<string, string>();
  for (const article of articles) for (const key of bodyKeysOf(article)) bodies.set(key, read(key));
  return bodies;
}
