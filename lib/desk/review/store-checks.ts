/**
 * What the review store must do, written once and run on both databases: SQLite in
 * ./store.test.ts, PostgreSQL in lib/db/postgres.test.ts (one server for the whole file).
 */
import { afterEach, beforeEach, expect, it } from 'vitest';

import type { Database } from '../../db/connection';
import type { DeskJobKind, DeskJobState } from '../../db/schema';
import type { DeskUser } from '../roles';
import { ReviewStore } from './store';

const rita: DeskUser = { id: 'u-rita', email: 'rita@example.test', name: 'Rita Reporter', role: 'reporter' };
const ravi: DeskUser = { id: 'u-ravi', email: 'ravi@example.test', name: 'Ravi Reporter', role: 'reporter' };
const ed: DeskUser = { id: 'u-ed', email: 'ed@example.test', name: 'Ed Editor', role: 'editor' };

export interface FreshDatabase {
  database: Database;
  done: () => Promise<void>;
}

/** Registers the store's tests; `fresh` gives a migrated database with no reviews and no jobs. */
export function reviewStoreChecks(fresh: () => Promise<FreshDatabase>): void {
  let opened: FreshDatabase;
  let clock: number;
  let store: ReviewStore;
  beforeEach(async () => {
    opened = await fresh();
    clock = Date.parse('2026-11-28T09:00:00Z');
    // Each call is a minute later, so every row has its own time.
    store = new ReviewStore(opened.database, () => new Date((clock += 60_000)));
  });
  afterEach(async () => {
    await opened.done();
  });

  const job = async (story: string, kind: DeskJobKind, state: DeskJobState) => {
    const row = await opened.database.db
      .insertInto('desk_jobs')
      .values({ kind, story, requested_by: ed.id, state, created_at: new Date(clock).toISOString() })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  };

  it('marks a story waiting once, however often it is submitted', async () => {
    const first = await store.submit('2026/harbour-wall', rita, 'Checked the figures with the council.');
    expect(first.created).toBe(true);
    expect(first.review).toMatchObject({
      story: '2026/harbour-wall',
      state: 'waiting',
      submittedBy: { id: 'u-rita', name: 'Rita Reporter' },
      submittedAt: '2026-11-28T09:01:00.000Z',
      submitNote: 'Checked the figures with the council.',
    });
    const again = await store.submit('2026/harbour-wall', ravi, 'me too');
    expect(again).toEqual({ review: first.review, created: false });
    expect([...(await store.open(['2026/harbour-wall', '2026/no-review'])).keys()]).toEqual(['2026/harbour-wall']);
  });

  it('sends a waiting story back with the note, once, and takes it again when resubmitted', async () => {
    await store.submit('2026/harbour-wall', rita, undefined);
    const back = await store.sendBack('2026/harbour-wall', ed, 'Who said the wall was <safe>?');
    expect(back).toMatchObject({
      state: 'sent back',
      reviewedBy: { id: 'u-ed', name: 'Ed Editor' },
      reviewedAt: '2026-11-28T09:02:00.000Z',
      reviewNote: 'Who said the wall was <safe>?',
    });
    expect(back?.submitNote).toBeUndefined();
    // Not waiting any more: nothing to send back, and a story never submitted has nothing either.
    expect(await store.sendBack('2026/harbour-wall', ed, 'again')).toBeUndefined();
    expect(await store.sendBack('2026/never-submitted', ed, 'hm')).toBeUndefined();
    expect((await store.openOne('2026/harbour-wall'))?.reviewNote).toBe('Who said the wall was <safe>?');

    const resubmitted = await store.submit('2026/harbour-wall', rita, 'Added the engineer’s quote.');
    expect(resubmitted.created).toBe(true);
    const open = await store.openOne('2026/harbour-wall');
    expect(open).toMatchObject({ state: 'waiting', submitNote: 'Added the engineer’s quote.' });
    expect(open?.reviewNote).toBeUndefined();
  });

  it('ends a review when a publish queued after the submission is done, and only then', async () => {
    const before = await job('2026/harbour-wall', 'publish', 'done');
    await store.submit('2026/harbour-wall', rita, undefined);
    expect(before).toBeGreaterThan(0);
    // A publish from before the submission, a refused or running one, an unpublish, another story's: still waiting.
    await job('2026/harbour-wall', 'publish', 'refused');
    await job('2026/harbour-wall', 'publish', 'running');
    await job('2026/harbour-wall', 'unpublish', 'done');
    await job('2026/other-story', 'publish', 'done');
    expect((await store.openOne('2026/harbour-wall'))?.state).toBe('waiting');
    expect(await store.list('waiting', { limit: 10 })).toHaveLength(1);

    await job('2026/harbour-wall', 'publish', 'done');
    expect(await store.openOne('2026/harbour-wall')).toBeUndefined();
    expect(await store.list('waiting', { limit: 10 })).toEqual([]);
    expect(await store.sendBack('2026/harbour-wall', ed, 'too late')).toBeUndefined();

    // A story sent back and then published anyway is done with too; it can be submitted afresh.
    await store.submit('2026/ferry-fares', rita, undefined);
    await store.sendBack('2026/ferry-fares', ed, 'Needs a second source.');
    await job('2026/ferry-fares', 'publish', 'done');
    expect(await store.list('sent back', { limit: 10 })).toEqual([]);
    expect((await store.submit('2026/harbour-wall', rita, undefined)).created).toBe(true);
  });

  it('lists the latest submission first, by state, and for one person when asked', async () => {
    await store.submit('2026/first', rita, undefined);
    await store.submit('2026/second', ravi, undefined);
    await store.submit('2026/third', rita, undefined);
    await store.submit('2026/fourth', rita, undefined);
    await store.sendBack('2026/fourth', ed, 'Too long.');
    // Sent back and resubmitted, the oldest story comes to the top.
    await store.sendBack('2026/first', ed, 'One more quote.');
    await store.submit('2026/first', rita, 'again');
    const stories = (reviews: { story: string }[]) => reviews.map((review) => review.story);
    expect(stories(await store.list('waiting', { limit: 10 }))).toEqual(['2026/first', '2026/third', '2026/second']);
    expect(stories(await store.list('waiting', { limit: 2 }))).toEqual(['2026/first', '2026/third']);
    expect(stories(await store.list('waiting', { submittedBy: 'u-ravi', limit: 10 }))).toEqual(['2026/second']);
    expect(stories(await store.list('sent back', { limit: 10 }))).toEqual(['2026/fourth']);
    expect(await store.list('sent back', { submittedBy: 'u-ravi', limit: 10 })).toEqual([]);
  });
}
