/**
 * Reads the sample publication's frontmatter so tests assert what editors wrote, not copies of it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { parse } from 'yaml';

import { isPublished } from '../lib/content/published';
import { contentDir as contentFolder } from '../lib/paths';

export interface SampleArticle {
  slug: string;
  url: string;
  title: string;
  dek: string;
  date: string;
  updated?: string;
  section: string;
  authors?: string[];
  byline?: string;
  source?: string;
  dateline?: string;
  tags?: string[];
  image?: { src: string; alt: string; caption?: string; credit?: string };
  kicker?: string;
  pick?: boolean;
  featured?: boolean;
  breaking?: boolean;
  draft?: boolean;
  corrections?: { date: string; text: string }[];
  correctionsPosition?: 'top' | 'bottom';
  body: string;
  /** A live blog (content/live/<yyyy>/<slug>/): listed like a story, dated by its coverage start. */
  live?: 'live' | 'ended';
}

export interface SampleLivePost {
  id: string;
  time: string;
  authors: string[];
  title?: string;
  keyEvent?: boolean;
  pinned?: boolean;
  body: string;
}

export interface SampleLiveBlog extends SampleArticle {
  status: 'live' | 'ended';
  coverageStart: string;
  coverageEnd?: string;
  /** Newest first, as the page shows them. */
  posts: SampleLivePost[];
}

// The folder the site was built from (CONTENT_DIR, as for the build), so tests match the pages.
const contentDir = contentFolder();

function frontmatter(file: string): { data: Record<string, unknown>; body: string } {
  const text = readFileSync(file, 'utf8');
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  if (!match) throw new Error(`${file} has no frontmatter`);
  return { data: parse(match[1] as string) as Record<string, unknown>, body: match[2] as string };
}

/** Every live blog with its posts (content/live/<yyyy>/<slug>/index.mdx and the posts beside it). */
export const liveBlogs: SampleLiveBlog[] = readdirSync(path.join(contentDir, 'live'), {
  recursive: true,
  encoding: 'utf8',
})
  .filter((file) => file.endsWith('/index.mdx'))
  .map((file) => {
    const folder = path.join(contentDir, 'live', path.dirname(file));
    const { data, body } = frontmatter(path.join(folder, 'index.mdx'));
    const fields = data as Omit<SampleLiveBlog, 'slug' | 'url' | 'body' | 'posts' | 'date'>;
    const posts = readdirSync(folder)
      .filter((name) => name.endsWith('.mdx') && name !== 'index.mdx')
      .map((name) => {
        const post = frontmatter(path.join(folder, name));
        return {
          ...(post.data as Omit<SampleLivePost, 'id' | 'body'>),
          id: name.replace(/\.mdx$/, ''),
          body: post.body,
        };
      })
      .sort((a, b) => Date.parse(b.time) - Date.parse(a.time) || b.id.localeCompare(a.id));
    const slug = path.basename(path.dirname(file));
    const newest = posts[0]?.time;
    return {
      ...fields,
      slug,
      url: `/${fields.section}/${slug}`,
      body,
      date: fields.coverageStart,
      ...(newest && Date.parse(newest) > Date.parse(fields.coverageStart) ? { updated: newest } : {}),
      live: fields.status,
      posts,
    };
  });

/** How lists, feeds and the news sitemap print a story's headline: a running live blog is labelled LIVE. */
export const listedTitle = (story: SampleArticle) => (story.live === 'live' ? `LIVE: ${story.title}` : story.title);

/** Every story file (articles and live blogs), published or not. */
export const allArticles: SampleArticle[] = readdirSync(path.join(contentDir, 'articles'), {
  recursive: true,
  encoding: 'utf8',
})
  .filter((file) => file.endsWith('.mdx'))
  .map((file) => {
    const { data, body } = frontmatter(path.join(contentDir, 'articles', file));
    const slug = path.basename(file, '.mdx');
    const fields = data as Omit<SampleArticle, 'slug' | 'url' | 'body'>;
    return { ...fields, slug, url: `/${fields.section}/${slug}`, body };
  })
  .concat(liveBlogs);

/** What the build published: the site's own rule (drafts and embargoes out) at the build's "now". */
export const articles: SampleArticle[] = allArticles.filter((article) => isPublished(article));

/** Drafts and embargoed stories: in content/, but nowhere in the production build. */
export const heldBack: SampleArticle[] = allArticles.filter((article) => !isPublished(article));

export function article(slug: string): SampleArticle {
  const found = articles.find((candidate) => candidate.slug === slug);
  if (!found) throw new Error(`The sample has no article ${slug}`);
  return found;
}

/** A section's published stories, newest first (the site's order). */
export function sectionStories(section: string): SampleArticle[] {
  return articles
    .filter((candidate) => candidate.section === section)
    .sort((a, b) => Date.parse(b.date) - Date.parse(a.date) || a.slug.localeCompare(b.slug));
}

export function author(slug: string): { name: string; role: string } {
  return frontmatter(path.join(contentDir, 'authors', `${slug}.mdx`)).data as { name: string; role: string };
}

export function sectionTitle(slug: string): string {
  return (parse(readFileSync(path.join(contentDir, 'sections', `${slug}.yaml`), 'utf8')) as { title: string }).title;
}
