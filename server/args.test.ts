import { describe, expect, it } from 'vitest';

import { serverArgs } from './args.js';

describe('serverArgs (the command line of npm start, as next start reads it)', () => {
  it('reads --port/-p and --hostname/-H in both spellings', () => {
    expect(serverArgs(['--port', '3300', '--hostname', '127.0.0.1'], {})).toEqual({
      port: 3300,
      hostname: '127.0.0.1',
      keepAliveTimeout: undefined,
    });
    expect(serverArgs(['-p', '4000', '-H', '::1'], {})).toMatchObject({ port: 4000, hostname: '::1' });
    expect(serverArgs(['--port=4001', '--keepAliveTimeout', '65000'], {})).toMatchObject({
      port: 4001,
      keepAliveTimeout: 65000,
    });
  });

  it('falls back to PORT, then 3000, and to every interface', () => {
    expect(serverArgs([], { PORT: '8080' })).toEqual({ port: 8080, hostname: undefined, keepAliveTimeout: undefined });
    expect(serverArgs(['-p', '9000'], { PORT: '8080' }).port).toBe(9000);
    expect(serverArgs([], {}).port).toBe(3000);
  });

  it('refuses what next start would not take, naming it', () => {
    expect(() => serverArgs(['--port', 'abc'], {})).toThrow(/--port must be a whole number/);
    expect(() => serverArgs([], { PORT: '70000' })).toThrow(/PORT must be a whole number/);
    expect(() => serverArgs(['--turbo'], {})).toThrow();
    expect(() => serverArgs(['.next'], {})).toThrow();
  });
});
