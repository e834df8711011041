/**
 * One newsroom for every desk browser test (`e2e/desk-*.publish.ts`): a built copy of the
 * project served by `npm start` and the real `npm run desk` beside it (gate, accounts, queue,
 * scheduler, and the Keystatic editor from its own build), with a reporter and an editor signed in. It is a worker fixture, so the spec files
 * that use it share one site build (the build is most of their cost; CI keeps to 30 minutes).
 *
 * The copy's project folder is a git repository with content/ committed, as a newsroom's
 * checkout is, and the desk follows `main` of a bare repository cloned from it (`remote`: the
 * newsroom's shared remote, where editors push; webhook only, no polling, so it does nothing
 * until a spec calls the webhook). Neither server pins DATELINE_NOW: schedules need a clock that moves. Each spec
 * uses story slugs of its own (the newsroom outlives a single file).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';

import { type Browser, type BrowserContext, expect, type Page, test as base } from '@playwright/test';

import { type ServerProcess, startSite, stopGroup, waitFor } from './server-process';
import { copyProject, runAsync } from './temp-project';
import { testEnv } from './test-env';

/**
 * How long a spec waits for a publish's outcome on the desk's story page, which reloads itself
 * while the publish runs: long enough for a first publish on a loaded machine, where the
 * typing worker may still be warming up.
 */
export const PUBLISHED_WITHIN = 90_000;

export interface Person {
  email: string;
  password: string;
  name: string;
}

export const REPORTER: Person = { email: 'rita@example.org', password: 'rita-long-password', name: 'Rita Reporter' };
export const EDITOR: Person = { email: 'ed@example.org', password: 'ed-long-password', name: 'Ed Editor' };

export interface Newsroom {
  root: string;
  env: NodeJS.ProcessEnv;
  /** The desk's origin, e.g. http://127.0.0.1:4611. */
  desk: string;
  /** The reader site's origin. */
  site: string;
  /** The bare repository the desk follows (branch main), cloned from the copy. */
  remote: string;
  /** The shared secret of the desk's push webhook (DESK_FOLLOW_SECRET). */
  followSecret: string;
  reporter: Page;
  editor: Page;
  /** A reader's plain GET of the public site. */
  reader: (pathname: string) => Promise<{ status: number; text: string }>;
  /** A desk API call with the page's session cookie, from the desk's own origin (its CSRF rule). */
  api: (
    page: Page,
    method: string,
    pathname: string,
    body?: string | Buffer,
  ) => Promise<{ status: number; text: string }>;
  /** `npm run desk:user -- …args` in the copy. */
  deskUser: (...args: string[]) => Promise<void>;
  /** A new browser context signed in as `who` at the desk (the sign-in form, as a person uses it). */
  signIn: (browser: Browser, who: Person, screenshot?: string) => Promise<Page>;
  /** Runs a command in the copy with the newsroom's environment. */
  run: (command: string, args: string[]) => Promise<{ status: number | null; stdout: string; stderr: string }>;
}

const SITE_PORT = testEnv('DESK_FLOW_SITE_PORT');
const DESK_PORT = testEnv('DESK_FLOW_DESK_PORT');
const SECRET = 'desk-flow-publish-secret';
const FOLLOW_SECRET = 'desk-flow-push-webhook-secret';
/** The desk's secret in the newsroom (a spec that signs a preview address itself needs it). */
export const NEWSROOM_DESK_SECRET = 'a-test-secret-that-is-long-enough-for-the-desk';

/** `EDITOR_SCREENSHOTS=docs/editor npm run test:publish` redraws the desk's pictures in docs/EDITING.md. */
export async function screenshotForDocs(page: Page, name: string) {
  const folder = testEnv('EDITOR_SCREENSHOTS');
  if (folder) await page.screenshot({ path: path.join(folder, name), fullPage: true });
}

async function signIn(desk: string, browser: Browser, who: Person, screenshot?: string): Promise<Page> {
  const context: BrowserContext = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${desk}/desk`);
  await expect(page).toHaveURL(/\/desk\/sign-in/);
  await page.getByLabel('Email').fill(who.email);
  await page.getByLabel('Password').fill(who.password);
  if (screenshot) await screenshotForDocs(page, screenshot);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(`${desk}/desk`);
  return page;
}

async function git(root: string, ...args: string[]) {
  const result = await runAsync('git', args, { cwd: root });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
}

async function openNewsroom(browser: Browser): Promise<{ newsroom: Newsroom; close(): Promise<void> }> {
  const root = copyProject('dateline-newsroom-');
  const desk = `http://127.0.0.1:${DESK_PORT}`;
  const site = `http://127.0.0.1:${SITE_PORT}`;
  const remote = `${root}.remote.git`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATELINE_PRERENDER_STORIES: '5',
    DATELINE_PUBLISH_SECRET: SECRET,
    NEXT_TELEMETRY_DISABLED: '1',
    DATELINE_SERVER: site,
    DESK_PORT: String(DESK_PORT),
    DESK_URL: desk,
    DESK_SECRET: NEWSROOM_DESK_SECRET,
    DATABASE_URL: `file:${path.join(root, '.dateline', 'dateline.sqlite')}`,
    DESK_WORKSPACE: path.join(root, '.dateline', 'desk', 'workspace'),
    GIT_AUTHOR_NAME: 'Newsroom Setup',
    GIT_AUTHOR_EMAIL: 'setup@example.org',
    GIT_COMMITTER_NAME: 'Newsroom Setup',
    GIT_COMMITTER_EMAIL: 'setup@example.org',
    DESK_FOLLOW_REMOTE: remote,
    DESK_FOLLOW_BRANCH: 'main',
    DESK_FOLLOW_SECRET: FOLLOW_SECRET,
    DESK_FOLLOW_POLL_SECONDS: '0',
  };
  delete env.DATELINE_NOW;
  // A newsroom's checkout: the project folder is a repository with its content committed.
  await git(root, 'init', '--quiet', '--initial-branch=main');
  await git(root, '-c', 'user.name=Newsroom Setup', '-c', 'user.email=setup@example.org', 'add', 'content');
  await git(
    root,
    '-c',
    'user.name=Newsroom Setup',
    '-c',
    'user.email=setup@example.org',
    'commit',
    '--quiet',
    '-m',
    'The newsroom content',
  );
  await git(path.dirname(root), 'clone', '--quiet', '--bare', root, remote);

  const run = (command: string, args: string[]) => runAsync(command, args, { cwd: root, env });
  const build = await run('npm', ['run', 'build']);
  if (build.status !== 0) throw new Error(`build failed:\n${build.stdout}\n${build.stderr}`);
  // The desk's editor (`npm run desk:build` without its content step, which the build above ran).
  const editorBuild = await runAsync(path.join(root, 'node_modules/.bin/next'), ['build'], {
    cwd: root,
    env: { ...env, DATELINE_EDITOR: '1', DATELINE_DESK: '1' },
  });
  if (editorBuild.status !== 0) throw new Error(`desk:build failed:\n${editorBuild.stdout}\n${editorBuild.stderr}`);
  const server: ServerProcess = await startSite(root, SITE_PORT, env);
  const deskProcess: ChildProcess = spawn(path.join(root, 'node_modules/.bin/tsx'), ['scripts/desk/desk.ts'], {
    cwd: root,
    env,
    stdio: ['ignore', 'inherit', 'inherit'],
    detached: true,
  });
  await waitFor(`${desk}/desk/sign-in`);
  const deskUser = async (...args: string[]) => {
    const result = await run(path.join(root, 'node_modules/.bin/tsx'), ['scripts/desk/user.ts', ...args]);
    if (result.status !== 0) throw new Error(result.stderr);
  };
  for (const [who, role] of [
    [REPORTER, 'reporter'],
    [EDITOR, 'editor'],
  ] as const)
    await deskUser('add', who.email, '--name', who.name, '--role', role, '--password', who.password);

  const newsroom: Newsroom = {
    root,
    env,
    desk,
    site,
    remote,
    followSecret: FOLLOW_SECRET,
    reporter: await signIn(desk, browser, REPORTER, 'desk-sign-in.png'),
    editor: await signIn(desk, browser, EDITOR),
    reader: async (pathname) => {
      const response = await fetch(`${site}${pathname}`);
      return { status: response.status, text: await response.text() };
    },
    api: async (page, method, pathname, body) => {
      const response = await page.request.fetch(`${desk}${pathname}`, {
        method,
        headers: {
          Origin: desk,
          'Content-Type': typeof body === 'string' ? 'text/markdown' : 'application/octet-stream',
        },
        ...(body === undefined ? {} : { data: body }),
      });
      return { status: response.status(), text: await response.text() };
    },
    deskUser,
    signIn: (browserToUse, who, screenshot) => signIn(desk, browserToUse, who, screenshot),
    run,
  };
  return {
    newsroom,
    async close() {
      await newsroom.reporter.context().close();
      await newsroom.editor.context().close();
      await stopGroup(deskProcess);
      await server.stop();
      rmSync(root, { recursive: true, force: true });
      rmSync(remote, { recursive: true, force: true });
    },
  };
}

/** `test` with the worker's newsroom: `test('…', async ({ newsroom }) => …)`. */
export const test = base.extend<object, { newsroom: Newsroom }>({
  newsroom: [
    async ({ browser }, provide) => {
      const opened = await openNewsroom(browser);
      try {
        await provide(opened.newsroom);
      } finally {
        await opened.close();
      }
    },
    { scope: 'worker', timeout: 900_000 },
  ],
});

export { expect };
