import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { type Database, openDatabase } from '../../db/connection';
import { migrate } from '../../db/migrate';
import { withDraft } from './frontmatter';
import { picturesNamedIn, sniffPicture } from './pictures';
import { releaseStory } from './release';
import { conflictedFiles, markAgreed, syncWorkspace } from './sync';
import { type Workspace, workspaceFor } from './workspace';

let root: string;
let database: Database;
let workspace: Workspace;
const STORY = 'articles/2026/a-story.mdx';

const site = (file: string) => path.join(root, 'content', file);
const desk = (file: string) => path.join(workspace.contentDir, file);
const put = (file: string, text: string) => {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
};
const read = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8') : undefined);

beforeEach(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'dateline-workspace-'));
  put(site(STORY), 'v1');
  put(site('sections/uk.yaml'), 'title: UK\n');
  database = openDatabase({ dialect: 'sqlite', target: path.join(root, 'desk.sqlite') });
  await migrate(database);
  workspace = workspaceFor({ root, contentDir: path.join(root, 'content'), publicDir: path.join(root, 'public') }, {});
});
afterEach(async () => {
  await database.close();
  rmSync(root, { recursive: true, force: true });
});

describe('the workspace', () => {
  it('lives under .dateline/desk/workspace by default, DESK_WORKSPACE otherwise', () => {
    expect(workspace.contentDir).toBe(path.join(root, '.dateline', 'desk', 'workspace', 'content'));
    expect(workspaceFor(workspace.project, { DESK_WORKSPACE: '/srv/desk' }).contentDir).toBe('/srv/desk/content');
  });
});

describe('sync', () => {
  it('fills the workspace from content/ at first start', async () => {
    const report = await syncWorkspace(database, workspace);
    expect(report.followed).toEqual(['articles/2026/a-story.mdx', 'sections/uk.yaml']);
    expect(read(desk(STORY))).toBe('v1');
  });

  it('brings a change made on the server into an unchanged workspace file, and a deletion too', async () => {
    await syncWorkspace(database, workspace);
    put(site(STORY), 'v2 from git');
    put(site('articles/2026/new-from-git.mdx'), 'new');
    rmSync(site('sections/uk.yaml'));
    const report = await syncWorkspace(database, workspace);
    expect(report).toEqual({
      followed: ['articles/2026/a-story.mdx', 'articles/2026/new-from-git.mdx', 'sections/uk.yaml'],
      conflicts: [],
    });
    expect(read(desk(STORY))).toBe('v2 from git');
    expect(read(desk('sections/uk.yaml'))).toBeUndefined();
  });

  it('leaves a desk save alone while content/ is unchanged', async () => {
    await syncWorkspace(database, workspace);
    put(desk(STORY), 'desk edit');
    expect(await syncWorkspace(database, workspace)).toEqual({ followed: [], conflicts: [] });
    expect(read(desk(STORY))).toBe('desk edit');
    expect(read(site(STORY))).toBe('v1');
  });

  it('keeps the desk version and flags the file when both sides changed', async () => {
    await syncWorkspace(database, workspace);
    put(desk(STORY), 'desk edit');
    put(site(STORY), 'server edit');
    expect(await syncWorkspace(database, workspace)).toEqual({ followed: [], conflicts: [STORY] });
    expect(read(desk(STORY))).toBe('desk edit');
    expect(await conflictedFiles(database)).toEqual(new Set([STORY]));
    // Still flagged on the next sync, until both sides agree again.
    expect((await syncWorkspace(database, workspace)).conflicts).toEqual([STORY]);
    put(site(STORY), 'desk edit');
    expect((await syncWorkspace(database, workspace)).conflicts).toEqual([]);
    expect(await conflictedFiles(database)).toEqual(new Set());
  });

  it("syncs only one story's files when asked: its article, or every file of its live blog", async () => {
    await syncWorkspace(database, workspace);
    put(site(STORY), 'v2 from git');
    put(site('articles/2026/another.mdx'), 'another');
    put(site('live/2026/a-story/index.mdx'), 'blog');
    put(site('live/2026/a-story/posts/0900.mdx'), 'post');
    put(site('live/2026/a-storyline/index.mdx'), 'a different blog whose name starts the same');
    const report = await syncWorkspace(database, workspace, { year: '2026', slug: 'a-story' });
    expect(report).toEqual({
      followed: ['articles/2026/a-story.mdx', 'live/2026/a-story/index.mdx', 'live/2026/a-story/posts/0900.mdx'],
      conflicts: [],
    });
    expect(read(desk('articles/2026/another.mdx'))).toBeUndefined();
    expect(read(desk('live/2026/a-storyline/index.mdx'))).toBeUndefined();
    // The whole archive's sync still brings the rest.
    expect((await syncWorkspace(database, workspace)).followed).toEqual([
      'articles/2026/another.mdx',
      'live/2026/a-storyline/index.mdx',
    ]);
  });

  it('a one-story sync sees a deletion on the server and a conflict like the full one', async () => {
    await syncWorkspace(database, workspace);
    rmSync(site(STORY));
    expect(await syncWorkspace(database, workspace, { year: '2026', slug: 'a-story' })).toEqual({
      followed: [STORY],
      conflicts: [],
    });
    put(site(STORY), 'server again');
    await syncWorkspace(database, workspace, { year: '2026', slug: 'a-story' });
    put(desk(STORY), 'desk edit');
    put(site(STORY), 'server edit');
    expect((await syncWorkspace(database, workspace, { year: '2026', slug: 'a-story' })).conflicts).toEqual([STORY]);
  });

  it('after a release both sides agree, so a later server change flows in again', async () => {
    await syncWorkspace(database, workspace);
    put(desk(STORY), 'released');
    releaseStory(workspace, { year: '2026', slug: 'a-story' });
    await markAgreed(database, workspace, [STORY]);
    put(site(STORY), 'corrected on the server');
    expect((await syncWorkspace(database, workspace)).followed).toEqual([STORY]);
    expect(read(desk(STORY))).toBe('corrected on the server');
  });
});

describe('release and rollback', () => {
  it('copies the story and the pictures it names; restore puts back the old bytes and removes what was new', async () => {
    await syncWorkspace(database, workspace);
    const text =
      '---\ntitle: "A"\nimage:\n  src: /images/articles/2026/new.jpg\n---\n\n<Figure src="/images/articles/2026/old.jpg" alt="x" />\n';
    put(desk(STORY), text);
    put(path.join(workspace.publicDir, 'images/articles/2026/new.jpg'), 'new picture');
    put(path.join(workspace.publicDir, 'images/articles/2026/old.jpg'), 'replacement');
    put(path.join(root, 'public/images/articles/2026/old.jpg'), 'old picture');
    const release = releaseStory(workspace, { year: '2026', slug: 'a-story' });
    expect(release.files).toEqual([STORY]);
    expect(release.pictures).toEqual(['articles/2026/new.jpg', 'articles/2026/old.jpg']);
    expect(read(site(STORY))).toBe(text);
    expect(read(path.join(root, 'public/images/articles/2026/new.jpg'))).toBe('new picture');
    release.restore();
    expect(read(site(STORY))).toBe('v1');
    expect(existsSync(path.join(root, 'public/images/articles/2026/new.jpg'))).toBe(false);
    expect(read(path.join(root, 'public/images/articles/2026/old.jpg'))).toBe('old picture');
  });

  it("releases a live blog's whole folder, deleting posts the desk deleted; restore brings them back", async () => {
    put(site('live/2026/storm/index.mdx'), 'blog');
    put(site('live/2026/storm/0900.mdx'), 'post one');
    await syncWorkspace(database, workspace);
    rmSync(desk('live/2026/storm/0900.mdx'));
    put(desk('live/2026/storm/1000.mdx'), 'post two');
    const release = releaseStory(workspace, { year: '2026', slug: 'storm' });
    expect(release.files).toEqual([
      'live/2026/storm/0900.mdx',
      'live/2026/storm/1000.mdx',
      'live/2026/storm/index.mdx',
    ]);
    expect(read(site('live/2026/storm/0900.mdx'))).toBeUndefined();
    expect(read(site('live/2026/storm/1000.mdx'))).toBe('post two');
    release.restore();
    expect(read(site('live/2026/storm/0900.mdx'))).toBe('post one');
    expect(read(site('live/2026/storm/1000.mdx'))).toBeUndefined();
  });
});

describe('story text helpers', () => {
  it('sets draft: true, replacing a draft line or adding one', () => {
    expect(withDraft('---\ntitle: "A"\ndraft: false\n---\nbody\n')).toBe('---\ntitle: "A"\ndraft: true\n---\nbody\n');
    expect(withDraft('---\ntitle: "A"\n---\nbody\n')).toBe('---\ntitle: "A"\ndraft: true\n---\nbody\n');
  });

  it('finds pictures under /images/ only, and only with safe paths', () => {
    const text =
      '---\nimage:\n  src: "/images/a/b.jpg"\n---\n<Photo src="/images/c.png" /><Figure src="https://x.test/y.jpg" /><Figure src="/images/../../etc/passwd.jpg" />';
    expect(picturesNamedIn(text)).toEqual(['a/b.jpg', 'c.png']);
  });

  it('knows pictures by their first bytes', () => {
    expect(sniffPicture(Uint8Array.from([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg');
    expect(sniffPicture(new TextEncoder().encode('RIFF\0\0\0\0WEBPVP8 '))).toBe('image/webp');
    expect(sniffPicture(new TextEncoder().encode('\0\0\0\x1cftypavif'))).toBe('image/avif');
    expect(sniffPicture(new TextEncoder().encode('<svg/>'))).toBeUndefined();
  });
});
