/**
 * The rules of live blogs (docs/decisions/029): a live blog is content/live/<yyyy>/<slug>/index.mdx
 * and each of its posts is another .mdx file in that folder. Checked across files, because a
 * post is only right relative to its blog: inside the coverage, one pinned post per blog.
 */
import type { Problem } from '../source/problem';
import type { Entry } from './model';

const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
const time = (value: unknown) => Date.parse(text(value) ?? '');

export function livePostProblems(
  entries: readonly Entry[],
  context: {
    now: Date;
    authors: ReadonlySet<string>;
    /** The shared checks of the components a body uses (pictures, ALSO READ targets). */
    bodyUseProblems: (post: Entry, blog: Entry | undefined) => Problem[];
  },
): Problem[] {
  const problems: Problem[] = [];
  const blogs = new Map(entries.filter((entry) => entry.kind === 'live').map((entry) => [entry.blog, entry]));
  const lineOf = (entry: Entry, key: string) => entry.keyLines.get(key) ?? 1;

  for (const blog of blogs.values()) {
    if (!blog.data || blog.known) continue;
    const start = time(blog.data.coverageStart);
    const end = time(blog.data.coverageEnd);
    if (blog.data.status === 'ended' && blog.data.coverageEnd === undefined) {
      problems.push({
        file: blog.file,
        line: lineOf(blog, 'status'),
        field: 'coverageEnd',
        message: 'the live blog has ended but has no end time',
        fix: 'add coverageEnd: with the time of the last post, e.g. 2026-11-28T23:30:00+00:00',
      });
    }
    if (blog.data.status === 'live' && blog.data.coverageEnd !== undefined) {
      problems.push({
        file: blog.file,
        line: lineOf(blog, 'coverageEnd'),
        field: 'coverageEnd',
        message: 'is set but status is live, so readers would be told the coverage is still running',
        fix: 'set status: ended when the coverage is over, or remove coverageEnd while it runs',
      });
    }
    if (!Number.isNaN(start) && !Number.isNaN(end) && end < start) {
      problems.push({
        file: blog.file,
        line: lineOf(blog, 'coverageEnd'),
        field: 'coverageEnd',
        message: 'is earlier than coverageStart',
        fix: 'set it to when the coverage ended, after coverageStart',
      });
    }
  }

  const pinned = new Map<string, Entry>();
  for (const post of entries) {
    if (post.kind !== 'post' || post.known) continue;
    const blog = blogs.get(post.blog);
    if (!blog) {
      problems.push({
        file: post.file,
        field: 'file',
        message: `is a post in ${post.blog}/, which has no live blog`,
        fix: `add ${post.blog}/index.mdx with the live blog's headline, or move the post into its live blog's folder`,
      });
    }
    if (!post.data) continue;
    const authors = Array.isArray(post.data.authors) ? post.data.authors : [];
    authors.forEach((slug, index) => {
      if (typeof slug === 'string' && !context.authors.has(slug)) {
        problems.push({
          file: post.file,
          line: lineOf(post, 'authors'),
          field: `authors[${index + 1}]`,
          message: `"${slug}" is not an author`,
          fix: `use one of: ${[...context.authors].sort().join(', ')} — or add content/authors/${slug}.mdx`,
        });
      }
    });
    const posted = time(post.data.time);
    const start = time(blog?.data?.coverageStart);
    const end = time(blog?.data?.coverageEnd);
    if (!Number.isNaN(posted) && !Number.isNaN(start) && posted < start) {
      problems.push({
        file: post.file,
        line: lineOf(post, 'time'),
        field: 'time',
        message: `is before the live blog's coverage starts (${text(blog?.data?.coverageStart)})`,
        fix: 'correct the time, or move coverageStart in index.mdx earlier',
      });
    }
    if (!Number.isNaN(posted) && !Number.isNaN(end) && posted > end) {
      problems.push({
        file: post.file,
        line: lineOf(post, 'time'),
        field: 'time',
        message: `is after the live blog's coverage ended (${text(blog?.data?.coverageEnd)})`,
        fix: 'correct the time, or move coverageEnd in index.mdx later',
      });
    }
    if (!Number.isNaN(posted) && posted > context.now.getTime()) {
      problems.push({
        file: post.file,
        line: lineOf(post, 'time'),
        field: 'time',
        message: 'is in the future; posts are shown as soon as they are published, not at their time',
        fix: 'set the time to now (when you publish the post), or keep the file out of content/ until then',
      });
    }
    if (post.data.keyEvent === true && !text(post.data.title)?.trim()) {
      problems.push({
        file: post.file,
        line: lineOf(post, 'keyEvent'),
        field: 'title',
        message: 'a key event needs a title, which the "Key events" list shows',
        fix: 'add title: "What happened" or remove keyEvent',
      });
    }
    if (post.data.pinned === true && post.blog) {
      const other = pinned.get(post.blog);
      if (other) {
        problems.push({
          file: post.file,
          line: lineOf(post, 'pinned'),
          field: 'pinned',
          message: `${other.file} is pinned too; a live blog shows one pinned post`,
          fix: 'remove pinned: true from one of the two posts',
        });
      } else pinned.set(post.blog, post);
    }
    if (post.problems.length === 0 && post.body.trim() === '') {
      problems.push({
        file: post.file,
        line: post.bodyLine,
        field: 'body',
        message: 'the post has no text',
        fix: 'write the post below the closing --- line',
      });
    }
    problems.push(...context.bodyUseProblems(post, blog));
  }
  return problems;
}
