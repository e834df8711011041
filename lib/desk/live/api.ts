/**
 * POST /api/desk/live/<year>/<slug>/posts: a new post on a live blog, from a chat bot, a wire
 * feed or a script (docs/EDITING.md, "The desk API"). The body is the post's MDX text, with
 * optional frontmatter giving title, keyEvent, pinned and authors; the desk sets the time.
 *
 *   201 { url: "…#post-<id>", path, id, file }  once readers can load the post
 *   422 { problems: [{ file, line, field, message, fix }] }  and nothing changed
 *   202 { job }  when the publish takes longer than the wait (ask the job's address)
 *   400, 401, 403, 404, 405, 413, 415 as for stories
 */
import { absoluteUrl } from '../../routes';
import { desk as deskAddresses } from '../addresses';
import { json, readLimited, Refusal, refuse } from '../api/answers';
import type { Desk } from '../publishing/desk';
import type { JobProblem } from '../publishing/queue';
import { can, type DeskUser } from '../roles';
import { keyText, liveFolder, type StoryKey, storyKeyProblem } from '../workspace/story-key';
import { blogAuthors, defaultAuthors } from './authors';
import { draftFromText } from './post-text';
import { isLiveBlog, postFile } from './posts';
import { postTime, submitPost } from './submit';

export const MAX_POST_BYTES = 256 * 1024;

const TEXT_TYPES = ['text/markdown', 'text/mdx', 'text/x-markdown', 'text/plain'];

/** `rest`: the path after /api/desk/live/. */
export async function handleLiveApi(desk: Desk, request: Request, user: DeskUser, rest: string[]): Promise<Response> {
  const [year = '', slug = '', what] = rest;
  if (rest.length !== 3 || what !== 'posts')
    return refuse(404, 'not a desk API address: see docs/EDITING.md, "The desk API"');
  if (request.method !== 'POST') return refuse(405, 'this address takes POST', { Allow: 'POST' });
  if (!can(user, 'live:post')) throw new Refusal(403, `a ${user.role} may not post to live blogs; an editor posts`);
  const problem = storyKeyProblem(year, slug);
  if (problem) return refuse(400, problem);
  const key: StoryKey = { year, slug };
  if (!isLiveBlog(desk.workspace, key)) return refuse(404, `there is no live blog ${keyText(key)} in the desk`);

  const type = (request.headers.get('content-type') ?? 'text/markdown').split(';')[0]?.trim().toLowerCase() ?? '';
  if (!TEXT_TYPES.includes(type)) {
    return refuse(
      415,
      `send the post's MDX text with Content-Type ${TEXT_TYPES.join(', ')} (got ${type.slice(0, 60)})`,
    );
  }
  const bytes = await readLimited(request, MAX_POST_BYTES, 'post');
  let sent: string;
  try {
    sent = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return refuse(400, 'the post is not valid UTF-8 text');
  }
  if (sent.includes('\0')) return refuse(400, 'the post holds a NUL character; send plain MDX text');

  const time = postTime(desk);
  const authors = defaultAuthors(
    user,
    desk.workspace.project.contentDir,
    blogAuthors([desk.workspace.project.contentDir, desk.workspace.contentDir], key),
  );
  const { draft, problems } = draftFromText(`content/${liveFolder(key)}/<new post>.mdx`, sent, time, authors);
  if (!draft) return json(422, { problems: problems.map(jobProblem) });

  const { id, jobId, job } = await submitPost(desk, user, key, draft, time);
  const file = `content/${postFile(key, id)}`;
  if (!job) {
    const location = deskAddresses.job(jobId);
    return json(
      202,
      { job: location, id, file, state: 'queued', note: 'still publishing; ask the job address for the result' },
      { Location: location },
    );
  }
  const outcome = job.outcome;
  if (outcome?.outcome === 'published' && outcome.url) {
    const url = absoluteUrl(outcome.url);
    return json(
      201,
      { url, path: outcome.url, id, file, ...(outcome.message ? { message: outcome.message } : {}) },
      { Location: url },
    );
  }
  if (outcome?.outcome === 'refused') {
    // Lines in the sender's text, not in the file the desk wrote around it.
    const mapped = (outcome.problems ?? []).map((found) =>
      found.file === file && found.line !== undefined ? { ...found, line: draft.senderLine(found.line) } : found,
    );
    return json(422, { problems: mapped.map(jobProblem) });
  }
  return json(502, { id, file, error: outcome?.message ?? 'the publish failed' });
}

const jobProblem = (problem: Omit<JobProblem, 'line'> & { line?: number | undefined }): JobProblem => ({
  file: problem.file,
  ...(problem.line ? { line: problem.line } : {}),
  field: problem.field,
  message: problem.message,
  ...(problem.fix ? { fix: problem.fix } : {}),
});
