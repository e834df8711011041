/**
 * The follower inside a real desk (queue, workspace, three-way sync) on temporary repositories:
 * a push through the webhook is merged and published file by file, a refused file among good
 * ones is listed with the check's message, a desk save of the same story is never overwritten,
 * a conflict with a desk commit changes nothing and keeps both commits, and every refused
 * webhook call — also through the desk's gate — queues nothing.
 */
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { type Database, openDatabase } from '../../db/connection';
import { absoluteUrl } from '../../routes';
import { type DeskContext, openDeskContext } from '../auth/desk-context';
import type { Desk } from '../publishing/desk';
import type { DeskPublishResult } from '../publishing/run-publish';
import { startPublishing } from '../publishing/service';
import { editor, NOW, storyText } from '../publishing/test-desk';
import { gate } from '../server/gate';
import { readIfPresent } from '../workspace/files';
import { conflictedFiles } from '../workspace/sync';
import { currentFollower, type Follower } from './follower';
import { answerHook, MAX_HOOK_BYTES } from './hook';
import { FOLLOW_HOOK_PATH } from './hook-path';
import { hubSignature } from './signature';
import { DESK_PERSON, LAPTOP_EDITOR, makeRepos, type TestRepos } from './test-repos';

const SECRET = 'the-newsroom-webhook-secret';
const ORIGIN = 'http://127.0.0.1:4690';
const EXISTING = 'content/articles/2026/push-existing.mdx';

let repos: TestRepos;
let database: Database;
let context: DeskContext;
let desk: Desk;
let follower: Follower;
let stop: () => Promise<void>;
const logs: string[] = [];
const runs: string[] = [];

beforeAll(async () => {
  repos = makeRepos({ [EXISTING]: storyText({ title: 'Existing story' }) });
  database = openDatabase({ dialect: 'sqlite', target: path.join(repos.dir, 'desk.sqlite') });
  const contentDir = path.join(repos.server, 'content');
  const service = await startPublishing({
    database,
    project: { root: repos.server, contentDir, publicDir: path.join(repos.server, 'public') },
    env: {
      DESK_WORKSPACE: path.join(repos.dir, 'workspace'),
      DESK_FOLLOW_REMOTE: repos.remote,
      DESK_FOLLOW_SECRET: SECRET,
      DESK_FOLLOW_POLL_SECONDS: '0',
    },
    now: () => NOW,
    syncEveryMs: 0,
    liftDueAtStart: false,
    log: (line) => logs.push(line),
    // The pipeline's stand-in: refuses a story in the section "harbours", as the real check words it.
    runPublish: () => {
      runs.push(repos.git(repos.server, ['rev-parse', 'HEAD']).trim());
      const refused = repos
        .git(repos.server, ['ls-files', 'content/articles'])
        .split('\n')
        .filter((file) => readIfPresent(path.join(repos.server, file))?.toString('utf8').includes('section: harbours'))
        .map((file) => ({
          file: file.replace(/^content\//, ''),
          problems: [
            {
              file,
              line: 5,
              field: 'section',
              message: '"harbours" is not a section',
              fix: 'use one of business, uk, world (content/sections/)',
            },
          ],
        }));
      const result: DeskPublishResult = {
        status: 'published',
        added: [],
        updated: [],
        removed: [],
        revalidated: 1,
        refused,
      };
      return Promise.resolve(result);
    },
    readersSee: () => Promise.resolve(),
  });
  desk = service.desk;
  stop = () => service.stop();
  await desk.queue.idle();
  const running = currentFollower();
  if (!running) throw new Error('the desk does not follow the remote');
  follower = running;
  context = await openDeskContext(
    { DATABASE_URL: `file:${path.join(repos.dir, 'auth.sqlite')}`, DESK_URL: ORIGIN },
    repos.dir,
  );
}, 30_000);

afterAll(async () => {
  await stop();
  await database.close();
  await context.database.close();
  repos.remove();
});

const BODY = '{"ref":"refs/heads/main"}';
const signed = (body = BODY, method = 'POST') =>
  new Request(`${ORIGIN}${FOLLOW_HOOK_PATH}`, {
    method,
    headers: {
      'X-Hub-Signature-256': hubSignature(new TextEncoder().encode(body), SECRET),
      'Content-Type': 'application/json',
    },
    ...(method === 'GET' ? {} : { body }),
  });

async function callHook(request: Request = signed()): Promise<{ status: number; job?: number }> {
  const response = await answerHook(request, follower);
  const answer = (await response.json()) as { job?: number };
  if (answer.job !== undefined) await desk.queue.wait(answer.job, 20_000);
  return { status: response.status, ...(answer.job !== undefined ? { job: answer.job } : {}) };
}

const push = (files: Record<string, string>, message: string) => {
  const commit = repos.commit(repos.laptop, files, message);
  repos.git(repos.laptop, ['push', '--quiet', 'origin', 'main']);
  return commit;
};

const pullJobs = async () =>
  (await database.db.selectFrom('desk_jobs').select('id').where('kind', '=', 'pull').execute()).length;

describe('a push publishes', () => {
  it('says at start what it follows, and pulls once (nothing new)', () => {
    expect(logs).toContain(
      `Following main of ${repos.remote} into ${repos.server} (branch main): webhook POST ${FOLLOW_HOOK_PATH} (X-Hub-Signature-256 or X-Dateline-Token); no polling.`,
    );
    expect(runs).toEqual([]);
  });

  it('merges a push and publishes it file by file; a refused file is listed with the check’s message', async () => {
    const pushed = push(
      {
        'content/articles/2026/push-new-pier.mdx': storyText({ title: 'New pier opens' }),
        'content/articles/2026/push-bad-section.mdx': storyText({ title: 'Wrong section', section: 'harbours' }),
      },
      'Two stories from the laptop',
    );
    const before = repos.git(repos.server, ['rev-parse', 'HEAD']).trim();
    expect((await callHook()).status).toBe(202);
    const [result] = await follower.results.latest(1);
    expect(result).toMatchObject({
      state: 'published',
      branch: 'main',
      localCommit: before,
      pushedCommit: pushed,
      mergedCommit: pushed,
      authors: [`${LAPTOP_EDITOR.name} <${LAPTOP_EDITOR.email}>`],
      message: '1 file(s) refused by the check; the rest is live.',
    });
    expect(result?.files).toEqual([
      {
        path: 'content/articles/2026/push-bad-section.mdx',
        result: 'refused',
        problems: [
          {
            file: 'content/articles/2026/push-bad-section.mdx',
            line: 5,
            field: 'section',
            message: '"harbours" is not a section',
            fix: 'use one of business, uk, world (content/sections/)',
          },
        ],
      },
      { path: 'content/articles/2026/push-new-pier.mdx', result: 'published', url: absoluteUrl('/uk/push-new-pier') },
    ]);
    expect(runs).toEqual([pushed]);
    // The workspace follows content/: the desk lists the pushed story.
    expect(
      readIfPresent(path.join(desk.workspace.contentDir, 'articles/2026/push-new-pier.mdx'))?.toString(),
    ).toContain('New pier opens');
  });

  it('never overwrites a desk save of a story the push changes: the desk keeps its version, flagged', async () => {
    await desk.save(
      editor,
      { year: '2026', slug: 'push-existing' },
      storyText({ title: 'Existing story, the desk’s save' }),
    );
    push({ [EXISTING]: storyText({ title: 'Existing story, pushed' }) }, 'Retitle the existing story');
    expect((await callHook()).status).toBe(202);
    expect((await follower.results.latest(1))[0]).toMatchObject({
      state: 'published',
      files: [{ path: EXISTING, result: 'published', url: absoluteUrl('/uk/push-existing') }],
    });
    expect(repos.read(repos.server, EXISTING)).toContain('Existing story, pushed');
    expect(
      readIfPresent(path.join(desk.workspace.contentDir, 'articles/2026/push-existing.mdx'))?.toString(),
    ).toContain('the desk’s save');
    expect(await conflictedFiles(database)).toContain('articles/2026/push-existing.mdx');
  });

  it('finishes at the next start a push that a killed desk had merged but not published', async () => {
    const file = 'content/articles/2026/push-after-restart.mdx';
    const pushed = push({ [file]: storyText({ title: 'Published after a restart' }) }, 'Pushed as the desk stopped');
    const before = repos.git(repos.server, ['rev-parse', 'HEAD']).trim();
    // What a desk killed just after the merge leaves behind: the job running, the push written down, the merge made.
    const job = await database.db
      .insertInto('desk_jobs')
      .values({ kind: 'pull', story: null, requested_by: 'webhook', state: 'running', created_at: NOW.toISOString() })
      .returning('id')
      .executeTakeFirstOrThrow();
    await follower.results.start({
      jobId: job.id,
      branch: 'main',
      localCommit: before,
      pushedCommit: pushed,
      authors: [],
    });
    repos.git(repos.server, ['fetch', '--quiet', repos.remote, 'main']);
    repos.git(repos.server, ['merge', '--quiet', '--ff-only', pushed]);

    await desk.queue.start();
    expect((await desk.queue.wait(job.id, 20_000))?.state).toBe('done');
    expect(await follower.results.forJob(job.id)).toMatchObject({
      state: 'published',
      mergedCommit: pushed,
      files: [{ path: file, result: 'published', url: absoluteUrl('/uk/push-after-restart') }],
    });
    expect(runs.at(-1)).toBe(pushed);
  });

  it('reports a conflict with a desk commit, publishes nothing and keeps both commits', async () => {
    // Stands in for the desk's own publish commit (revisions' recordRelease), made with git here.
    const deskCommit = repos.commit(
      repos.server,
      { [EXISTING]: storyText({ title: 'Existing story, published by the desk' }) },
      'Publish 2026/push-existing',
      DESK_PERSON,
    );
    const pushed = push({ [EXISTING]: storyText({ title: 'Existing story, pushed again' }) }, 'Retitle it again');
    const runsBefore = runs.length;
    expect((await callHook()).status).toBe(202);
    const [conflict] = await follower.results.latest(1);
    expect(conflict).toMatchObject({
      state: 'conflict',
      localCommit: deskCommit,
      pushedCommit: pushed,
      files: [{ path: EXISTING, result: 'conflict' }],
    });
    expect(conflict?.mergedCommit).toBeUndefined();
    expect(runs.length).toBe(runsBefore);
    expect(repos.read(repos.server, EXISTING)).toContain('published by the desk');
    expect(repos.git(repos.server, ['rev-parse', 'HEAD']).trim()).toBe(deskCommit);
    expect(repos.git(repos.remote, ['rev-parse', 'main']).trim()).toBe(pushed);

    // Asked again (a poll, a second hook), the same conflict is not written down twice.
    expect((await callHook()).status).toBe(202);
    expect((await follower.results.latest(1))[0]?.id).toBe(conflict?.id);
  });
});

describe('the webhook refuses, and a refused call changes nothing', () => {
  const hookAt = (init: RequestInit) => new Request(`${ORIGIN}${FOLLOW_HOOK_PATH}`, init);
  it.each([
    { name: 'no signature or token', request: () => hookAt({ method: 'POST', body: BODY }), status: 401 },
    {
      name: 'a signature made with another secret',
      request: () =>
        hookAt({
          method: 'POST',
          body: BODY,
          headers: { 'X-Hub-Signature-256': hubSignature(new TextEncoder().encode(BODY), 'another-secret-entirely') },
        }),
      status: 401,
    },
    {
      name: 'a wrong token',
      request: () => hookAt({ method: 'POST', body: BODY, headers: { 'X-Dateline-Token': 'guess' } }),
      status: 401,
    },
    { name: 'another method', request: () => signed(BODY, 'GET'), status: 405 },
    { name: 'a body over the limit', request: () => signed('x'.repeat(MAX_HOOK_BYTES + 1)), status: 413 },
  ])('$name → $status', async ({ request, status }) => {
    const jobs = await pullJobs();
    const pushes = (await follower.results.latest(100)).length;
    expect((await callHook(request())).status).toBe(status);
    expect(await pullJobs()).toBe(jobs);
    expect((await follower.results.latest(100)).length).toBe(pushes);
  });

  it('answers 404 when no secret is configured', async () => {
    const withoutSecret = Object.assign(Object.create(follower) as Follower, {
      settings: { ...follower.settings, secret: undefined },
    });
    const jobs = await pullJobs();
    expect((await answerHook(signed(), withoutSecret)).status).toBe(404);
    expect((await answerHook(signed(), undefined)).status).toBe(404);
    expect(await pullJobs()).toBe(jobs);
  });

  it('is the gate’s one exception: exactly POST of its path, without a session', async () => {
    const deps = { context, root: repos.dir, editorBuilt: false, keystaticApi: () => Promise.resolve(new Response()) };
    const through = async (rawUrl: string, request: Request) => {
      const answer = await gate(deps, { rawUrl, request, clientAddress: '127.0.0.1' });
      if (answer === 'editor') throw new Error('the editor answered');
      return answer.status;
    };
    const jobs = await pullJobs();
    for (const spelling of [
      `${FOLLOW_HOOK_PATH}/`,
      FOLLOW_HOOK_PATH.toUpperCase(),
      '/api/desk/pushes/Hook',
      '/api/desk/pushes',
    ]) {
      expect(await through(spelling, signed()), spelling).toBe(401);
    }
    expect(await through(FOLLOW_HOOK_PATH, signed(BODY, 'GET'))).toBe(401);
    expect(await through('/api/desk//pushes/hook', signed())).toBe(400);
    expect(await pullJobs()).toBe(jobs);

    expect(await through(FOLLOW_HOOK_PATH, signed())).toBe(202);
    await desk.queue.idle();
    expect(await pullJobs()).toBe(jobs + 1);
  });
});
