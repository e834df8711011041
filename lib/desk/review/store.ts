/**
 * Review state of stories (docs/EDITING.md, "Review"): a reporter's "Submit for review" makes a
 * row in desk_reviews; the story's latest row is its review. It is open while it is `waiting`
 * (for an editor) or `sent back` (to its reporter, with the editor's note), and it ends when a
 * publish of the story that was queued after the submission finishes (a desk_jobs row with a
 * higher id, state `done`). That end is read from the publish queue, not written by it: every
 * way a story is published through the desk (the page's button, the API, a job re-run after a
 * restart) ends its review without the publishing code knowing about review at all.
 *
 * Nothing here touches content: a submit or a send-back is not a change to the story.
 */
import type { Database } from '../../db/connection';
import type { DeskReviewState } from '../../db/schema';
import type { Desk } from '../publishing/desk';
import type { DeskUser } from '../roles';

export interface Person {
  id: string;
  name: string;
}

export interface Review {
  id: number;
  /** <year>/<slug>. */
  story: string;
  state: DeskReviewState;
  submittedBy: Person;
  submittedAt: string;
  submitNote?: string;
  /** Set once an editor sent the story back. */
  reviewedBy?: Person;
  reviewedAt?: string;
  reviewNote?: string;
}

interface Row {
  id: number;
  story: string;
  state: DeskReviewState;
  submitted_by: string;
  submitted_name: string;
  submitted_at: string;
  submit_note: string | null;
  reviewed_by: string | null;
  reviewed_name: string | null;
  reviewed_at: string | null;
  review_note: string | null;
  after_job: number;
}

const reviewOf = (row: Row): Review => ({
  id: row.id,
  story: row.story,
  state: row.state,
  submittedBy: { id: row.submitted_by, name: row.submitted_name },
  submittedAt: row.submitted_at,
  ...(row.submit_note ? { submitNote: row.submit_note } : {}),
  ...(row.reviewed_by ? { reviewedBy: { id: row.reviewed_by, name: row.reviewed_name ?? row.reviewed_by } } : {}),
  ...(row.reviewed_at ? { reviewedAt: row.reviewed_at } : {}),
  ...(row.review_note ? { reviewNote: row.review_note } : {}),
});

/** A chunk size for `in (…)` lists that stays far below both databases' parameter limits. */
const CHUNK = 500;

export class ReviewStore {
  constructor(
    private readonly database: Database,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Open reviews: each story's latest row, unless a publish queued after it has finished. */
  private openReviews() {
    return this.database.db
      .selectFrom('desk_reviews as r')
      .selectAll('r')
      .where('r.id', '=', (eb) =>
        eb
          .selectFrom('desk_reviews as latest')
          .select((inner) => inner.fn.max('latest.id').as('id'))
          .whereRef('latest.story', '=', 'r.story'),
      )
      .where((eb) =>
        eb.not(
          eb.exists(
            eb
              .selectFrom('desk_jobs as j')
              .select('j.id')
              .whereRef('j.story', '=', 'r.story')
              .where('j.kind', '=', 'publish')
              .where('j.state', '=', 'done')
              .whereRef('j.id', '>', 'r.after_job'),
          ),
        ),
      );
  }

  /** The open review of each story named that has one. */
  async open(stories: string[]): Promise<Map<string, Review>> {
    const found = new Map<string, Review>();
    for (let i = 0; i < stories.length; i += CHUNK) {
      const rows = await this.openReviews()
        .where('r.story', 'in', stories.slice(i, i + CHUNK))
        .execute();
      for (const row of rows) found.set(row.story, reviewOf(row));
    }
    return found;
  }

  async openOne(story: string): Promise<Review | undefined> {
    return (await this.open([story])).get(story);
  }

  /**
   * Open reviews in one state, the latest submission first; only those `submittedBy` one person
   * when given (what a reporter sees), at most `limit`.
   */
  async list(state: DeskReviewState, options: { submittedBy?: string; limit: number }): Promise<Review[]> {
    let query = this.openReviews().where('r.state', '=', state);
    if (options.submittedBy !== undefined) query = query.where('r.submitted_by', '=', options.submittedBy);
    const rows = await query.orderBy('r.id', 'desc').limit(options.limit).execute();
    return rows.map(reviewOf);
  }

  /**
   * Marks the story waiting for review. A story already waiting stays as it is (`created: false`:
   * pressing twice, or two people at once, is one submission); a story sent back, or with no open
   * review, gets a new submission.
   */
  async submit(story: string, user: DeskUser, note: string | undefined): Promise<{ review: Review; created: boolean }> {
    const current = await this.openOne(story);
    if (current?.state === 'waiting') return { review: current, created: false };
    const lastJob = await this.database.db
      .selectFrom('desk_jobs')
      .select((eb) => eb.fn.max('id').as('id'))
      .executeTakeFirst();
    const row = await this.database.db
      .insertInto('desk_reviews')
      .values({
        story,
        state: 'waiting',
        submitted_by: user.id,
        submitted_name: user.name,
        submitted_at: this.now().toISOString(),
        submit_note: note ?? null,
        after_job: lastJob?.id ?? 0,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return { review: reviewOf(row), created: true };
  }

  /** Sends a waiting story back to its reporter with a note; undefined when it is not waiting. */
  async sendBack(story: string, user: DeskUser, note: string): Promise<Review | undefined> {
    const current = await this.openOne(story);
    if (current?.state !== 'waiting') return undefined;
    const row = await this.database.db
      .updateTable('desk_reviews')
      .set({
        state: 'sent back',
        reviewed_by: user.id,
        reviewed_name: user.name,
        reviewed_at: this.now().toISOString(),
        review_note: note,
      })
      // Only that submission, and only while still waiting: two editors at once send it back once.
      .where('id', '=', current.id)
      .where('state', '=', 'waiting')
      .returningAll()
      .executeTakeFirst();
    return row ? reviewOf(row) : undefined;
  }
}

/** The running desk's review store (it keeps no state of its own: one per call is fine). */
export const reviewStoreOf = (desk: Desk) => new ReviewStore(desk.options.database, desk.options.now);
