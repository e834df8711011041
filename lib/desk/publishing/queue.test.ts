import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { type PostgresServer, startPostgres } from '../../../e2e/support/postgres-server';
import { type DatabaseLocation, openDatabase } from '../../db/connection';
import { migrate } from '../../db/migrate';
import { readEnv } from '../../env';
import { type Job, PublishQueue } from './queue';

// The queue is what survives a restart of the desk: the same cases on SQLite and on PostgreSQL.
let dir: string;
let postgres: PostgresServer | undefined;
let databases = 0;
beforeAll(() => {
  postgres = startPostgres(readEnv('TEST_PG_PORT') + 2);
}, 60_000);
afterAll(() => postgres?.stop());
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'dateline-queue-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe.each(['sqlite', 'postgres'] as const)('the publish queue on %s', (dialect) => {
  // One database per case; a case that opens it twice (a restart) opens the same one.
  let location: DatabaseLocation;
  beforeEach(() => {
    location =
      dialect === 'sqlite'
        ? { dialect, target: path.join(dir, 'desk.sqlite') }
        : { dialect, target: (postgres as PostgresServer).freshDatabase(`queue_${++databases}`) };
  });

  it('runs one job at a time, in the order asked, and keeps each outcome', async () => {
    const database = openDatabase(location);
    await migrate(database);
    const order: string[] = [];
    let running = 0;
    let most = 0;
    const queue = new PublishQueue(database, async (job) => {
      running += 1;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, 10));
      order.push(job.story ?? '');
      running -= 1;
      return job.story === '2026/b'
        ? { outcome: 'refused', problems: [] }
        : { outcome: 'published', url: `/uk/${job.story}` };
    });
    await queue.start();
    // Asked one after the other (three requests at the same instant have no order to keep).
    const ids: number[] = [];
    for (const story of ['2026/a', '2026/b', '2026/c']) ids.push(await queue.enqueue('publish', story, 'u1'));
    const jobs = (await Promise.all(ids.map((id) => queue.wait(id, 5_000)))) as Job[];
    expect(order).toEqual(['2026/a', '2026/b', '2026/c']);
    expect(most).toBe(1);
    expect(jobs.map((job) => job.state)).toEqual(['done', 'refused', 'done']);
    await queue.stop();
    await database.close();
  });

  it('runs again, after a restart, a job a killed desk left running', async () => {
    const first = openDatabase(location);
    await migrate(first);
    // The desk was killed mid-publish: the job is still marked running, and one waits behind it.
    await first.db
      .insertInto('desk_jobs')
      .values([
        {
          kind: 'publish',
          story: '2026/interrupted',
          requested_by: 'u1',
          state: 'running',
          created_at: '2026-11-28T11:59:00Z',
        },
        {
          kind: 'unpublish',
          story: '2026/waiting',
          requested_by: 'u1',
          state: 'queued',
          created_at: '2026-11-28T11:59:01Z',
        },
      ])
      .execute();
    await first.close();

    const second = openDatabase(location);
    await migrate(second);
    const ran: string[] = [];
    const queue = new PublishQueue(second, (job) => {
      ran.push(`${job.kind} ${job.story}`);
      return Promise.resolve({ outcome: 'published' });
    });
    await queue.start();
    await queue.idle();
    expect(ran).toEqual(['publish 2026/interrupted', 'unpublish 2026/waiting']);
    const states = await second.db.selectFrom('desk_jobs').select(['story', 'state']).orderBy('id').execute();
    expect(states).toEqual([
      { story: '2026/interrupted', state: 'done' },
      { story: '2026/waiting', state: 'done' },
    ]);
    await queue.stop();
    await second.close();
  });

  it('records a job that throws as failed with its message, and goes on with the next', async () => {
    const database = openDatabase(location);
    await migrate(database);
    const queue = new PublishQueue(database, (job) =>
      job.story === '2026/bad'
        ? Promise.reject(new Error('cannot reach http://127.0.0.1:4599'))
        : Promise.resolve({ outcome: 'published' }),
    );
    await queue.start();
    const bad = await queue.enqueue('publish', '2026/bad', 'u1');
    const good = await queue.enqueue('publish', '2026/good', 'u1');
    expect(await queue.wait(bad, 5_000)).toMatchObject({
      state: 'failed',
      outcome: { message: 'cannot reach http://127.0.0.1:4599' },
    });
    expect(await queue.wait(good, 5_000)).toMatchObject({ state: 'done' });
    await queue.stop();
    await database.close();
  });
  it('a database that fails the queue for a moment (locked, a dropped connection) is said and tried again; the job still runs', async () => {
    const database = openDatabase(location);
    await migrate(database);
    let failures = 0;
    // The queue's next read of its table throws, as a locked SQLite or a dropped pg connection does.
    const flaky = {
      ...database,
      db: new Proxy(database.db, {
        get(target, name) {
          if (name === 'selectFrom' && failures > 0) {
            failures -= 1;
            throw new Error('SQLITE_BUSY: database is locked');
          }
          const value: unknown = Reflect.get(target, name);
          return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
        },
      }),
    };
    const said: string[] = [];
    const queue = new PublishQueue(
      flaky,
      () => Promise.resolve({ outcome: 'published' }),
      () => new Date(),
      (line) => said.push(line),
    );
    await queue.start();
    failures = 1;
    const id = await queue.enqueue('publish', '2026/after-a-lock', 'u1');
    expect(await queue.wait(id, 10_000)).toMatchObject({ state: 'done' });
    expect(said).toEqual([expect.stringContaining('SQLITE_BUSY: database is locked') as string]);
    await queue.stop();
    await database.close();
  });
});
