/**
 * Review on the desk's pages (docs/EDITING.md, "Review"): the list at /desk/review, the Review
 * part of a story's page, and the two forms it posts (submit, send back).
 *
 * What a reporter sees: the status of every story (the story list already shows everyone's
 * stories, and knowing one is with an editor stops two people working on it), but on
 * /desk/review only their own submissions, and a note only on a story they submitted. A
 * send-back note is addressed to one person and may be frank; the waiting list is the editors'
 * work queue. Editors and admins see every submission and every note.
 */
import { desk as deskAddresses } from '../addresses';
import { Refusal } from '../api/answers';
import type { Desk } from '../publishing/desk';
import { mayReadNotes, mustBeAllowed, sendBack, submitForReview } from '../review/actions';
import { MAX_NOTE_CHARACTERS, readNote } from '../review/note';
import { type Review, reviewStoreOf } from '../review/store';
import { can, type DeskUser } from '../roles';
import { keyText, parseKeyText, type StoryKey } from '../workspace/story-key';
import { type Html, html, page } from './html';
import { storyStates } from './stories';
import { when } from './time';

const LIST_LIMIT = 200;

export type ReviewAction = 'submit' | 'send-back';

export async function reviewListPage(desk: Desk, user: DeskUser, request: Request): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return notAllowed('GET', 'This page is read with GET.');
  const reviewer = can(user, 'story:review');
  const store = reviewStoreOf(desk);
  const only = reviewer ? {} : { submittedBy: user.id };
  const waiting = await store.list('waiting', { ...only, limit: LIST_LIMIT });
  const sentBack = await store.list('sent back', { ...only, limit: LIST_LIMIT });
  const titles = await titlesOf(desk, [...waiting, ...sentBack]);
  const storyLink = (review: Review) => {
    const key = parseKeyText(review.story);
    return key
      ? html`<a href="${deskAddresses.story(key)}">${titles.get(review.story) ?? review.story}</a>`
      : review.story;
  };
  const note = (review: Review, text: string | undefined) =>
    text && mayReadNotes(user, review) ? html`<div class="review-note">${text}</div>` : '';
  return page(
    'Review',
    html`<h1>Review</h1>
      <p>
        ${
          reviewer
            ? 'Stories reporters have submitted, the latest first. Open one to publish it or send it back with a note.'
            : 'Your stories that wait for an editor, and those sent back to you with a note. Editors see everyone’s.'
        }
      </p>
      <h2 id="waiting">Waiting for review</h2>
      ${
        waiting.length === 0
          ? html`<p>Nothing is waiting for review.</p>`
          : html`<table aria-labelledby="waiting">
              <thead>
                <tr>
                  <th>Story</th>
                  <th>Submitted by</th>
                  <th>Submitted</th>
                  <th>Note</th>
                </tr>
              </thead>
              <tbody>
                ${waiting.map(
                  (review) =>
                    html`<tr>
                      <td>${storyLink(review)}</td>
                      <td>${review.submittedBy.name}</td>
                      <td>${when(review.submittedAt)}</td>
                      <td>${note(review, review.submitNote)}</td>
                    </tr>`,
                )}
              </tbody>
            </table>`
      }
      <h2 id="sent-back">Sent back</h2>
      ${
        sentBack.length === 0
          ? html`<p>Nothing has been sent back.</p>`
          : html`<table aria-labelledby="sent-back">
              <thead>
                <tr>
                  <th>Story</th>
                  <th>Submitted by</th>
                  <th>Sent back</th>
                  <th>Editor’s note</th>
                </tr>
              </thead>
              <tbody>
                ${sentBack.map(
                  (review) =>
                    html`<tr>
                      <td>${storyLink(review)}</td>
                      <td>${review.submittedBy.name}</td>
                      <td>${when(review.reviewedAt)} by ${review.reviewedBy?.name}</td>
                      <td>${note(review, review.reviewNote)}</td>
                    </tr>`,
                )}
              </tbody>
            </table>`
      }`,
  );
}

async function titlesOf(desk: Desk, reviews: Review[]): Promise<Map<string, string>> {
  const keys = reviews.map((review) => parseKeyText(review.story)).filter((key) => key !== undefined);
  const states = await storyStates(desk, keys);
  return new Map(states.map((state) => [keyText(state.key), state.fields.title]));
}

/** The Review part of a story's page: where the story stands and the form this person may use. */
export function reviewSection(user: DeskUser, key: StoryKey, review: Review | undefined): Html {
  const notes = review !== undefined && mayReadNotes(user, review);
  let body: Html;
  if (review?.state === 'waiting') {
    body = html`<p class="note" data-review="waiting">
        Waiting for review since ${when(review.submittedAt)}, submitted by ${review.submittedBy.name}.
      </p>
      ${notes && review.submitNote ? noteBlock('Their note for the editor:', review.submitNote) : ''}
      ${
        can(user, 'story:review')
          ? noteForm(key, 'send-back', 'Note for the reporter: what to change', 'Send back')
          : html`<p>An editor will publish it or send it back with a note.</p>`
      }`;
  } else if (review?.state === 'sent back') {
    body = html`<p class="problem" data-review="sent back">
        Sent back to ${review.submittedBy.name} by ${review.reviewedBy?.name} on ${when(review.reviewedAt)}.
      </p>
      ${
        notes && review.reviewNote
          ? noteBlock('The editor’s note:', review.reviewNote)
          : html`<p>The editor’s note is for ${review.submittedBy.name} and the editors.</p>`
      }
      ${
        can(user, 'story:submit')
          ? noteForm(key, 'submit', 'Note for the editor (optional)', 'Submit for review again')
          : ''
      }`;
  } else {
    body = can(user, 'story:submit')
      ? noteForm(key, 'submit', 'Note for the editor (optional)', 'Submit for review')
      : html``;
  }
  return html`<section aria-labelledby="review-heading">
    <h2 id="review-heading">Review</h2>
    ${body}
  </section>`;
}

const noteBlock = (label: string, text: string) =>
  html`<p>${label}</p>
    <div class="review-note">${text}</div>`;

function noteForm(key: StoryKey, action: ReviewAction, label: string, button: string): Html {
  const id = `${action}-note`;
  return html`<form class="review-form" method="post" action="${deskAddresses.storyAction(key, action)}">
    <label for="${id}">${label}</label>
    <textarea
      id="${id}"
      name="note"
      rows="4"
      maxlength="${MAX_NOTE_CHARACTERS}"
      ${action === 'send-back' ? html`required` : ''}
    ></textarea>
    <button type="submit">${button}</button>
  </form>`;
}

/** A press of Submit for review or Send back: POST only, then back to the story's page. */
export async function reviewPressed(
  desk: Desk,
  user: DeskUser,
  key: StoryKey,
  action: ReviewAction,
  request: Request,
): Promise<Response> {
  if (request.method !== 'POST') return notAllowed('POST', 'This address takes a form’s POST.');
  // Who may comes before anything is read: a reporter's send-back is a 403 whatever it holds.
  mustBeAllowed(user, action === 'submit' ? 'story:submit' : 'story:review');
  if (!desk.exists(key)) throw new Refusal(404, `There is no story ${keyText(key)} in the desk.`);
  const note = await readNote(request);
  if (action === 'submit') await submitForReview(desk, user, key, note);
  else await sendBack(desk, user, key, note);
  return new Response(null, { status: 303, headers: { Location: deskAddresses.story(key) } });
}

function notAllowed(allow: string, message: string): Response {
  const refused = page('Not allowed', html`<p class="problem">${message}</p>`, 405);
  refused.headers.set('Allow', allow);
  return refused;
}
