/**
 * Who a live post is by. A post needs author slugs (content/authors/<slug>.mdx); a desk account
 * is a name and an email. The desk matches the account to an author by the email in the
 * author's links (mailto:) or, failing that, by the same name; a poster who is no author (a
 * chat bot, a wire feed's account) posts under the blog's own authors.
 */
import path from 'node:path';

import { parseSourceFile } from '../../source/frontmatter';
import type { DeskUser } from '../roles';
import { listFiles, readIfPresent } from '../workspace/files';
import { liveFolder, type StoryKey } from '../workspace/story-key';

export interface AuthorChoice {
  slug: string;
  name: string;
}

/** The site's authors (content/authors/*.mdx), by name. */
export function siteAuthors(contentDir: string): (AuthorChoice & { emails: string[] })[] {
  const dir = path.join(contentDir, 'authors');
  return listFiles(dir)
    .filter((name) => /^[^/]+\.mdx$/.test(name))
    .map((name) => {
      const slug = name.slice(0, -'.mdx'.length);
      const text = readIfPresent(path.join(dir, name))?.toString('utf8') ?? '';
      const data = parseSourceFile(`content/authors/${name}`, text, 'mdx').data ?? {};
      const links = Array.isArray(data.links) ? (data.links as unknown[]) : [];
      const emails = links.flatMap((link) => {
        const href = typeof link === 'object' && link !== null ? (link as { href?: unknown }).href : undefined;
        return typeof href === 'string' && href.startsWith('mailto:')
          ? [href.slice('mailto:'.length).toLowerCase()]
          : [];
      });
      return { slug, name: typeof data.name === 'string' ? data.name : slug, emails };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** The blog's own authors, from its index.mdx (the workspace's copy, else the site's). */
export function blogAuthors(contentDirs: string[], key: StoryKey): string[] {
  for (const dir of contentDirs) {
    const text = readIfPresent(path.join(dir, liveFolder(key), 'index.mdx'))?.toString('utf8');
    if (text === undefined) continue;
    const authors = parseSourceFile('index.mdx', text, 'mdx').data?.authors;
    return Array.isArray(authors) ? authors.filter((slug): slug is string => typeof slug === 'string') : [];
  }
  return [];
}

/** The authors a post by this person carries unless they name others. */
export function defaultAuthors(user: DeskUser, contentDir: string, blog: string[]): string[] {
  const authors = siteAuthors(contentDir);
  const email = user.email.toLowerCase();
  const mine =
    authors.find((author) => author.emails.includes(email)) ??
    authors.find((author) => author.name.toLowerCase() === user.name.toLowerCase());
  return mine ? [mine.slug] : blog;
}
