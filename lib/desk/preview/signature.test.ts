import { describe, expect, it } from 'vitest';

import { newPreviewId, parsePreviewPath, previewKey, previewPath, signatureHolds, signPreview } from './signature';

const SECRET = 'a-test-secret-that-is-long-enough-for-the-desk';
const key = previewKey(SECRET);
const ID = '0123456789abcdef0123456789abcdef';
const EXPIRES = 1_796_000_000;

describe('preview link addresses', () => {
  it('derives a key of its own from the desk secret (never the secret itself), the same for the same secret', () => {
    expect(key).toHaveLength(32);
    expect(key.equals(previewKey(SECRET))).toBe(true);
    expect(key.equals(previewKey(`${SECRET}x`))).toBe(false);
    expect(key.toString('utf8')).not.toContain(SECRET.slice(0, 8));
  });

  it('signs <id>.<expires> and reads its own address back', () => {
    const address = previewPath(key, ID, EXPIRES);
    expect(address).toMatch(/^\/preview\/[0-9a-f]{32}\.1796000000\.[A-Za-z0-9_-]{43}$/);
    const token = parsePreviewPath(address);
    expect(token).toEqual({ id: ID, expires: EXPIRES, signature: signPreview(key, ID, EXPIRES) });
    expect(signatureHolds(key, token!)).toBe(true);
  });

  it('makes random ids of 32 hex characters', () => {
    const ids = new Set(Array.from({ length: 50 }, newPreviewId));
    expect(ids.size).toBe(50);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{32}$/);
  });

  it('refuses a signature made with another secret, or over another id or expiry', () => {
    const token = parsePreviewPath(previewPath(key, ID, EXPIRES))!;
    expect(signatureHolds(previewKey('another-secret-that-is-long-enough-too'), token)).toBe(false);
    expect(signatureHolds(key, { ...token, expires: EXPIRES + 3600 })).toBe(false);
    expect(signatureHolds(key, { ...token, id: ID.replace('0', '1') })).toBe(false);
    // Another spelling of (almost) the same bytes is not the desk's signature either.
    const last = token.signature.at(-1) === 'A' ? 'B' : 'A';
    expect(signatureHolds(key, { ...token, signature: token.signature.slice(0, -1) + last })).toBe(false);
  });

  it.each([
    ['', 'empty'],
    ['/preview/', 'nothing after the prefix'],
    [`/preview/${ID}.${EXPIRES}`, 'no signature'],
    [`/preview/${ID.toUpperCase()}.${EXPIRES}.${'a'.repeat(43)}`, 'capitals in the id'],
    [`/preview/${ID}.0${EXPIRES}.${'a'.repeat(43)}`, 'a leading zero in the expiry'],
    [`/preview/${ID}.-${EXPIRES}.${'a'.repeat(43)}`, 'a negative expiry'],
    [`/preview/${ID}.1e9.${'a'.repeat(43)}`, 'an expiry in exponent form'],
    [`/preview/${ID}.${EXPIRES}.${'a'.repeat(42)}`, 'a short signature'],
    [`/preview/${ID}.${EXPIRES}.${'a'.repeat(43)}/`, 'a trailing slash'],
    [`/preview/${ID}.${EXPIRES}.${'a'.repeat(43)}.x`, 'a fourth part'],
    [`/preview/${ID}.${EXPIRES}.${'a'.repeat(42)}=`, 'base64 padding'],
    [`/preview/../desk.${EXPIRES}.${'a'.repeat(43)}`, 'a dot segment'],
    [`/PREVIEW/${ID}.${EXPIRES}.${'a'.repeat(43)}`, 'another spelling of the prefix'],
  ])('refuses the address %j (%s) before any signature is computed', (address) => {
    expect(parsePreviewPath(address)).toBeUndefined();
  });

  it('refuses to sign an id or expiry that is not of the shape it reads', () => {
    expect(() => signPreview(key, 'not-an-id', EXPIRES)).toThrow(/32 lower-case hex/);
    expect(() => signPreview(key, ID, 1.5)).toThrow(/whole seconds/);
  });
});
