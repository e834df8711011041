import { describe, expect, it } from 'vitest';

import { clientAddress, trustedProxies } from './client-address';

describe('the client address for the sign-in rate limit', () => {
  it('is the socket address when no proxy is trusted, whatever X-Forwarded-For says', () => {
    expect(clientAddress('203.0.113.9', '198.51.100.1', [])).toBe('203.0.113.9');
    expect(clientAddress('127.0.0.1', '198.51.100.1', [])).toBe('127.0.0.1');
  });

  it('is the address the trusted proxy saw, so two people behind one proxy are counted apart', () => {
    expect(clientAddress('127.0.0.1', '198.51.100.1', ['127.0.0.1'])).toBe('198.51.100.1');
    expect(clientAddress('::ffff:127.0.0.1', '198.51.100.2', ['127.0.0.1'])).toBe('198.51.100.2');
  });

  it('ignores what a client wrote into the header before it reached the proxy', () => {
    // The client sent "X-Forwarded-For: 10.0.0.1"; nginx appended the address it really came from.
    expect(clientAddress('127.0.0.1', '10.0.0.1, 198.51.100.3', ['127.0.0.1'])).toBe('198.51.100.3');
  });

  it('walks past a chain of trusted proxies', () => {
    expect(clientAddress('127.0.0.1', '198.51.100.4, 10.1.1.1', ['127.0.0.1', '10.1.1.1'])).toBe('198.51.100.4');
    expect(clientAddress('127.0.0.1', ['198.51.100.5', '10.1.1.1'], ['127.0.0.1', '10.1.1.1'])).toBe('198.51.100.5');
  });

  it('does not believe the header from a machine that is not a trusted proxy', () => {
    expect(clientAddress('203.0.113.7', '198.51.100.6', ['127.0.0.1'])).toBe('203.0.113.7');
  });

  it('falls back to the proxy when the header holds no address', () => {
    expect(clientAddress('127.0.0.1', 'not-an-address', ['127.0.0.1'])).toBe('127.0.0.1');
    expect(clientAddress('127.0.0.1', undefined, ['127.0.0.1'])).toBe('127.0.0.1');
    expect(clientAddress('127.0.0.1', '127.0.0.1', ['127.0.0.1'])).toBe('127.0.0.1');
    expect(clientAddress(undefined, undefined, [])).toBe('unknown');
  });

  it('reads DESK_TRUSTED_PROXIES and refuses a value that is not an address, naming the fix', () => {
    expect(trustedProxies(undefined)).toEqual([]);
    expect(trustedProxies(' 127.0.0.1, ::1 ')).toEqual(['127.0.0.1', '::1']);
    expect(() => trustedProxies('127.0.0.1, nginx')).toThrow(
      'DESK_TRUSTED_PROXIES: "nginx" is not an IP address — list the reverse proxies\' addresses',
    );
  });
});
