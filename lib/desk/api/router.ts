/**
 * The desk API (docs/EDITING.md "The desk API"), for newsroom tools with an API token and for the
 * desk's own forms. The desk server has already authenticated the caller; every route still
 * checks what this person may do (lib/desk/roles.ts) and treats every part of the path and the
 * body as hostile: exact path shapes, no encoded characters, size limits, pictures by their bytes.
 *
 *   GET  /api/desk/stories/<year>/<slug>            the workspace text and status
 *   PUT  /api/desk/stories/<year>/<slug>            MDX text → saved in the workspace as this person
 *   POST /api/desk/stories/<year>/<slug>/publish    → 200 { url } once readers can load it, 422 { problems }
 *   POST /api/desk/stories/<year>/<slug>/unpublish  → 200 once readers get a 404
 *   POST /api/desk/stories/<year>/<slug>/submit     → 201 waiting for review (./review.ts)
 *   POST /api/desk/stories/<year>/<slug>/send-back  note → 200 sent back to its reporter
 *   POST /api/desk/stories/<year>/<slug>/preview-links → 201 { url, expiresAt } (./preview-links.ts; GET lists, DELETE …/<id> revokes)
 *   GET  /api/desk/review                           what waits for review, what was sent back
 *   PUT  /api/desk/pictures/<path under images/>    picture bytes → the workspace's images/
 *   GET  /api/desk/jobs/<id>                        a publish that took longer than the wait
 *   POST /api/desk/live/<year>/<slug>/posts         a live post's MDX → 201 { url: …#post-<id> } (lib/desk/live/api.ts)
 */
import { absoluteUrl } from '../../routes';
import { desk as deskAddresses } from '../addresses';
import { recordSave } from '../history';
import { handleLiveApi } from '../live/api';
import { currentDesk } from '../publishing/current';
import type { Desk } from '../publishing/desk';
import type { Job } from '../publishing/queue';
import { can, type DeskAction, type DeskUser } from '../roles';
import { picturePathProblem, pictureTypeOfPath, sniffPicture } from '../workspace/pictures';
import { keyText, type StoryKey, storyKeyProblem } from '../workspace/story-key';
import { readStory, savePicture } from '../workspace/workspace';
import { json, readLimited, Refusal, refuse } from './answers';
import { previewLinksApi } from './preview-links';
import { reviewActionApi, reviewListApi } from './review';

export const MAX_STORY_BYTES = 1024 * 1024;
export const MAX_PICTURE_BYTES = 15 * 1024 * 1024;
/** How long a publish request waits for its job before answering 202 with the job's address. */
export const PUBLISH_WAIT_MS = 30_000;

const TEXT_TYPES = ['text/markdown', 'text/mdx', 'text/x-markdown', 'text/plain'];

export async function handleDeskApi(request: Request, user: DeskUser): Promise<Response> {
  try {
    return await route(request, user);
  } catch (error) {
    if (error instanceof Refusal) return refuse(error.status, error.message);
    throw error;
  }
}

async function route(request: Request, user: DeskUser): Promise<Response> {
  const segments = pathSegments(request.url);
  if (segments[0] !== 'api' || segments[1] !== 'desk') return refuse(404, 'not a desk API address');
  const [, , collection, ...rest] = segments;
  const desk = currentDesk();
  if (!desk) return refuse(503, 'the desk is starting or stopping; try again in a moment');
  if (collection === 'stories' && rest[2] === 'preview-links' && (rest.length === 3 || rest.length === 4))
    return previewLinksApi(desk, request, user, rest);
  if (collection === 'stories' && (rest.length === 2 || rest.length === 3)) {
    const [year = '', slug = '', action] = rest;
    if (action === undefined) {
      if (request.method === 'PUT') return saveStory(desk, request, user, storyKey(year, slug, user, 'story:save'));
      if (request.method === 'GET') return showStory(desk, storyKey(year, slug, user, 'story:save'));
      return notAllowed('GET, PUT');
    }
    if (action === 'publish' || action === 'unpublish') {
      if (request.method !== 'POST') return notAllowed('POST');
      const key = storyKey(year, slug, user, action === 'publish' ? 'story:publish' : 'story:unpublish');
      if (!desk.exists(key)) return refuse(404, `there is no story ${keyText(key)} in the desk`);
      return runJob(desk, await desk.queue.enqueue(action, keyText(key), user.id));
    }
    if (action === 'submit' || action === 'send-back') return reviewActionApi(desk, request, user, year, slug, action);
  }
  if (collection === 'review' && rest.length === 0) return reviewListApi(desk, request, user);
  if (collection === 'live') return handleLiveApi(desk, request, user, rest);
  if (collection === 'pictures' && rest.length > 0) {
    if (request.method !== 'PUT') return notAllowed('PUT');
    permit(user, 'picture:upload');
    return uploadPicture(desk, request, user, rest);
  }
  if (collection === 'jobs' && rest.length === 1) {
    if (request.method !== 'GET') return notAllowed('GET');
    permit(user, 'story:save');
    const id = /^\d{1,12}$/.test(rest[0] ?? '') ? Number(rest[0]) : NaN;
    const job = Number.isSafeInteger(id) ? await desk.queue.job(id) : undefined;
    return job ? json(200, jobView(job)) : refuse(404, `there is no job ${String(rest[0]).slice(0, 20)}`);
  }
  return refuse(404, 'not a desk API address: see docs/EDITING.md, "The desk API"');
}

/**
 * The path's segments, refused with 400 if it holds anything a desk address never does: a
 * percent-encoded character (an encoded slash, dot or backslash could name another file), a
 * backslash, an empty segment, or a `.` / `..` segment.
 */
function pathSegments(url: string): string[] {
  const raw = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*(\/[^?#]*)?/i.exec(url)?.[1] ?? '/';
  if (!/^[A-Za-z0-9/._-]*$/.test(raw)) {
    throw new Refusal(400, 'the path may hold only letters, digits, "-", "_", "." and "/" (nothing percent-encoded)');
  }
  const segments = raw.split('/').slice(1);
  if (segments.some((segment) => segment === '' || segment === '.' || segment === '..')) {
    throw new Refusal(400, 'the path has an empty, "." or ".." segment; name the story or picture exactly');
  }
  return segments;
}

function permit(user: DeskUser, action: DeskAction): void {
  if (!can(user, action)) {
    throw new Refusal(403, `a ${user.role} may not ${action.replace(':', ' ')}; ask an editor`);
  }
}

function storyKey(year: string, slug: string, user: DeskUser, action: DeskAction): StoryKey {
  permit(user, action);
  const problem = storyKeyProblem(year, slug);
  if (problem) throw new Refusal(400, problem);
  return { year, slug };
}

const notAllowed = (allow: string) => refuse(405, `this address takes ${allow}`, { Allow: allow });

async function saveStory(desk: Desk, request: Request, user: DeskUser, key: StoryKey): Promise<Response> {
  const type = (request.headers.get('content-type') ?? 'text/markdown').split(';')[0]?.trim().toLowerCase() ?? '';
  if (!TEXT_TYPES.includes(type)) {
    return refuse(
      415,
      `send the story's MDX text with Content-Type ${TEXT_TYPES.join(', ')} (got ${type.slice(0, 60)})`,
    );
  }
  const bytes = await readLimited(request, MAX_STORY_BYTES, 'story');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return refuse(400, 'the story is not valid UTF-8 text');
  }
  if (text.includes('\0')) return refuse(400, 'the story holds a NUL character; send plain MDX text');
  if (!/^---[ \t]*\r?\n/.test(text)) {
    return refuse(
      400,
      'the story must start with its frontmatter: a line "---", the fields (title, date, section, …), then "---"',
    );
  }
  const saved = await desk.save(user, key, text.replace(/\r\n/g, '\n'));
  return json(saved.created ? 201 : 200, {
    story: keyText(key),
    saved: saved.file,
    note: 'saved in the desk; readers see it once an editor publishes it',
  });
}

function showStory(desk: Desk, key: StoryKey): Response {
  const text = readStory(desk.workspace.contentDir, key);
  if (text === undefined) return refuse(404, `there is no story ${keyText(key)} in the desk`);
  const published = readStory(desk.workspace.project.contentDir, key);
  return json(200, { story: keyText(key), text, released: published === text });
}

async function uploadPicture(desk: Desk, request: Request, user: DeskUser, segments: string[]): Promise<Response> {
  const problem = picturePathProblem(segments);
  if (problem) return refuse(400, problem);
  const bytes = await readLimited(request, MAX_PICTURE_BYTES, 'picture');
  const found = sniffPicture(bytes);
  const expected = pictureTypeOfPath(segments.join('/'));
  if (!found) return refuse(415, 'these bytes are not a JPEG, PNG, GIF, WebP or AVIF picture');
  if (found !== expected) {
    return refuse(415, `the bytes are ${found} but the name says ${expected}; rename the file to match`);
  }
  const { created } = savePicture(desk.workspace, segments, bytes);
  await recordSave([`public/images/${segments.join('/')}`], user, `Upload images/${segments.join('/')}`);
  return json(created ? 201 : 200, {
    picture: deskAddresses.picture(segments),
    note: 'saved in the desk; it is copied to the site with the first story published that shows it',
  });
}

async function runJob(desk: Desk, id: number): Promise<Response> {
  const job = await desk.queue.wait(id, desk.options.waitMs ?? PUBLISH_WAIT_MS);
  if (!job) {
    const location = deskAddresses.job(id);
    return json(
      202,
      { job: location, state: 'queued', note: 'still publishing; ask the job address for the result' },
      { Location: location },
    );
  }
  return answerFor(job);
}

export function answerFor(job: Job): Response {
  const outcome = job.outcome;
  const view = jobView(job);
  switch (outcome?.outcome) {
    case 'published':
    case 'unpublished':
    case 'scheduled':
      return json(200, { ...view, ...(outcome.url ? { url: absoluteUrl(outcome.url), path: outcome.url } : {}) });
    case 'refused':
      return json(422, { ...view, problems: outcome.problems ?? [] });
    default:
      return json(502, { ...view, error: outcome?.message ?? 'the publish failed' });
  }
}

const jobView = (job: Job) => ({
  job: deskAddresses.job(job.id),
  kind: job.kind,
  story: job.story,
  state: job.state,
  ...(job.outcome ? { status: job.outcome.outcome } : {}),
  ...(job.outcome?.url ? { url: absoluteUrl(job.outcome.url), path: job.outcome.url } : {}),
  ...(job.outcome?.until ? { until: job.outcome.until } : {}),
  ...(job.outcome?.message ? { message: job.outcome.message } : {}),
  ...(job.outcome?.othersRefused?.length ? { othersRefused: job.outcome.othersRefused } : {}),
});
