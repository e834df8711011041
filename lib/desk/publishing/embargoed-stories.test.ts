/**
 * What the scheduler asks of the content store (./scheduler.ts embargoedStories): the held-back
 * stories not lifted yet. A time that passed without a publish taking it (the lift failed, the
 * desk was down) is still there, so the scheduler lifts it instead of forgetting it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { syncStore } from '../../build/database-store';
import { writeClock } from '../../build/database-store/state';
import { openStoreDatabase } from '../../publish/database-write';
import type { FileRecord } from '../../validation/model';
import { embargoedStories } from './scheduler';

const story = (slug: string, date: string, fields: Partial<FileRecord> = {}): FileRecord => ({
  path: `articles/2026/${slug}.mdx`,
  kind: 'article',
  slug,
  size: 10,
  mtimeMs: 1,
  hash: 'h',
  date,
  alsoRead: [],
  ...fields,
});

let root: string;
beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'dateline-embargoed-'));
});
afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

/** A store written by a build at `clock`, holding these files' rows. */
async function builtAt(clock: string, files: FileRecord[]): Promise<void> {
  const store = await openStoreDatabase(root, {});
  try {
    await syncStore(
      store.database,
      {
        articles: [],
        authors: [],
        sections: [],
        pages: [],
        manifest: { contentDir: path.join(root, 'content'), files },
      },
      { now: new Date(clock), env: {}, readBody: () => 'x' },
    );
  } finally {
    await store.database.close();
  }
}

describe('the embargoed stories the scheduler lifts', () => {
  it('are those dated after the store’s clock, ahead or overdue, earliest first; live, draft and other rows are not', async () => {
    await builtAt('2026-12-01T09:00:00Z', [
      story('long-live', '2026-11-20T09:00:00Z'),
      story('due-at-ten', '2026-12-01T10:00:00Z'),
      story('due-tomorrow', '2026-12-02T08:00:00Z'),
      story('a-draft', '2026-12-01T09:30:00Z', { draft: true }),
      { ...story('ann', '2026-12-01T09:30:00Z'), path: 'authors/ann.mdx', kind: 'author', date: undefined },
    ]);
    // 11:00: the ten o'clock story's time has passed and no publish has taken it.
    const found = await embargoedStories(Date.parse('2026-12-01T11:00:00Z'), root);
    expect(found).toEqual([
      { file: 'articles/2026/due-at-ten.mdx', at: Date.parse('2026-12-01T10:00:00Z') },
      { file: 'articles/2026/due-tomorrow.mdx', at: Date.parse('2026-12-02T08:00:00Z') },
    ]);
  });

  it('once a publish after its time has written the store, the story is no longer held', async () => {
    const files = [story('due-at-ten', '2026-12-01T10:00:00Z'), story('due-tomorrow', '2026-12-02T08:00:00Z')];
    await builtAt('2026-12-01T09:00:00Z', files);
    // The lift's publish (lib/build/database-store/apply.ts) moves the clock to its now as it writes.
    const store = await openStoreDatabase(root, {});
    await store.database.db.transaction().execute((trx) => writeClock(trx, new Date('2026-12-01T10:00:01Z')));
    await store.database.close();
    const found = await embargoedStories(Date.parse('2026-12-01T11:00:00Z'), root);
    expect(found.map((held) => held.file)).toEqual(['articles/2026/due-tomorrow.mdx']);
  });

  it('is empty, not an error, before a first build', async () => {
    expect(await embargoedStories(Date.now(), path.join(root, 'never-built'))).toEqual([]);
  });
});
