/**
 * The two review actions with every rule they follow, shared by the desk's forms
 * (lib/desk/pages/review.ts) and its API (lib/desk/api/review.ts), so a crafted request meets
 * exactly the checks a button press does. Each refusal is a Refusal with its HTTP status:
 * 403 a role that may not, 404 no such story, 400 a send-back without a note, 409 a story that
 * is not waiting. (Too large a note is refused with 413 while it is read: ./note.ts.)
 */
import { Refusal } from '../api/answers';
import type { Desk } from '../publishing/desk';
import { can, type DeskUser } from '../roles';
import { keyText, type StoryKey } from '../workspace/story-key';
import { type Review, reviewStoreOf } from './store';

/** Who may read a review's notes: the person who submitted it, and everyone who reviews. */
export const mayReadNotes = (user: DeskUser, review: Review) =>
  can(user, 'story:review') || review.submittedBy.id === user.id;

export function mustBeAllowed(user: DeskUser, action: 'story:submit' | 'story:review'): void {
  if (can(user, action)) return;
  throw new Refusal(
    403,
    action === 'story:review'
      ? `a ${user.role} may not send stories back; an editor reviews them`
      : `a ${user.role} may not submit stories for review`,
  );
}

function mustExist(desk: Desk, key: StoryKey): void {
  if (!desk.exists(key)) throw new Refusal(404, `there is no story ${keyText(key)} in the desk`);
}

/** "Submit for review": the story waits for an editor (once: a second press changes nothing). */
export async function submitForReview(
  desk: Desk,
  user: DeskUser,
  key: StoryKey,
  note: string | undefined,
): Promise<{ review: Review; created: boolean }> {
  mustBeAllowed(user, 'story:submit');
  mustExist(desk, key);
  return reviewStoreOf(desk).submit(keyText(key), user, note);
}

/** "Send back": a waiting story goes back to its reporter with the editor's note. */
export async function sendBack(desk: Desk, user: DeskUser, key: StoryKey, note: string | undefined): Promise<Review> {
  mustBeAllowed(user, 'story:review');
  mustExist(desk, key);
  if (!note) throw new Refusal(400, 'write a note for the reporter saying what to change before sending it back');
  const review = await reviewStoreOf(desk).sendBack(keyText(key), user, note);
  if (!review) {
    throw new Refusal(409, `${keyText(key)} is not waiting for review, so there is nothing to send back`);
  }
  return review;
}
