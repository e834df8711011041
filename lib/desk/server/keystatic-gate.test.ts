import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { openHistory, setCurrentHistory } from '../history';
import { initRepository } from '../history/test-repository';
import type { DeskUser } from '../roles';
import { keystaticApi, mayWrite, refusedWrites } from './keystatic-gate';

const reporter: DeskUser = { id: 'r', email: 'r@example.org', name: 'R', role: 'reporter' };
const editor: DeskUser = { id: 'e', email: 'e@example.org', name: 'E', role: 'editor' };

describe('mayWrite', () => {
  it('lets a reporter write stories, live blogs and their pictures only', () => {
    expect(mayWrite(reporter, 'content/articles/2026/x.mdx')).toBe(true);
    expect(mayWrite(reporter, 'content/live/2026/x/index.mdx')).toBe(true);
    expect(mayWrite(reporter, 'public/images/articles/2026/x/a.jpg')).toBe(true);
    for (const file of [
      'content/authors/x.mdx',
      'content/sections/x.yaml',
      'content/pages/about.mdx',
      'public/images/logo.png',
    ])
      expect(mayWrite(reporter, file)).toBe(false);
  });
  it('lets an editor write authors, sections and pages too, but nothing outside content/ and public/images/', () => {
    expect(mayWrite(editor, 'content/authors/x.mdx')).toBe(true);
    expect(mayWrite(editor, 'package.json')).toBe(false);
    expect(mayWrite(editor, 'public/robots.txt')).toBe(false);
  });
});

describe('refusedWrites', () => {
  it.each([
    '../content/articles/x.mdx',
    'content/articles/../../x',
    '/etc/passwd',
    'content\\articles\\x.mdx',
    'content//x',
    7,
  ])('refuses %j as outside the workspace', (file) => {
    expect(refusedWrites(editor, '/ws', { additions: [{ path: file, contents: '' }], deletions: [] })).toHaveLength(1);
  });
  it('names a reporter deleting an author', () => {
    expect(refusedWrites(reporter, '/ws', { additions: [], deletions: [{ path: 'content/authors/x.mdx' }] })).toEqual([
      'content/authors/x.mdx: a reporter may change stories and their pictures only, not authors, sections or pages',
    ]);
  });
});

describe('the Keystatic API on the workspace', () => {
  let workspace: string;
  let handle: ReturnType<typeof keystaticApi>;
  beforeAll(() => {
    workspace = mkdtempSync(path.join(tmpdir(), 'dateline-ks-'));
    mkdirSync(path.join(workspace, 'content', 'articles'), { recursive: true });
    handle = keystaticApi(workspace);
  });
  afterAll(() => rmSync(workspace, { recursive: true, force: true }));

  const save = (user: DeskUser, file: string, text: string) =>
    handle(
      new Request('http://127.0.0.1:4409/api/keystatic/update', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'no-cors': '1' },
        body: JSON.stringify({
          additions: [{ path: file, contents: Buffer.from(text).toString('base64url') }],
          deletions: [],
        }),
      }),
      user,
    );

  it("writes a reporter's story into the workspace", async () => {
    const answer = await save(reporter, 'content/articles/2026/harbour.mdx', '---\ntitle: Harbour\n---\n\nText.\n');
    expect(answer.status).toBe(200);
    expect(readFileSync(path.join(workspace, 'content/articles/2026/harbour.mdx'), 'utf8')).toContain('Text.');
  });

  it("refuses a reporter's author file with 403 and writes nothing", async () => {
    const answer = await save(reporter, 'content/authors/mallory.mdx', '---\nname: M\n---\n');
    expect(answer.status).toBe(403);
    expect(await answer.json()).toMatchObject({ error: 'This save was refused; nothing was written.' });
    expect(existsSync(path.join(workspace, 'content/authors/mallory.mdx'))).toBe(false);
  });
});

describe('a Keystatic save is a revision', () => {
  let root: string;
  const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8' });
  beforeAll(async () => {
    root = mkdtempSync(path.join(tmpdir(), 'dateline-ks-git-'));
    mkdirSync(path.join(root, 'content', 'articles', '2026'), { recursive: true });
    mkdirSync(path.join(root, 'public'), { recursive: true });
    writeFileSync(path.join(root, 'content', 'articles', '2026', 'harbour.mdx'), '---\ntitle: Harbour\n---\n');
    initRepository(root);
    setCurrentHistory(
      await openHistory({
        folders: {
          contentDir: path.join(root, 'content'),
          publicDir: path.join(root, 'public'),
          workspaceContentDir: path.join(root, 'workspace', 'content'),
          workspacePublicDir: path.join(root, 'workspace', 'public'),
        },
        log: () => undefined,
      }),
    );
  });
  afterAll(() => {
    setCurrentHistory(undefined);
    rmSync(root, { recursive: true, force: true });
  });

  it('commits what Keystatic wrote on dateline-desk, authored by the person; a refused save records nothing', async () => {
    const handle = keystaticApi(path.join(root, 'workspace'));
    const update = (user: DeskUser, file: string, text: string) =>
      handle(
        new Request('http://127.0.0.1:4409/api/keystatic/update', {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'no-cors': '1' },
          body: JSON.stringify({
            additions: [{ path: file, contents: Buffer.from(text).toString('base64url') }],
            deletions: [],
          }),
        }),
        user,
      );
    expect(
      (await update(reporter, 'content/articles/2026/harbour.mdx', '---\ntitle: Harbour wall\n---\n')).status,
    ).toBe(200);
    expect(git('log', '-1', '--format=%an <%ae>|%s', 'dateline-desk').trim()).toBe(
      'R <r@example.org>|Save 2026/harbour',
    );
    expect(git('show', 'dateline-desk:content/articles/2026/harbour.mdx')).toContain('Harbour wall');
    expect((await update(reporter, 'content/authors/mallory.mdx', '---\nname: M\n---\n')).status).toBe(403);
    expect(git('rev-list', '--count', 'main..dateline-desk').trim()).toBe('1');
  });
});
