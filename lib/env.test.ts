import { describe, expect, it } from 'vitest';

import { isSet, readEnv, VARIABLES } from './env';

describe('readEnv', () => {
  it('parses each kind, and gives the default when a variable is unset or blank', () => {
    expect(readEnv('PORT', {})).toBe(3000);
    expect(readEnv('PORT', { PORT: ' 8080 ' })).toBe(8080);
    expect(readEnv('DATELINE_EDITOR', { DATELINE_EDITOR: '1' })).toBe(true);
    expect(readEnv('DATELINE_EDITOR', { DATELINE_EDITOR: 'false' })).toBe(false);
    expect(readEnv('DATELINE_EDITOR', { DATELINE_EDITOR: '' })).toBe(false);
    expect(readEnv('DATELINE_TYPING_WORKER', { DATELINE_TYPING_WORKER: 'off' })).toBe('off');
    expect(readEnv('DATELINE_SERVERS', { DATELINE_SERVERS: 'http://a:1, ,http://b:2' })).toEqual([
      'http://a:1',
      'http://b:2',
    ]);
    expect(readEnv('SITE_URL', {})).toBe('http://localhost:3000');
    expect(readEnv('REDIS_URL', { REDIS_URL: '   ' })).toBeUndefined();
    expect(readEnv('DESK_PREVIEW_HOURS', {})).toBe(48);
    expect(readEnv('DESK_PREVIEW_HOURS', { DESK_PREVIEW_HOURS: '0.5' })).toBe(0.5);
  });

  it('keeps text as given, and hands out a fresh copy of a list default', () => {
    expect(readEnv('DESK_SECRET', { DESK_SECRET: ' spaced ' })).toBe(' spaced ');
    const list = readEnv('DESK_TRUSTED_PROXIES', {});
    list.push('10.0.0.1');
    expect(readEnv('DESK_TRUSTED_PROXIES', {})).toEqual([]);
  });

  it('refuses a bad value, naming the variable, the value and what is accepted', () => {
    expect(() => readEnv('PORT', { PORT: '70000' })).toThrow(
      'PORT must be a whole number from 0 to 65535, not "70000"',
    );
    expect(() => readEnv('DATELINE_PRERENDER_STORIES', { DATELINE_PRERENDER_STORIES: '1.5' })).toThrow(
      'DATELINE_PRERENDER_STORIES must be a whole number, at least 0, not "1.5"',
    );
    expect(() => readEnv('DATELINE_EDITOR', { DATELINE_EDITOR: 'yes' })).toThrow(
      'DATELINE_EDITOR must be 1 or 0 (true or false), not "yes"',
    );
    expect(() => readEnv('DATELINE_TYPING_WORKER', { DATELINE_TYPING_WORKER: 'auto' })).toThrow(
      'DATELINE_TYPING_WORKER must be one of on, off, not "auto"',
    );
    expect(() => readEnv('SITE_URL', { SITE_URL: 'example.org' })).toThrow(
      'SITE_URL must be an absolute address such as https://example.org, not "example.org"',
    );
    expect(() => readEnv('DESK_PREVIEW_HOURS', { DESK_PREVIEW_HOURS: '0' })).toThrow(
      'DESK_PREVIEW_HOURS must be a number above 0, not "0"',
    );
  });

  it('refuses a name the table does not have', () => {
    // @ts-expect-error not a row of the table
    expect(() => readEnv('NOT_A_VARIABLE', {})).toThrow('NOT_A_VARIABLE is not in lib/env.js: add a row for it there');
  });

  it('says whether a variable is set', () => {
    expect(isSet('REDIS_URL', { REDIS_URL: 'redis://127.0.0.1:6379' })).toBe(true);
    expect(isSet('REDIS_URL', { REDIS_URL: ' ' })).toBe(false);
  });

  it('has a one-line meaning, a reader and a default that parses as its kind for every row', () => {
    for (const [name, variable] of Object.entries(VARIABLES)) {
      expect(variable.meaning, name).toMatch(/^\S.*[.)]$/);
      expect(variable.meaning, name).not.toContain('\n');
      expect(variable.readBy.length, name).toBeGreaterThan(0);
      if ('default' in variable && variable.kind !== 'list') {
        const text = String(variable.kind === 'boolean' ? Number(variable.default) : variable.default);
        expect(readEnv(name as keyof typeof VARIABLES, { [name]: text }), name).toEqual(variable.default);
      }
    }
  });
});
