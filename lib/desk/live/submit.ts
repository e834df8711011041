/**
 * Sending a live post, for the desk's form and its API alike: write it into the workspace under a
 * fresh id, queue its publish, and wait for the queue (the publish is ./publish-post.ts).
 */
import { zonedTimestamp } from '../../newsroom/new-article';
import { site } from '../../site';
import type { Desk } from '../publishing/desk';
import type { Job } from '../publishing/queue';
import type { DeskUser } from '../roles';
import type { StoryKey } from '../workspace/story-key';
import type { PostDraft } from './post-text';
import { postIdBase, postRefText, writeNewPost } from './posts';

/** How long a post request waits for its publish before answering with the job's address. */
export const POST_WAIT_MS = 30_000;

/** Now, as a post's `time` is written: the site's time zone, with its offset, to the second. */
export const postTime = (desk: Desk) => zonedTimestamp(desk.options.now(), site.timeZone);

export async function submitPost(
  desk: Desk,
  user: DeskUser,
  key: StoryKey,
  draft: PostDraft,
  time: string,
): Promise<{ id: string; jobId: number; job?: Job }> {
  const id = writeNewPost(desk.workspace, key, postIdBase(time, draft.words), draft.text);
  const jobId = await desk.queue.enqueue('live-post', postRefText(key, id), user.id);
  const job = await desk.queue.wait(jobId, desk.options.waitMs ?? POST_WAIT_MS);
  return { id, jobId, ...(job ? { job } : {}) };
}
