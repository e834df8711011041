import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { readEnv } from '../../env';
import { ContentHistory, DESK_BRANCH, gitIdentity, type HistoryOptions } from './history';
import { initRepository } from './test-repository';

let root: string;
let home: string;
let options: HistoryOptions;
const RITA = { name: 'Rita Reporter', email: 'rita@example.test' };
const ED = { name: 'Ed Editor', email: 'ed@example.test' };
const STORY = 'articles/2026/harbour-crane.mdx';

const put = (file: string, text: string) => {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
};
const content = (file: string) => path.join(root, 'content', file);
const workspace = (file: string) => path.join(root, 'workspace', 'content', file);
/** git as a person at the server would run it (their own identity), for looking and for setup. */
const git = (...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=Someone', '-c', 'user.email=someone@example.test', ...args], {
    cwd: root,
    encoding: 'utf8',
  });
const open = () => ContentHistory.open(options);

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'dateline-history-'));
  // A server with no git identity at all: an empty HOME, no system config, no EMAIL.
  home = mkdtempSync(path.join(tmpdir(), 'dateline-history-home-'));
  put(content(STORY), '---\ntitle: "Crane"\n---\n\nFirst.\n');
  put(content('sections/uk.yaml'), 'title: UK\n');
  mkdirSync(path.join(root, 'public', 'images'), { recursive: true });
  options = {
    folders: {
      contentDir: path.join(root, 'content'),
      publicDir: path.join(root, 'public'),
      workspaceContentDir: path.join(root, 'workspace', 'content'),
      workspacePublicDir: path.join(root, 'workspace', 'public'),
    },
    env: { PATH: readEnv('PATH'), HOME: home, GIT_CONFIG_NOSYSTEM: '1', GIT_AUTHOR_NAME: 'Leaked From The Shell' },
  };
});
afterEach(() => {
  rmSync(root, { recursive: true, force: true });
  rmSync(home, { recursive: true, force: true });
});

describe('when the content folder is not in a git repository', () => {
  it('says so in one line, records nothing and never fails a save or a publish', async () => {
    const history = await open();
    expect(history.enabled).toBe(false);
    expect(history.describe()).toMatch(/^revisions: off: the content folder .* is not in a git repository/);
    put(workspace(STORY), 'saved');
    await history.recordSave([`content/${STORY}`], RITA, 'Save 2026/harbour-crane');
    await history.recordRelease([`content/${STORY}`], ED, 'Publish 2026/harbour-crane');
    expect(await history.revisions(history.storyPaths({ year: '2026', slug: 'harbour-crane' }))).toEqual([]);
    expect(existsSync(path.join(root, '.git'))).toBe(false);
  });
});

describe('saves', () => {
  beforeEach(() => initRepository(root));

  it("commits the workspace's bytes on dateline-desk as the person, the desk committing, and leaves the checkout alone", async () => {
    put(content('sections/uk.yaml'), 'title: United Kingdom\n');
    git('add', 'content/sections/uk.yaml'); // something a person staged: still staged afterwards
    const status = git('status', '--porcelain');
    const head = git('rev-parse', 'HEAD');
    const history = await open();
    put(workspace(STORY), '---\ntitle: "Crane returns"\n---\n\nFirst.\n');
    await history.recordSave([`content/${STORY}`], RITA, 'Save 2026/harbour-crane');

    expect(git('log', '-1', '--format=%an <%ae>|%cn <%ce>|%s', DESK_BRANCH).trim()).toBe(
      'Rita Reporter <rita@example.test>|Dateline desk <desk@dateline.invalid>|Save 2026/harbour-crane',
    );
    expect(git('show', `${DESK_BRANCH}:content/${STORY}`)).toContain('Crane returns');
    // Branched from what was published: its parent is the checked-out branch's commit.
    expect(git('rev-parse', `${DESK_BRANCH}^`)).toBe(head);
    expect(git('diff-tree', '--no-commit-id', '--name-only', '-r', DESK_BRANCH).trim()).toBe(`content/${STORY}`);
    expect(git('rev-parse', 'HEAD')).toBe(head);
    expect(git('status', '--porcelain')).toBe(status);
    expect(git('branch', '--show-current').trim()).toBe('main');
  });

  it('removes a file the save deleted, and records nothing for a save that changed nothing', async () => {
    const history = await open();
    put(workspace(STORY), 'v2');
    await history.recordSave([`content/${STORY}`], RITA, 'Save');
    await history.recordSave([`content/${STORY}`], RITA, 'Save again, same bytes');
    expect(git('rev-list', '--count', `main..${DESK_BRANCH}`).trim()).toBe('1');
    rmSync(workspace(STORY));
    await history.recordSave([`content/${STORY}`], RITA, 'Delete');
    expect(git('ls-tree', '-r', '--name-only', DESK_BRANCH, '--', 'content/articles').trim()).toBe('');
  });

  it('keeps every one of several saves made at the same moment, from two desks', { timeout: 60_000 }, async () => {
    const [first, second] = await Promise.all([open(), open()]);
    const files = Array.from({ length: 6 }, (_, i) => `articles/2026/story-${i}.mdx`);
    for (const file of files) put(workspace(file), `text of ${file}`);
    await Promise.all(
      files.map((file, i) => (i % 2 === 0 ? first : second).recordSave([`content/${file}`], RITA, `Save ${file}`)),
    );
    expect(git('rev-list', '--count', `main..${DESK_BRANCH}`).trim()).toBe('6');
    const tree = git('ls-tree', '-r', '--name-only', DESK_BRANCH, '--', 'content/articles/2026').split('\n');
    for (const file of files) expect(tree).toContain(`content/${file}`);
  });

  it('commits pictures under the path they will have once released', async () => {
    const history = await open();
    put(path.join(root, 'workspace', 'public', 'images', 'articles', '2026', 'crane.jpg'), 'jpeg bytes');
    await history.recordSave(['public/images/articles/2026/crane.jpg'], RITA, 'Upload images/articles/2026/crane.jpg');
    expect(git('show', `${DESK_BRANCH}:public/images/articles/2026/crane.jpg`)).toBe('jpeg bytes');
  });

  it.each([
    '../outside.mdx',
    '/etc/passwd',
    'content/../../outside.mdx',
    'content\\articles\\x.mdx',
    'content//x.mdx',
    'content/articles/x\n.mdx',
    '',
  ])('refuses the path %j and commits nothing', async (file) => {
    const history = await open();
    await expect(history.recordSave([file], RITA, 'Save')).rejects.toThrow(
      /not a file inside the content or public folder/,
    );
    await expect(history.recordRelease([file], ED, 'Publish')).rejects.toThrow(/not a file inside/);
    expect(git('branch', '--list', DESK_BRANCH).trim()).toBe('');
    expect(git('rev-list', '--count', 'HEAD').trim()).toBe('1');
  });

  it('passes names and messages to git as arguments, never through a shell', async () => {
    const history = await open();
    put(workspace(STORY), 'v2');
    const marker = path.join(root, 'pwned');
    const message = `Save $(touch ${marker}) \`touch ${marker}\`; touch ${marker}`;
    await history.recordSave([`content/${STORY}`], { name: 'Eve <eve@evil.test>\nX', email: 'e@x.test' }, message);
    expect(existsSync(marker)).toBe(false);
    expect(git('log', '-1', '--format=%an|%s', DESK_BRANCH).trim()).toBe(`Eve eve@evil.test X|${message}`);
  });
});

describe('releases', () => {
  beforeEach(() => initRepository(root));

  it('make one commit on the checked-out branch with exactly the released files, as the person', async () => {
    // Someone at the server staged a change to another file: it must not be swept in.
    put(content('sections/uk.yaml'), 'title: United Kingdom\n');
    git('add', 'content/sections/uk.yaml');
    const history = await open();
    put(content(STORY), '---\ntitle: "Crane returns"\n---\n\nFirst.\n');
    put(content('articles/2026/new-story.mdx'), 'new');
    put(path.join(root, 'public', 'images', 'articles', '2026', 'crane.jpg'), 'jpeg');
    await history.recordRelease(
      [`content/${STORY}`, 'content/articles/2026/new-story.mdx', 'public/images/articles/2026/crane.jpg'],
      ED,
      'Publish 2026/harbour-crane',
    );
    expect(git('log', '-1', '--format=%an <%ae>|%cn|%s').trim()).toBe(
      'Ed Editor <ed@example.test>|Dateline desk|Publish 2026/harbour-crane',
    );
    expect(git('show', '--name-only', '--format=', 'HEAD').trim().split('\n').sort()).toEqual([
      `content/${STORY}`,
      'content/articles/2026/new-story.mdx',
      'public/images/articles/2026/crane.jpg',
    ]);
    // Still staged, still not committed.
    expect(git('status', '--porcelain')).toBe('M  content/sections/uk.yaml\n');
  });

  it('records a publish that changed nothing as an empty commit, and a removed file as removed', async () => {
    const history = await open();
    await history.recordRelease([`content/${STORY}`], ED, 'Publish 2026/harbour-crane');
    expect(git('log', '-1', '--format=%s').trim()).toBe('Publish 2026/harbour-crane');
    expect(git('show', '--name-only', '--format=', 'HEAD').trim()).toBe('');
    rmSync(content(STORY));
    await history.recordRelease([`content/${STORY}`], ED, 'Remove 2026/harbour-crane');
    expect(git('show', '--name-status', '--format=', 'HEAD').trim()).toBe(`D\tcontent/${STORY}`);
    expect(git('rev-list', '--count', 'HEAD').trim()).toBe('3');
  });

  it('leaves out a new picture the repository ignores', async () => {
    writeFileSync(path.join(root, '.gitignore'), 'public/images/\n');
    const history = await open();
    put(content(STORY), 'v2');
    put(path.join(root, 'public', 'images', 'x.jpg'), 'jpeg');
    await history.recordRelease([`content/${STORY}`, 'public/images/x.jpg'], ED, 'Publish');
    expect(git('show', '--name-only', '--format=', 'HEAD').trim()).toBe(`content/${STORY}`);
  });
});

describe("a story's revisions", () => {
  beforeEach(() => initRepository(root));

  it('lists saves and publishes together in the order made, and knows which commits are its own', async () => {
    const history = await open();
    const key = { year: '2026', slug: 'harbour-crane' };
    put(workspace(STORY), 'rita');
    await history.recordSave([`content/${STORY}`], RITA, 'Save 2026/harbour-crane');
    put(workspace(STORY), 'ed');
    await history.recordSave([`content/${STORY}`], ED, 'Save 2026/harbour-crane');
    put(content(STORY), 'ed');
    await history.recordRelease([`content/${STORY}`], ED, 'Publish 2026/harbour-crane');
    put(workspace('articles/2026/other.mdx'), 'other');
    await history.recordSave(['content/articles/2026/other.mdx'], RITA, 'Save 2026/other');

    const revisions = await history.revisions(history.storyPaths(key));
    expect(revisions.map((revision) => `${revision.author.name}: ${revision.subject}`)).toEqual([
      'Ed Editor: Publish 2026/harbour-crane',
      'Ed Editor: Save 2026/harbour-crane',
      'Rita Reporter: Save 2026/harbour-crane',
      'Server Setup: The newsroom content',
    ]);
    const paths = history.storyPaths(key);
    expect(await history.isRevisionOf(revisions[2]!.commit, paths)).toBe(true);
    const other = git('rev-parse', DESK_BRANCH).trim();
    expect(await history.isRevisionOf(other, paths)).toBe(false);
    expect(await history.isRevisionOf('HEAD', paths)).toBe(false);
    expect(await history.isRevisionOf(revisions[2]!.commit.toUpperCase(), paths)).toBe(false);
    const files = await history.filesAt(revisions[2]!.commit, paths);
    const blobs = await history.blobs([...files.values()]);
    expect([...blobs.values()].map(String)).toEqual(['rita']);
  });
});

describe('gitIdentity', () => {
  it('keeps a name and an email git accepts', () => {
    expect(gitIdentity({ name: ' Ann <a@b>\n', email: '<ann@example.test>' })).toEqual({
      name: 'Ann a@b',
      email: 'ann@example.test',
    });
    expect(gitIdentity({ name: '<>', email: '' })).toEqual({ name: 'unknown', email: 'unknown@dateline.invalid' });
  });
});
