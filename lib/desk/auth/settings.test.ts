import { describe, expect, it } from 'vitest';

import { deskSettings } from './settings';

const SECRET = 'x'.repeat(40);

describe('deskSettings', () => {
  it('defaults to http://127.0.0.1:3001 and the workspace under .dateline/desk', () => {
    expect(deskSettings({}, '/srv/site')).toMatchObject({
      origin: 'http://127.0.0.1:3001',
      https: false,
      port: 3001,
      workspace: '/srv/site/.dateline/desk/workspace',
    });
  });

  it('marks cookies Secure for an https desk', () => {
    expect(deskSettings({ DESK_URL: 'https://desk.example.org', DESK_SECRET: SECRET, DESK_PORT: '3001' }).https).toBe(
      true,
    );
  });

  it.each([
    [{ NODE_ENV: 'production' }],
    [{ DESK_URL: 'https://desk.example.org' }],
    [{ DESK_URL: 'http://10.0.0.5:3001' }],
  ])('refuses to start a production desk without DESK_SECRET (%j)', (env) => {
    expect(() => deskSettings(env)).toThrow(/DESK_SECRET is not set: .* DESK_SECRET=\$\(openssl rand -base64 48\)/);
  });

  it('refuses a short secret, a bad address and a bad port, naming the variable', () => {
    expect(() => deskSettings({ DESK_SECRET: 'short' })).toThrow(/DESK_SECRET is 5 characters long: use at least 32/);
    expect(() => deskSettings({ DESK_URL: 'desk.example.org' })).toThrow(
      /DESK_URL must be an absolute address .*, not "desk.example.org"/,
    );
    expect(() => deskSettings({ DESK_URL: 'ftp://x.org', DESK_SECRET: SECRET })).toThrow(
      /DESK_URL: .* must start with https:\/\//,
    );
    expect(() => deskSettings({ DESK_PORT: 'eighty' })).toThrow(
      /DESK_PORT must be a whole number from 1 to 65535, not "eighty"/,
    );
  });

  it('gives preview links 48 hours unless DESK_PREVIEW_HOURS says otherwise, and refuses a bad value by name', () => {
    expect(deskSettings({}).previewHours).toBe(48);
    expect(deskSettings({ DESK_PREVIEW_HOURS: '72' }).previewHours).toBe(72);
    expect(deskSettings({ DESK_PREVIEW_HOURS: '0.5' }).previewHours).toBe(0.5);
    for (const bad of ['0', '-1', 'two days', '1e3', 'Infinity'])
      expect(() => deskSettings({ DESK_PREVIEW_HOURS: bad })).toThrow(
        new RegExp(`^DESK_PREVIEW_HOURS must be a number above 0, not "${bad}"`),
      );
    expect(() => deskSettings({ DESK_PREVIEW_HOURS: '9000000' })).toThrow(
      /^DESK_PREVIEW_HOURS must be at most 8784 hours \(a year\), not "9000000"/,
    );
  });
});
