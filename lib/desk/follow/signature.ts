/**
 * Whether a webhook call knows the shared secret (DESK_FOLLOW_SECRET). Two ways are accepted:
 * - GitHub's (and Gitea's, Forgejo's) `X-Hub-Signature-256: sha256=<hex>`, the HMAC-SHA256 of
 *   the raw body under the secret: the secret itself never travels;
 * - a plain token header, `X-Dateline-Token: <secret>` or GitLab's `X-Gitlab-Token: <secret>`,
 *   for hosts (and scripts) that cannot sign.
 * Every comparison is in constant time over fixed-length digests, so neither the length nor a
 * prefix of the secret can be learnt from how long a refusal takes.
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

export const SIGNATURE_HEADER = 'X-Hub-Signature-256';
export const TOKEN_HEADERS = ['X-Dateline-Token', 'X-Gitlab-Token'] as const;

export type HookVerdict = { ok: true; by: 'signature' | 'token' } | { ok: false; reason: string };

const digest = (text: string | Uint8Array) => createHash('sha256').update(text).digest();

/** Equal strings, compared in constant time whatever their lengths (both are hashed first). */
export function sameSecret(given: string, expected: string): boolean {
  return timingSafeEqual(digest(given), digest(expected));
}

/** `sha256=<hex>` of the body under the secret, as GitHub sends it. */
export function hubSignature(body: Uint8Array, secret: string): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

export function checkHook(headers: Headers, body: Uint8Array, secret: string): HookVerdict {
  const signature = headers.get(SIGNATURE_HEADER);
  if (signature !== null) {
    // A signature that is sent is judged alone: a token beside a wrong signature does not rescue it.
    if (!/^sha256=[0-9a-f]{64}$/i.test(signature.trim()))
      return { ok: false, reason: `${SIGNATURE_HEADER} must be sha256= followed by 64 hex digits` };
    return sameSecret(signature.trim().toLowerCase(), hubSignature(body, secret))
      ? { ok: true, by: 'signature' }
      : { ok: false, reason: `${SIGNATURE_HEADER} does not match the body under the desk's secret` };
  }
  for (const name of TOKEN_HEADERS) {
    const token = headers.get(name);
    if (token === null) continue;
    return sameSecret(token.trim(), secret)
      ? { ok: true, by: 'token' }
      : { ok: false, reason: `${name} is not the desk's secret` };
  }
  return {
    ok: false,
    reason: `send ${SIGNATURE_HEADER} (the body's HMAC-SHA256 under the shared secret) or X-Dateline-Token`,
  };
}
