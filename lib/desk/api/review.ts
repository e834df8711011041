/**
 * Review through the desk API (docs/EDITING.md, "Review"), for tools and scripts; the same rules
 * as the desk's forms (lib/desk/review/actions.ts):
 *
 *   POST /api/desk/stories/<year>/<slug>/submit      optional note → 201 waiting (200 if it already was)
 *   POST /api/desk/stories/<year>/<slug>/send-back   note → 200 sent back (editor, admin)
 *   GET  /api/desk/review                            { waiting, sentBack } (a reporter: their own)
 *
 * The note is JSON `{ "note": "…" }`, a form field `note`, or plain text.
 */
import { desk as deskAddresses } from '../addresses';
import type { Desk } from '../publishing/desk';
import { mayReadNotes, mustBeAllowed, sendBack, submitForReview } from '../review/actions';
import { readNote } from '../review/note';
import { type Review, reviewStoreOf } from '../review/store';
import { can, type DeskUser } from '../roles';
import { parseKeyText, type StoryKey, storyKeyProblem } from '../workspace/story-key';
import { json, Refusal, refuse } from './answers';

const LIST_LIMIT = 200;

const notAllowed = (allow: string) => refuse(405, `this address takes ${allow}`, { Allow: allow });

export async function reviewActionApi(
  desk: Desk,
  request: Request,
  user: DeskUser,
  year: string,
  slug: string,
  action: 'submit' | 'send-back',
): Promise<Response> {
  if (request.method !== 'POST') return notAllowed('POST');
  mustBeAllowed(user, action === 'submit' ? 'story:submit' : 'story:review');
  const problem = storyKeyProblem(year, slug);
  if (problem) throw new Refusal(400, problem);
  const key: StoryKey = { year, slug };
  if (!desk.exists(key)) return refuse(404, `there is no story ${year}/${slug} in the desk`);
  const note = await readNote(request);
  if (action === 'submit') {
    const { review, created } = await submitForReview(desk, user, key, note);
    return json(created ? 201 : 200, {
      ...reviewView(review, user),
      message: created ? 'waiting for review: an editor publishes it or sends it back' : 'it was already waiting',
    });
  }
  return json(200, reviewView(await sendBack(desk, user, key, note), user));
}

export async function reviewListApi(desk: Desk, request: Request, user: DeskUser): Promise<Response> {
  if (request.method !== 'GET') return notAllowed('GET');
  mustBeAllowed(user, 'story:submit');
  const only = can(user, 'story:review') ? {} : { submittedBy: user.id };
  const store = reviewStoreOf(desk);
  const waiting = await store.list('waiting', { ...only, limit: LIST_LIMIT });
  const sentBack = await store.list('sent back', { ...only, limit: LIST_LIMIT });
  return json(200, {
    waiting: waiting.map((review) => reviewView(review, user)),
    sentBack: sentBack.map((review) => reviewView(review, user)),
  });
}

/** A review as the API shows it to this person (notes only to those who may read them). */
function reviewView(review: Review, user: DeskUser) {
  const key = parseKeyText(review.story);
  const notes = mayReadNotes(user, review);
  return {
    story: review.story,
    ...(key ? { desk: deskAddresses.story(key) } : {}),
    state: review.state,
    submittedBy: review.submittedBy.name,
    submittedAt: review.submittedAt,
    ...(notes && review.submitNote ? { submitNote: review.submitNote } : {}),
    ...(review.reviewedBy ? { sentBackBy: review.reviewedBy.name } : {}),
    ...(review.reviewedAt ? { sentBackAt: review.reviewedAt } : {}),
    ...(notes && review.reviewNote ? { reviewNote: review.reviewNote } : {}),
  };
}
