import { existsSync } from 'node:fs';
import path from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { openFollow, pullOnce } from './pull';
import { DESK_PERSON, LAPTOP_EDITOR, makeRepos, type TestRepos } from './test-repos';

const STORY = 'content/articles/2026/harbour.mdx';
const OTHER = 'content/articles/2026/ferry.mdx';
const text = (title: string) => `---\ntitle: "${title}"\n---\n\nThe first paragraph.\n`;

let repos: TestRepos;
beforeEach(() => {
  repos = makeRepos({ [STORY]: text('Harbour wall repaired'), [OTHER]: text('Ferry runs again') });
});
afterEach(() => repos.remove());

const follow = () =>
  openFollow(path.join(repos.server, 'content'), { remote: repos.remote, branch: 'main', pollSeconds: 0 });
const push = (files: Record<string, string>, message = 'An edit from the laptop') => {
  const commit = repos.commit(repos.laptop, files, message);
  repos.git(repos.laptop, ['push', '--quiet', 'origin', 'main']);
  return commit;
};
const serverHead = () => repos.git(repos.server, ['rev-parse', 'HEAD']).trim();

describe('pulling the followed branch', () => {
  it('finds the repository and its checked-out branch from the content folder', async () => {
    const opened = await follow();
    expect(opened).toMatchObject({ checkedOut: 'main', trackingRef: 'refs/remotes/dateline-follow/main' });
    expect(path.resolve(opened.repository)).toBe(path.resolve(repos.server));
  });

  it('does nothing when the remote has nothing new', async () => {
    const before = serverHead();
    expect(await pullOnce(await follow())).toEqual({ kind: 'nothing', pushed: before });
    expect(serverHead()).toBe(before);
  });

  it('fast-forwards to a push and lists what it changed and who pushed', async () => {
    const before = serverHead();
    const pushed = push({ 'content/articles/2026/new-pier.mdx': text('New pier opens') });
    const outcome = await pullOnce(await follow());
    expect(outcome).toEqual({
      kind: 'merged',
      before,
      after: pushed,
      pushed,
      authors: [`${LAPTOP_EDITOR.name} <${LAPTOP_EDITOR.email}>`],
      changed: [{ path: 'content/articles/2026/new-pier.mdx', change: 'added' }],
    });
    expect(repos.read(repos.server, 'content/articles/2026/new-pier.mdx')).toContain('New pier opens');
  });

  it('merges a push beside a desk commit of another file, keeping both', async () => {
    const desk = repos.commit(
      repos.server,
      { [OTHER]: text('Ferry runs again from Monday') },
      'Publish 2026/ferry',
      DESK_PERSON,
    );
    const pushed = push({ [STORY]: text('Harbour wall repaired overnight') });
    const outcome = await pullOnce(await follow());
    expect(outcome.kind).toBe('merged');
    if (outcome.kind !== 'merged') return;
    expect(outcome.before).toBe(desk);
    expect(outcome.changed).toEqual([{ path: STORY, change: 'modified' }]);
    expect(repos.git(repos.server, ['rev-list', '--parents', '-n', '1', 'HEAD']).trim().split(' ').slice(1)).toEqual([
      desk,
      pushed,
    ]);
    expect(repos.read(repos.server, STORY)).toContain('overnight');
    expect(repos.read(repos.server, OTHER)).toContain('from Monday');
  });

  it('reports a conflict with a desk commit of the same lines and keeps both changes', async () => {
    const desk = repos.commit(
      repos.server,
      { [STORY]: text('Harbour wall: the desk title') },
      'Publish 2026/harbour',
      DESK_PERSON,
    );
    const pushed = push({ [STORY]: text('Harbour wall: the laptop title') });
    const outcome = await pullOnce(await follow());
    expect(outcome).toEqual({
      kind: 'conflict',
      local: desk,
      pushed,
      authors: [`${LAPTOP_EDITOR.name} <${LAPTOP_EDITOR.email}>`],
      files: [STORY],
      uncommitted: false,
    });
    // Aborted: nothing half-merged, the desk's version in place, the push on the tracking ref and the remote.
    expect(serverHead()).toBe(desk);
    expect(existsSync(path.join(repos.server, '.git', 'MERGE_HEAD'))).toBe(false);
    expect(repos.git(repos.server, ['status', '--porcelain', '--untracked-files=no'])).toBe('');
    expect(repos.read(repos.server, STORY)).toContain('the desk title');
    expect(repos.git(repos.server, ['rev-parse', 'refs/remotes/dateline-follow/main']).trim()).toBe(pushed);
    expect(repos.git(repos.remote, ['rev-parse', 'main']).trim()).toBe(pushed);
  });

  it('treats a desk publish not committed yet as a desk edit: nothing is merged', async () => {
    const before = serverHead();
    repos.write(repos.server, STORY, text('Harbour wall: released by the desk, not committed'));
    const pushed = push({ [STORY]: text('Harbour wall: the laptop title') });
    const outcome = await pullOnce(await follow());
    expect(outcome).toMatchObject({ kind: 'conflict', local: before, pushed, files: [STORY], uncommitted: true });
    expect(serverHead()).toBe(before);
    expect(repos.read(repos.server, STORY)).toContain('released by the desk');
  });

  it('follows a named remote through its own remote-tracking ref', async () => {
    repos.git(repos.server, ['remote', 'add', 'origin', repos.remote]);
    const pushed = push({ [OTHER]: text('Ferry timetable changes') });
    const opened = await openFollow(repos.server, { remote: 'origin', branch: 'main', pollSeconds: 0 });
    expect(opened.trackingRef).toBe('refs/remotes/origin/main');
    expect(await pullOnce(opened)).toMatchObject({ kind: 'merged', after: pushed });
  });

  it('says clearly when the content folder is not in a repository', async () => {
    await expect(
      openFollow(path.join(repos.dir), { remote: repos.remote, branch: 'main', pollSeconds: 0 }),
    ).rejects.toThrow(/is not in a git repository: run git init there \(or unset DESK_FOLLOW_REMOTE\)/);
  });
});
