/**
 * Live blogs in the content store (docs/decisions/029). Contentlayer types a live blog's
 * index.mdx (LiveBlog) and each post beside it (LivePost) as separate documents; the store keeps
 * one record per live blog among the articles, so fronts, feeds, sitemaps, the route table and
 * the publish path see it as a story, with its posts (light: no bodies) inside it.
 */
import type { StoredLive, StoredLivePost } from '../content/store';
import { excerptOf, readingTimeOf } from '../schema/computed';

type Doc = Record<string, unknown> & { _raw: { sourceFilePath: string }; body: { raw: string } };

const newestFirst = (a: StoredLivePost, b: StoredLivePost) =>
  Date.parse(b.time) - Date.parse(a.time) || b.id.localeCompare(a.id);

/**
 * The article-shaped record of each live blog: `date` is the coverage start (where the story
 * sits in lists and feeds), `updated` the newest post (what moves its feed item and sitemap
 * entry), `alsoRead` the ALSO READ targets of every post.
 */
export async function liveBlogRecords(
  blogs: readonly Doc[],
  posts: readonly Doc[],
  compiledKey: (doc: Doc) => Promise<string>,
): Promise<Record<string, unknown>[]> {
  const byBlog = new Map<string, Doc[]>();
  for (const post of posts) {
    const blog = post.blog as string;
    byBlog.set(blog, [...(byBlog.get(blog) ?? []), post]);
  }
  const records: Record<string, unknown>[] = [];
  for (const blog of blogs) {
    const folder = blog._raw.sourceFilePath.replace(/\/index\.mdx$/, '');
    const stored: StoredLivePost[] = [];
    const alsoRead = new Set<string>();
    let words = 0;
    let raw = '';
    for (const post of byBlog.get(folder) ?? []) {
      for (const slug of (post.alsoRead as string[] | undefined) ?? []) alsoRead.add(slug);
      words += (post.wordCount as number | undefined) ?? 0;
      raw += `${post.body.raw}\n\n`;
      stored.push({
        id: post.postId as string,
        time: post.time as string,
        authors: (post.authors as string[] | undefined) ?? [],
        ...(post.title ? { title: post.title as string } : {}),
        keyEvent: post.keyEvent === true,
        pinned: post.pinned === true,
        codeKey: await compiledKey(post),
        sourceFilePath: post._raw.sourceFilePath,
      });
    }
    stored.sort(newestFirst);
    const { body: _body, _raw, status, coverageStart, coverageEnd, ...fields } = blog;
    const newest = stored[0]?.time;
    const live: StoredLive = {
      status: status === 'ended' ? 'ended' : 'live',
      coverageStart: coverageStart as string,
      ...(coverageEnd ? { coverageEnd: coverageEnd as string } : {}),
      posts: stored,
    };
    records.push({
      ...fields,
      date: coverageStart,
      ...(newest && Date.parse(newest) > Date.parse(coverageStart as string) ? { updated: newest } : {}),
      excerpt: excerptOf(blog.body.raw) || blog.dek,
      readingTime: readingTimeOf(raw),
      wordCount: words,
      alsoRead: [...alsoRead],
      sourceFilePath: _raw.sourceFilePath,
      codeKey: await compiledKey(blog),
      live,
    });
  }
  return records;
}
