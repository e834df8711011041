import { createHmac } from 'node:crypto';

import { describe, expect, it } from 'vitest';

import { checkHook, type HookVerdict, hubSignature, sameSecret } from './signature';

const SECRET = 'a-webhook-secret-of-some-length';
const BODY = new TextEncoder().encode('{"ref":"refs/heads/main","after":"abc"}');
/** Why a call was refused ('' when it was not). */
const reasonOf = (verdict: HookVerdict) => (verdict.ok ? '' : verdict.reason);
const headers = (entries: Record<string, string>) => new Headers(entries);

describe('the webhook signature', () => {
  it('computes GitHub’s sha256= HMAC of the raw body', () => {
    expect(hubSignature(BODY, SECRET)).toBe(`sha256=${createHmac('sha256', SECRET).update(BODY).digest('hex')}`);
  });

  it('accepts a right X-Hub-Signature-256, in either case of hex', () => {
    const signature = hubSignature(BODY, SECRET);
    expect(checkHook(headers({ 'X-Hub-Signature-256': signature }), BODY, SECRET)).toEqual({
      ok: true,
      by: 'signature',
    });
    expect(
      checkHook(headers({ 'X-Hub-Signature-256': signature.toUpperCase().replace('SHA256', 'sha256') }), BODY, SECRET)
        .ok,
    ).toBe(true);
  });

  it('refuses a signature made with another secret, or over another body', () => {
    expect(
      reasonOf(checkHook(headers({ 'X-Hub-Signature-256': hubSignature(BODY, `${SECRET}x`) }), BODY, SECRET)),
    ).toContain('does not match');
    const other = new TextEncoder().encode('{"ref":"refs/heads/main","after":"def"}');
    expect(checkHook(headers({ 'X-Hub-Signature-256': hubSignature(other, SECRET) }), BODY, SECRET).ok).toBe(false);
  });

  it('refuses a malformed signature, and a right token does not rescue a wrong signature', () => {
    expect(checkHook(headers({ 'X-Hub-Signature-256': 'sha1=abc' }), BODY, SECRET)).toMatchObject({ ok: false });
    expect(
      checkHook(
        headers({ 'X-Hub-Signature-256': hubSignature(BODY, 'wrong-secret-wrong-secret'), 'X-Dateline-Token': SECRET }),
        BODY,
        SECRET,
      ).ok,
    ).toBe(false);
  });

  it('accepts the secret as X-Dateline-Token or GitLab’s X-Gitlab-Token, and nothing else', () => {
    expect(checkHook(headers({ 'X-Dateline-Token': SECRET }), BODY, SECRET)).toEqual({ ok: true, by: 'token' });
    expect(checkHook(headers({ 'X-Gitlab-Token': SECRET }), BODY, SECRET)).toEqual({ ok: true, by: 'token' });
    expect(checkHook(headers({ 'X-Dateline-Token': SECRET.slice(0, -1) }), BODY, SECRET).ok).toBe(false);
    expect(checkHook(headers({ 'X-Dateline-Token': `${SECRET}x` }), BODY, SECRET).ok).toBe(false);
    expect(reasonOf(checkHook(headers({ Authorization: `Bearer ${SECRET}` }), BODY, SECRET))).toContain(
      'X-Hub-Signature-256',
    );
  });

  it('compares secrets of any length without throwing', () => {
    expect(sameSecret('', SECRET)).toBe(false);
    expect(sameSecret(SECRET, SECRET)).toBe(true);
  });
});
