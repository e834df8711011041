import { describe, expect, it } from 'vitest';

import { followSettings, followStartLine, remoteForLog } from './settings';

const SECRET = 'a-webhook-secret-of-some-length';

describe('followSettings', () => {
  it('follows nothing unless DESK_FOLLOW_REMOTE is set', () => {
    expect(followSettings({})).toBeUndefined();
    expect(followStartLine(undefined, { hookPath: '/api/desk/pushes/hook' })).toMatch(/^Not following a git remote/);
  });

  it('defaults to main, no webhook and a poll every 60 s', () => {
    expect(followSettings({ DESK_FOLLOW_REMOTE: 'origin' })).toEqual({
      remote: 'origin',
      branch: 'main',
      pollSeconds: 60,
    });
  });

  it('reads the branch, the secret and the poll interval; 0 turns polling off', () => {
    expect(
      followSettings({
        DESK_FOLLOW_REMOTE: 'git@github.com:newsroom/site.git',
        DESK_FOLLOW_BRANCH: 'published',
        DESK_FOLLOW_SECRET: SECRET,
        DESK_FOLLOW_POLL_SECONDS: '0',
      }),
    ).toEqual({ remote: 'git@github.com:newsroom/site.git', branch: 'published', secret: SECRET, pollSeconds: 0 });
  });

  it('refuses a follow setting without a remote, naming the variables', () => {
    expect(() => followSettings({ DESK_FOLLOW_SECRET: SECRET })).toThrow(
      'DESK_FOLLOW_SECRET is set but DESK_FOLLOW_REMOTE is not',
    );
  });

  it.each([
    { env: { DESK_FOLLOW_REMOTE: '--upload-pack=touch /tmp/x' }, message: /DESK_FOLLOW_REMOTE: .* is not a remote/ },
    {
      env: { DESK_FOLLOW_REMOTE: 'origin', DESK_FOLLOW_BRANCH: '-main' },
      message: /DESK_FOLLOW_BRANCH: "-main" is not a branch name/,
    },
    { env: { DESK_FOLLOW_REMOTE: 'origin', DESK_FOLLOW_BRANCH: 'a..b' }, message: /DESK_FOLLOW_BRANCH/ },
    {
      env: { DESK_FOLLOW_REMOTE: 'origin', DESK_FOLLOW_SECRET: 'short' },
      message: /DESK_FOLLOW_SECRET is 5 characters long: use at least 20/,
    },
    {
      env: { DESK_FOLLOW_REMOTE: 'origin', DESK_FOLLOW_POLL_SECONDS: 'soon' },
      message: /DESK_FOLLOW_POLL_SECONDS must be a whole number, at least 0, not "soon"/,
    },
    { env: { DESK_FOLLOW_REMOTE: 'origin', DESK_FOLLOW_POLL_SECONDS: '1' }, message: /at least 5/ },
  ])('refuses $env with a message naming the variable', ({ env, message }) => {
    expect(() => followSettings(env)).toThrow(message);
  });

  it('never prints the credentials in a remote URL', () => {
    const settings = followSettings({ DESK_FOLLOW_REMOTE: 'https://bot:ghp_secret@github.com/newsroom/site.git' });
    expect(settings && remoteForLog(settings)).toBe('https://…@github.com/newsroom/site.git');
    const line = followStartLine(
      { remote: 'https://bot:ghp_secret@github.com/newsroom/site.git', branch: 'main', secret: SECRET, pollSeconds: 0 },
      { repository: '/srv/site', checkedOut: 'main', hookPath: '/api/desk/pushes/hook' },
    );
    expect(line).not.toContain('ghp_secret');
    expect(line).not.toContain(SECRET);
    expect(line).toBe(
      'Following main of https://…@github.com/newsroom/site.git into /srv/site (branch main): webhook POST /api/desk/pushes/hook (X-Hub-Signature-256 or X-Dateline-Token); no polling.',
    );
  });
});
