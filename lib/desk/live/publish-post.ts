/**
 * Publishing one live post (the queue's `live-post` job): release exactly that post's file (and
 * the pictures it names that were uploaded to the desk) into content/, run the pipeline, and wait
 * until readers can load the post. The blog's other files are not touched: a post published while
 * another editor's post waits in the queue neither sends nor holds back that post, and a refused
 * post is taken out of content/ and the workspace again, so nothing of it remains.
 */
import path from 'node:path';

import { routes } from '../../routes';
import { formatProblem } from '../../source/problem';
import { recordRelease } from '../history';
import type { Desk } from '../publishing/desk';
import { type Job, type JobProblem, jobProblems, type Outcome } from '../publishing/queue';
import type { DeskPublishResult } from '../publishing/run-publish';
import { storyFields } from '../publishing/story-fields';
import { putOrRemove, readIfPresent } from '../workspace/files';
import { picturesNamedIn } from '../workspace/pictures';
import { liveFolder, type StoryKey } from '../workspace/story-key';
import { markAgreed } from '../workspace/sync';
import { parsePostRef, postFile } from './posts';

/** The published blog (its index.mdx in content/), or why a post cannot go out yet. */
export function publishedBlog(
  desk: Desk,
  key: StoryKey,
): { section: string; status: string } | { problem: JobProblem } {
  const index = `${liveFolder(key)}/index.mdx`;
  const text = readIfPresent(path.join(desk.workspace.project.contentDir, index))?.toString('utf8');
  const fields = text === undefined ? undefined : storyFields(`content/${index}`, text, key);
  if (!fields || fields.draft || !fields.section) {
    return {
      problem: {
        file: `content/${index}`,
        field: 'file',
        message: fields?.draft
          ? 'the live blog is a draft, so readers could not see the post'
          : 'the live blog is not on the site yet, so readers could not see the post',
        fix: 'publish the live blog first (Publish on its page in the desk), then add the post',
      },
    };
  }
  return { section: fields.section, status: typeof fields.data.status === 'string' ? fields.data.status : 'live' };
}

export async function publishLivePost(desk: Desk, job: Job): Promise<Outcome> {
  const log = desk.options.log ?? (() => undefined);
  const ref = parsePostRef(job.story);
  if (!ref) return { outcome: 'failed', message: `"${String(job.story)}" is not a live post` };
  const file = postFile(ref.key, ref.id);
  const { workspace } = desk;
  const workspaceFile = path.join(workspace.contentDir, file);
  const bytes = readIfPresent(workspaceFile);
  if (!bytes) return { outcome: 'failed', message: `the post ${file} is no longer in the desk` };

  const forget = async () => {
    // A refused post leaves nothing behind: not on the site, not in the workspace.
    putOrRemove(workspaceFile, undefined);
    await markAgreed(desk.options.database, workspace, [file]);
  };
  const blog = publishedBlog(desk, ref.key);
  if ('problem' in blog) {
    await forget();
    return { outcome: 'refused', problems: [blog.problem] };
  }

  const before: { file: string; bytes: Buffer | undefined }[] = [];
  const put = (target: string, next: Buffer) => {
    before.push({ file: target, bytes: readIfPresent(target) });
    putOrRemove(target, next);
  };
  const restore = () => {
    for (const { file: target, bytes: old } of [...before].reverse()) putOrRemove(target, old);
  };
  const pictures: string[] = [];
  let result: DeskPublishResult;
  try {
    put(path.join(workspace.project.contentDir, file), bytes);
    for (const picture of picturesNamedIn(bytes.toString('utf8'))) {
      const upload = readIfPresent(path.join(workspace.publicDir, 'images', picture));
      if (upload) {
        put(path.join(workspace.project.publicDir, 'images', picture), upload);
        pictures.push(picture);
      }
    }
    // A pipeline that throws (a reader server down) leaves the post released, as a story's
    // publish does (docs/decisions/040): the next publish sends it.
    result = await desk.options.runPublish(log, [file]);
  } finally {
    desk.scheduler?.rearm();
  }

  const refusedHere = result.refused.filter((refused) => refused.file === file);
  if (refusedHere.length > 0 || result.status === 'refused') {
    restore();
    await forget();
    const problems: JobProblem[] = jobProblems(refusedHere);
    if (problems.length === 0) {
      const others = result.refused.map((refused) => refused.file);
      return {
        outcome: 'failed',
        message: `the publish was stopped by problems in other files (${others.join(', ')}); the post was taken back`,
        othersRefused: others,
      };
    }
    log(`Refused ${file}: ${refusedHere.flatMap((refused) => refused.problems.map(formatProblem)).join(' | ')}`);
    return { outcome: 'refused', problems };
  }
  await markAgreed(desk.options.database, workspace, [file]);

  const others = result.refused.map((refused) => refused.file);
  const url = routes.livePost(routes.article(blog.section, ref.key.slug), ref.id);
  const extra = others.length > 0 ? { othersRefused: others } : {};
  let seen: { message?: string } = {};
  try {
    // The post's own page exists only once the store and route table hold the post.
    await desk.options.readersSee(routes.livePage(blog.section, ref.key.slug, ref.id), true);
  } catch (error) {
    seen = { message: error instanceof Error ? error.message : String(error) };
  }
  // A revision like any publish, once readers can load it (lib/desk/history).
  await recordRelease(
    [`content/${file}`, ...pictures.map((picture) => `public/images/${picture}`)],
    await desk.authorOf(job.requestedBy),
    `Live post ${job.story ?? file}`,
  );
  return { outcome: 'published', url, ...extra, ...seen };
}
